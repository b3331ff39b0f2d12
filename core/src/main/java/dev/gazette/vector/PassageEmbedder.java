package dev.gazette.vector;

import dev.gazette.Article;
import dev.gazette.Embedder;
import dev.gazette.vector.Passages.Passage;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.BytesRef;

/**
 * Gives articles their passages' vectors ({@link PassageField}), in model calls no longer than one
 * of article vectors. The background worker's batch is still a few articles, not a few passages, as
 * each batch has a fixed cost (a refresh, a look-up, a small segment to flush and merge) that was
 * most of its time beyond the model when a batch held one model call (docs/embeddings.md).
 */
final class PassageEmbedder {
  private final Embedder embedder;

  PassageEmbedder(Embedder embedder) {
    this.embedder = embedder;
  }

  /** The passage field of {@code article} when it has no passages to embed, else {@code null}. */
  BytesRef nothingToEmbed(Article article) {
    String body = article.bodyText();
    List<Passage> passages = Passages.of(body);
    return passages.isEmpty() ? PassageField.encode(Passages.hash(embedder.name(), body, passages), passages, List.of())
        : null;
  }

  /**
   * The passage fields of {@code articles}, in order, embedded in model calls of at most {@code
   * passagesPerCall} passages each.
   */
  List<BytesRef> embed(List<Article> articles, int passagesPerCall) {
    List<List<Passage>> split = new ArrayList<>(articles.size());
    List<String> texts = new ArrayList<>();
    for (Article article : articles) {
      String body = article.bodyText();
      List<Passage> passages = Passages.of(body);
      split.add(passages);
      passages.forEach(passage -> texts.add(passage.text(body)));
    }
    List<float[]> vectors = new ArrayList<>(texts.size());
    for (int from = 0; from < texts.size(); from += passagesPerCall) {
      vectors.addAll(embedder.embedPassages(texts.subList(from, Math.min(texts.size(), from + passagesPerCall))));
    }
    List<BytesRef> fields = new ArrayList<>(split.size());
    int next = 0;
    for (int i = 0; i < split.size(); i++) {
      List<Passage> passages = split.get(i);
      BytesRef hash = Passages.hash(embedder.name(), articles.get(i).bodyText(), passages);
      fields.add(PassageField.encode(hash, passages, vectors.subList(next, next + passages.size())));
      next += passages.size();
    }
    return fields;
  }
}
