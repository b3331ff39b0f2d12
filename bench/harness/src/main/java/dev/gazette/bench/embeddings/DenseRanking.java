package dev.gazette.bench.embeddings;

import dev.gazette.Article;
import dev.gazette.ArticleReader;
import dev.gazette.Embedder;
import dev.gazette.FieldMapping;
import dev.gazette.eval.Evaluation;
import dev.gazette.eval.Qrels;
import dev.gazette.eval.Retrieved;
import dev.gazette.eval.Scores;
import dev.gazette.eval.Topic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A plain exhaustive cosine ranking of a judged collection by an {@link Embedder}: every document
 * embedded once, every topic scored against all of them, the run scored by core's {@link
 * Evaluation} as {@code gazette eval} scores a lexical run.
 */
final class DenseRanking {
  private final List<String> ids = new ArrayList<>();
  private final List<float[]> vectors;

  private DenseRanking(List<Article> docs, Embedder embedder) {
    List<String> texts = new ArrayList<>();
    for (Article doc : docs) {
      ids.add(doc.id());
      texts.add(ArticleText.WHOLE.of(doc));
    }
    this.vectors = embedder.embedPassages(texts);
  }

  /** Embeds the documents of {@code docsFile} (JSON Lines, body in {@code text}, as the lexical runs read them). */
  static DenseRanking embed(Path docsFile, Embedder embedder) {
    List<Article> docs = new ArrayList<>();
    FieldMapping mapping = new FieldMapping("id", "title", "published", "text", "haiku", "references", List.of());
    ArticleReader.of(docsFile).mapping(mapping).read(docs::add);
    return new DenseRanking(docs, embedder);
  }

  /** How many documents were embedded. */
  int size() {
    return ids.size();
  }

  /** The means over {@code topics} when each topic's vector is {@code queryVector} of its text. */
  Scores score(List<Topic> topics, Qrels qrels, Function<String, float[]> queryVector) {
    Map<String, List<Retrieved>> run = new LinkedHashMap<>();
    for (Topic topic : topics) {
      float[] query = queryVector.apply(topic.text());
      List<Retrieved> retrieved = new ArrayList<>(ids.size());
      for (int i = 0; i < ids.size(); i++) {
        retrieved.add(new Retrieved(ids.get(i), dot(query, vectors.get(i))));
      }
      run.put(topic.id(), retrieved);
    }
    return Evaluation.score(topics, qrels, run, Evaluation.DEFAULT_DEPTH).means();
  }

  private static float dot(float[] a, float[] b) {
    float sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
