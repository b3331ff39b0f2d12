package dev.gazette.bench.engine;

import dev.gazette.SearchRequest;
import dev.gazette.SearchRequest.Profile;
import dev.gazette.bench.corpus.BenchQuery;
import java.util.function.UnaryOperator;

/**
 * The requests the default-request comparison times side by side: the fast profile (the stripped
 * request of the engine comparisons), the default request users get, the default without each of
 * its extras, and the default with pseudo-relevance feedback asked for (on an engine configured for
 * it), so that each extra's cost is the difference of two requests of the same run.
 */
public enum RequestKind {
  /** {@code profile(FAST)}: highlighting, typo retry, did-you-mean and feedback off. */
  FAST("fast profile", UnaryOperator.identity(), Profile.FAST),
  /** {@code SearchRequest.builder().query(q).size(10)}: what users get. */
  DEFAULT("default", UnaryOperator.identity(), Profile.DEFAULT),
  /** The default without highlighting. */
  NO_HIGHLIGHT("default, highlight(false)", b -> b.highlight(false), Profile.DEFAULT),
  /** The default without the typo retry. */
  NO_TYPO_RETRY("default, typoTolerance(false)", b -> b.typoTolerance(false), Profile.DEFAULT),
  /** The default without did-you-mean. */
  NO_DID_YOU_MEAN("default, didYouMean(false)", b -> b.didYouMean(false), Profile.DEFAULT),
  /** The default without feedback (a no-op when the configuration has none). */
  NO_FEEDBACK("default, feedback(false)", b -> b.feedback(false), Profile.DEFAULT),
  /** The default with RM3 feedback, run on an engine whose configuration turns feedback on. */
  WITH_FEEDBACK("default + RM3 feedback (5 articles, 20 words, 0.8)", b -> b.feedback(true), Profile.DEFAULT);

  private final String label;
  private final UnaryOperator<SearchRequest.Builder> change;
  private final Profile profile;

  RequestKind(String label, UnaryOperator<SearchRequest.Builder> change, Profile profile) {
    this.label = label;
    this.change = change;
    this.profile = profile;
  }

  /** How tables name it. */
  public String label() {
    return label;
  }

  /** The request of this kind for {@code query}: top ten, the query's own operator. */
  public SearchRequest request(BenchQuery query) {
    SearchRequest.Builder builder = SearchRequest.builder().query(query.text()).operator(query.operator()).size(10)
        .profile(profile);
    return change.apply(builder).build();
  }
}
