package dev.gazette.suggest;

import dev.gazette.Suggestion;
import dev.gazette.analysis.Schema;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.util.Bits;

/**
 * The completions of one version of an index: its titles and its frequent phrases, built in one
 * pass over the stored articles. Lookups may run from many threads at once.
 *
 * @param version the version of the index this was built from
 * @param words the analyzer typed text and completions are read with
 * @param titles the article titles
 * @param phrases the frequent phrases
 */
record Snapshot(long version, Analyzer words, TitleSuggester titles, PhraseSuggester phrases) implements Closeable {
  private static final Set<String> FIELDS = Set.of(Schema.ID, Schema.TITLE, Schema.BODY);
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Titles looked up per place to fill, so those with the typed words side by side can come first. */
  private static final int TITLE_CANDIDATES = 3;

  /**
   * The completions of {@code reader}'s live articles. Titles are ranked by publication time, the
   * latest first (undated last), on one line, a title shared by several articles listed once for
   * the latest; phrases in at least {@code minArticles} articles are ranked by how many.
   *
   * @param cancelled checked between articles; when true the build stops with a {@link CancellationException}
   */
  static Snapshot build(DirectoryReader reader, Analyzer words, PhraseCounter counter, int minArticles,
      BooleanSupplier cancelled) throws IOException {
    Map<String, Entry> latestTitles = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader segment = leaf.reader();
      Bits live = segment.getLiveDocs();
      StoredFields stored = segment.storedFields();
      NumericDocValues published = DocValues.getNumeric(segment, Schema.PUBLISHED);
      for (int doc = 0; doc < segment.maxDoc(); doc++) {
        if (cancelled.getAsBoolean()) {
          throw new CancellationException("autocomplete build cancelled");
        }
        if (live != null && !live.get(doc)) {
          continue;
        }
        Document article = stored.document(doc, FIELDS);
        String title = article.get(Schema.TITLE);
        counter.addArticle(title, article.get(Schema.BODY));
        if (title != null && !title.isBlank()) {
          String line = SPACES.matcher(title.strip()).replaceAll(" ");
          long weight = published.advanceExact(doc) ? published.longValue() : Long.MIN_VALUE;
          latestTitles.merge(line.toLowerCase(Locale.ROOT), new Entry(line, weight, article.get(Schema.ID)),
              (kept, other) -> other.weight() > kept.weight() ? other : kept);
        }
      }
    }
    PhraseSuggester phrases = new PhraseSuggester(counter.frequent(minArticles));
    return new Snapshot(reader.getVersion(), words, new TitleSuggester(latestTitles.values(), words), phrases);
  }

  /** Whether {@code reader} shows a later version of the index than this was built from. */
  boolean olderThan(DirectoryReader reader) {
    return reader.getVersion() > version;
  }

  /**
   * Up to {@code limit} completions of {@code typed}, the typed part marked with the tags: phrases
   * first, taking at least half the places when there are enough; then titles, those with the
   * typed words side by side first, the latest first within each group.
   */
  List<Suggestion> lookup(TypedPrefix typed, int limit, String preTag, String postTag) throws IOException {
    List<LookupResult> phraseHits = phrases.lookup(typed, limit);
    List<LookupResult> titleHits = titles.lookup(typed, limit * TITLE_CANDIDATES);
    int phraseCount = Math.min(phraseHits.size(), Math.max((limit + 1) / 2, limit - titleHits.size()));
    Marker marker = new Marker(typed, words, preTag, postTag);
    List<Suggestion> found = new ArrayList<>(limit);
    for (LookupResult hit : phraseHits.subList(0, phraseCount)) {
      String text = hit.key.toString();
      found.add(new Suggestion(text, marker.mark(text).html(), Suggestion.Kind.PHRASE, null));
    }
    List<Suggestion> together = new ArrayList<>();
    List<Suggestion> apart = new ArrayList<>();
    for (LookupResult hit : titleHits) {
      String text = hit.key.toString();
      Marker.Marked marked = marker.mark(text);
      (marked.together() ? together : apart)
          .add(new Suggestion(text, marked.html(), Suggestion.Kind.TITLE, hit.payload.utf8ToString()));
    }
    together.addAll(apart);
    found.addAll(together.subList(0, Math.min(together.size(), limit - phraseCount)));
    return found;
  }

  /** Releases the title index. */
  @Override
  public void close() throws IOException {
    titles.close();
  }
}
