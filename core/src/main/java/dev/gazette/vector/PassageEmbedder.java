package dev.gazette.vector;

import dev.gazette.Article;
import dev.gazette.Embedder;
import dev.gazette.vector.Passages.Passage;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.BytesRef;

/**
 * Gives articles their passages' vectors ({@link PassageField}), a few articles per model call so
 * that the call stays as short as one of article vectors.
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
   * The passage fields of the first of {@code articles}, as many as one model call of at most
   * {@code passagesPerCall} passages holds (at least the first article, however many it has).
   */
  List<BytesRef> embed(List<Article> articles, int passagesPerCall) {
    List<List<Passage>> split = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Article article : articles) {
      String body = article.bodyText();
      List<Passage> passages = Passages.of(body);
      if (!split.isEmpty() && texts.size() + passages.size() > passagesPerCall) {
        break;
      }
      split.add(passages);
      passages.forEach(passage -> texts.add(passage.text(body)));
    }
    List<float[]> vectors = texts.isEmpty() ? List.of() : embedder.embedPassages(texts);
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
