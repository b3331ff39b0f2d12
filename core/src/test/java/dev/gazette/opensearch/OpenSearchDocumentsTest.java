package dev.gazette.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.gazette.Article;
import dev.gazette.analysis.MentionFinder;
import dev.gazette.facet.FacetDimensions;
import dev.gazette.index.ArticleDocuments;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.junit.jupiter.api.Test;

/** An article's OpenSearch document holds the drill-down terms the embedded index scores a {@code dim:value} clause on. */
class OpenSearchDocumentsTest {

  @Test
  void theDrillDownTermsAreTheOnesTheEmbeddedIndexWrites() {
    Article article = new Article("a1", "Brazil coffee exports rise", Instant.parse("1987-03-26T14:00:00Z"),
        List.of(), List.of("Brazil and Colombia sold more coffee to Japan, said Jorio Dauster of the IBC."), null,
        null, "A. Writer", "commodities", List.of("coffee", "exports"), "en",
        Map.of("topics", List.of("coffee", "trade"), "places", List.of("brazil", " colombia ")));
    Document lucene = new ArticleDocuments(new FacetDimensions(), MentionFinder::standard)
        .toDocument(article);
    Set<String> embedded = Arrays.stream(lucene.getFields(FacetsConfig.DEFAULT_INDEX_FIELD_NAME))
        .filter(field -> field.fieldType().indexOptions() != IndexOptions.NONE)
        .map(field -> field.stringValue()).collect(Collectors.toSet());
    JsonObject source = new OpenSearchDocuments(MentionFinder.standard()).source(article);
    Set<String> remote = StreamSupport.stream(source.getAsJsonArray(OpenSearchMapping.FACET_TERMS).spliterator(), false)
        .map(JsonElement::getAsString).collect(Collectors.toSet());
    assertEquals(embedded, remote);
    char d = FacetsConfig.DELIM_CHAR;
    assertTrue(remote.containsAll(Set.of("topics", "topics" + d + "coffee", "places" + d + "colombia", "published",
        "published" + d + "1987", "published" + d + "1987" + d + "03", "published" + d + "1987" + d + "03" + d + "26",
        "country" + d + "Japan")), remote.toString());
  }
}
