package dev.gazette.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.gazette.GazetteConfig;
import dev.gazette.OpenSearchTarget;
import dev.gazette.TestData;
import dev.gazette.analysis.AnalysisSettings;
import dev.gazette.analysis.Schema;
import dev.gazette.analysis.Synonyms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analyzers generated for OpenSearch give exactly the tokens (and positions) of core's own
 * analyzers, on the seed article and on texts picked to exercise each filter: possessives, case,
 * accents, stop words, stemming and multi-word synonyms.
 */
class OpenSearchAnalysisTest {
  private static final String INDEX = "analysis-parity";

  static Stream<String> texts() throws IOException {
    List<String> texts = new ArrayList<>(List.of(
        "The Fed's Chairman said the U.S. economy isn't running at full speed.",
        "Café crème à São Paulo: Zürich's naïve coöperation, résumé & façade",
        "North Korea and the United States met in the UK; the DPRK's envoy left early.",
        "Running runners ran; relational generalizations are being generalized by 1987's 3.5% growth",
        "to be or not to be, that is the question — The Who, The The, and an e-mail at 10:30am",
        "Prices of crude oil, OPEC quotas, GATT talks and wheat-futures (Chicago) rose 12,000 tonnes in the PRC"));
    try (Stream<Path> seeds = Files.list(TestData.repository().resolve("seeds"))) {
      seeds.sorted().forEach(seed -> {
        try {
          texts.add(Files.readString(seed));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return texts.stream();
  }

  @ParameterizedTest
  @MethodSource("texts")
  void openSearchAnalyzesAsCoreDoes(String text) throws IOException {
    OpenSearchCluster cluster = OpenSearchCluster.shared();
    GazetteConfig config = GazetteConfig.defaults();
    Schema schema = new Schema(AnalysisSettings.of(config), Synonyms.of(config));
    Map<String, Analyzer> core = Map.of(OpenSearchMapping.ENGLISH, schema.english(),
        OpenSearchMapping.ENGLISH_QUERY, schema.queryEnglish(), OpenSearchMapping.EXACT, schema.exact(),
        OpenSearchMapping.EXACT_QUERY, schema.queryExact());
    try (OpenSearchIndex index = OpenSearchIndex.connect(
        OpenSearchTarget.of(cluster.urls().get(0).toString(), INDEX).withShards(1, 0), config)) {
      for (var analyzer : core.entrySet()) {
        JsonObject request = new JsonObject();
        request.addProperty("analyzer", analyzer.getKey());
        request.addProperty("text", text);
        JsonObject answer = index.client().ok("POST", "/" + INDEX + "/_analyze", request, "analyze");
        List<String> theirs = new ArrayList<>();
        for (JsonElement token : answer.getAsJsonArray("tokens")) {
          JsonObject t = token.getAsJsonObject();
          theirs.add(t.get("position").getAsInt() + ":" + t.get("token").getAsString());
        }
        List<String> ours = tokens(analyzer.getValue(), text);
        assertFalse(ours.isEmpty());
        assertEquals(ours, theirs, analyzer.getKey() + " on: " + text.substring(0, Math.min(80, text.length())));
      }
    }
  }

  /** Core's tokens as {@code position:term}. */
  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(position + ":" + term);
      }
      stream.end();
    }
    return tokens;
  }
}
