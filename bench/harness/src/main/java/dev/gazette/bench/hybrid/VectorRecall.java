package dev.gazette.bench.hybrid;

import dev.gazette.vector.NearestArticles;
import dev.gazette.vector.VectorFields;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.VectorUtil;

/**
 * Recall@10 of the HNSW graph against exact search: for each query vector, the ten live articles
 * with the highest dot product over every stored (full-precision) vector, against the top ten of
 * the graph's answer, asked as Gazette's semantic side asks ({@link NearestArticles}: its first
 * {@code k} neighbours, the graph searched wider) and, for comparison, as a plain {@link
 * KnnFloatVectorQuery} for each other {@code k}, read from the index with Lucene directly. A hit counts as found when its
 * exact dot product reaches the tenth best, so articles tied with the tenth (duplicates) are all
 * right answers. Query vectors are made unit length,
 * as Gazette makes them.
 */
public final class VectorRecall {
  private static final int TOP = 10;

  private VectorRecall() {}

  /**
   * The mean recall@10.
   *
   * @param vectors how many live vectors the exact search compared against
   * @param queries how many query vectors
   * @param recall the mean share of the exact top ten that the graph search found: Gazette's
   *     neighbours first, then a plain search at each other {@code k} asked
   * @param rescored the same for Gazette's neighbours when they are ranked again by their
   *     full-precision vectors before the best ten are taken (what a rescoring step would give)
   */
  public record Result(int vectors, int queries, List<Double> recall, double rescored) {}

  /**
   * Measures on the index in {@code indexDir} for {@code queries}: Gazette's {@code ks.get(0)}
   * neighbours, then a plain graph search for each further {@code k}.
   */
  public static Result measure(Path indexDir, List<float[]> queries, List<Integer> ks) throws IOException {
    try (Directory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
      Stored stored = Stored.read(reader);
      IndexSearcher searcher = new IndexSearcher(reader);
      double[] found = new double[ks.size()];
      double rescored = 0;
      for (float[] asked : queries) {
        float[] query = VectorFields.unit(asked);
        float tenth = stored.tenthBest(query);
        for (int k = 0; k < ks.size(); k++) {
          ScoreDoc[] approximate = searcher.search(asked(query, ks, k), TOP).scoreDocs;
          found[k] += Arrays.stream(approximate).filter(hit -> stored.score(query, hit.doc) >= tenth).count()
              / (double) TOP;
        }
        rescored += Arrays.stream(searcher.search(asked(query, ks, 0), ks.get(0)).scoreDocs)
            .map(hit -> stored.score(query, hit.doc)).sorted(Comparator.reverseOrder()).limit(TOP)
            .filter(score -> score >= tenth).count() / (double) TOP;
      }
      return new Result(stored.docs.length, queries.size(),
          Arrays.stream(found).map(sum -> sum / queries.size()).boxed().toList(), rescored / queries.size());
    }
  }

  /** Gazette's query for the first {@code k}, a plain graph search for the others. */
  private static Query asked(float[] query, List<Integer> ks, int which) {
    return which == 0 ? new NearestArticles(query, ks.get(0), null)
        : new KnnFloatVectorQuery(VectorFields.VECTOR, query, ks.get(which));
  }

  /** Every live vector of the index with its document number. */
  private record Stored(int[] docs, float[][] vectors) {
    static Stored read(DirectoryReader reader) throws IOException {
      List<Integer> docs = new ArrayList<>();
      List<float[]> vectors = new ArrayList<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        FloatVectorValues values = leaf.reader().getFloatVectorValues(VectorFields.VECTOR);
        if (values == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        KnnVectorValues.DocIndexIterator it = values.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (live == null || live.get(doc)) {
            docs.add(leaf.docBase + doc);
            vectors.add(values.vectorValue(it.index()).clone());
          }
        }
      }
      return new Stored(docs.stream().mapToInt(Integer::intValue).toArray(), vectors.toArray(float[][]::new));
    }

    /** The tenth highest dot product of {@code query} with a stored vector (the lowest, with fewer than ten). */
    float tenthBest(float[] query) {
      float[] scores = new float[vectors.length];
      for (int i = 0; i < vectors.length; i++) {
        scores[i] = VectorUtil.dotProduct(query, vectors[i]);
      }
      Arrays.sort(scores);
      return scores[Math.max(0, scores.length - TOP)];
    }

    /** The dot product of {@code query} with the stored vector of document {@code doc}. */
    float score(float[] query, int doc) {
      return VectorUtil.dotProduct(query, vectors[Arrays.binarySearch(docs, doc)]);
    }
  }
}
