package dev.gazette.bench.hybrid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gazette.Article;
import dev.gazette.Embedder;
import dev.gazette.Gazette;
import dev.gazette.GazetteConfig;
import dev.gazette.SearchRequest;
import dev.gazette.SearchResult;
import dev.gazette.bench.Workspace;
import dev.gazette.bench.corpus.Corpus;
import dev.gazette.bench.lucene.Merger;
import dev.gazette.vector.StoredVectors;
import dev.gazette.vector.VectorFields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cached index with generated vectors holds what {@link Gazette#embedAll} would have written. */
class GeneratedVectorsTest {
  private static final List<String> PLACES = List.of("France", "Japan", "Brazil", "Canada", "Kenya");
  private static final String[] WORDS = {"wheat", "oil", "bank", "rates", "coffee", "gold", "ship", "strike"};

  @TempDir
  Path dir;

  @Test
  void everyArticleGetsTheVectorAndDocumentEmbedAllWouldGiveIt() throws IOException {
    Workspace workspace = new Workspace(dir.resolve("cache"), GazetteConfig.defaults());
    Corpus corpus = new Small(240);
    Embedder generated = new ClusteredEmbedder(new Letters(), 3);

    Path fast = workspace.liveIndex(GeneratedVectors.of(workspace, corpus, generated));
    Path reference = embeddedByEmbedAll(workspace.liveIndex(workspace.gazette(corpus)), generated);

    Map<String, String> documents = documents(fast);
    assertEquals(corpus.size(), documents.size());
    assertEquals(documents(reference), documents);
    // Generated vectors are the articles' own; passage vectors (for the snippets of hits found by
    // meaning alone), which embedAll adds after them, are not generated.
    Map<String, String> referenceFields = new TreeMap<>(fields(reference));
    referenceFields.remove("$passages");
    assertEquals(referenceFields, fields(fast));
    Map<String, float[]> vectors = vectors(fast);
    Map<String, float[]> expected = vectors(reference);
    assertEquals(expected.keySet(), vectors.keySet());
    expected.forEach((id, vector) -> assertArrayEquals(vector, vectors.get(id), id));
    assertEquals(search(reference), search(fast));
  }

  /** A copy of the words-only index {@code words}, embedded by {@link Gazette#embedAll} and merged. */
  private Path embeddedByEmbedAll(Path words, Embedder generated) throws IOException {
    Path copy = Files.createDirectories(dir.resolve("reference"));
    try (Stream<Path> files = Files.list(words)) {
      for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
        Files.copy(file, copy.resolve(file.getFileName().toString()));
      }
    }
    GazetteConfig config = GazetteConfig.defaults().withSemantic(s -> s.embedder(generated).background(false));
    try (Gazette gazette = Gazette.open(copy, config)) {
      gazette.embedAll(done -> { });
    }
    Merger.toOneSegment(copy);
    return copy;
  }

  /** Each article's stored document, field by field, by id. */
  private static Map<String, String> documents(Path index) throws IOException {
    Map<String, String> byId = new HashMap<>();
    try (Directory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          var stored = leaf.reader().storedFields().document(doc);
          byId.put(stored.get("id"), stored.getFields().toString());
        }
      }
    }
    return byId;
  }

  /** Each field's indexing options and the size of its postings, by name. */
  private static Map<String, String> fields(Path index) throws IOException {
    Map<String, String> byName = new TreeMap<>();
    try (Directory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
      for (FieldInfo field : FieldInfos.getMergedFieldInfos(reader)) {
        Terms terms = MultiTerms.getTerms(reader, field.name);
        byName.put(field.name, field.getIndexOptions() + " " + field.getDocValuesType() + " "
            + field.getVectorDimension() + (terms == null ? "" : " " + terms.getDocCount() + " "
            + terms.getSumDocFreq() + " " + terms.getSumTotalTermFreq()));
      }
    }
    return byName;
  }

  /** Each article's vector, by id. */
  private static Map<String, float[]> vectors(Path index) throws IOException {
    Map<String, float[]> byId = new HashMap<>();
    try (Directory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          String id = leaf.reader().storedFields().document(doc).get("id");
          StoredVectors.vector(leaf.reader(), doc).ifPresent(vector -> byId.put(id, vector));
        }
      }
    }
    return byId;
  }

  /** A search by words with country facets, and one by meaning, on the index in {@code index}. */
  private static List<Object> search(Path index) {
    Embedder queries = new ClusteredEmbedder(new Letters(), 3);
    GazetteConfig config = GazetteConfig.defaults().withSemantic(s -> s.embedder(queries).background(false));
    try (Gazette gazette = Gazette.openReadOnly(index, config)) {
      SearchResult words = gazette.search(SearchRequest.builder().query("wheat rates").facets("country")
          .mode(SearchRequest.Mode.LEXICAL).build());
      SearchResult meaning = gazette.search(SearchRequest.builder().query("coffee gold")
          .mode(SearchRequest.Mode.SEMANTIC).build());
      return List.of(words.total(), words.hits().stream().map(SearchResult.Hit::id).toList(), words.facets(),
          meaning.hits().stream().map(SearchResult.Hit::id).toList());
    }
  }

  /** Articles made of a few words and a place each. */
  private record Small(int size) implements Corpus {
    @Override
    public String name() {
      return "small-" + size;
    }

    @Override
    public Article article(int i) {
      String place = PLACES.get(i % PLACES.size());
      String words = WORDS[i % WORDS.length] + " " + WORDS[i * 3 % WORDS.length];
      return Article.of("a" + i, words + " in " + place, Instant.parse("2020-01-01T00:00:00Z").plusSeconds(i * 3_600L),
          List.of("Traders in " + place + " spoke of " + words + ", report " + i + ".", "A second paragraph."));
    }
  }

  /** Queries as letter counts: only its dimensions matter here, passages are generated. */
  private static final class Letters implements Embedder {
    @Override
    public String name() {
      return "letters";
    }

    @Override
    public int dimensions() {
      return 26;
    }

    @Override
    public List<float[]> embedPassages(List<String> passages) {
      return passages.stream().map(this::embedQuery).toList();
    }

    @Override
    public float[] embedQuery(String text) {
      float[] vector = new float[dimensions()];
      text.toLowerCase().chars().filter(c -> c >= 'a' && c <= 'z').forEach(c -> vector[c - 'a']++);
      return VectorFields.unit(vector);
    }
  }
}
