package dev.gazette.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.gazette.SearchResult;
import dev.gazette.SearchResult.FacetValue;
import dev.gazette.SearchResult.Hit;
import dev.gazette.SearchResult.Snippets;
import dev.gazette.analysis.Schema;
import dev.gazette.facet.DateCounts;
import dev.gazette.facet.FacetCounter;
import dev.gazette.facet.TimelineCounter;
import dev.gazette.highlight.Html;
import dev.gazette.index.HitFields;
import dev.gazette.plan.Matches;
import dev.gazette.plan.QueryPlan;
import dev.gazette.search.Cursor;
import dev.gazette.search.SortOrder;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An OpenSearch {@code _search} answer read back into core's {@link Matches}: the page of hits
 * with the same scores, snippets (HTML-escaped as core escapes them) and cursor, the facet counts
 * and the timeline made by core's own counters.
 */
public final class OpenSearchResults {
  private OpenSearchResults() {}

  /** The total number of matches in {@code response}. */
  public static long total(JsonObject response) {
    return response.getAsJsonObject("hits").getAsJsonObject("total").get("value").getAsLong();
  }

  /** The matches of {@code plan} in {@code response}, asked with one hit more than the page. */
  public static Matches matches(JsonObject response, QueryPlan plan) throws IOException {
    JsonArray found = response.getAsJsonObject("hits").getAsJsonArray("hits");
    QueryPlan.Page page = plan.page();
    QueryPlan.Shown shown = plan.shown();
    int onPage = Math.min(found.size(), page.size());
    boolean scored = SortOrder.isScored(page.sort());
    List<Hit> hits = new ArrayList<>(onPage);
    for (int i = 0; i < onPage; i++) {
      hits.add(hit(found.get(i).getAsJsonObject(), scored, shown.tags(), shown.fields()));
    }
    String nextCursor = null;
    if (found.size() > page.size() && onPage > 0) {
      JsonArray sort = found.get(onPage - 1).getAsJsonObject().getAsJsonArray("sort");
      nextCursor = Cursor.after(OpenSearchSort.sortValues(sort, page.sort()), page.sort());
    }
    JsonObject aggs = response.has("aggregations") ? response.getAsJsonObject("aggregations") : new JsonObject();
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (String dim : shown.facets()) {
      facets.put(dim, facet(values(aggs, OpenSearchFacets.FACET_AGG + dim), dim));
    }
    SearchResult.Timeline timeline = shown.timeline()
        ? TimelineCounter.timeline(DateCounts.ofDays(days(values(aggs, OpenSearchFacets.TIMELINE))))
        : null;
    boolean timedOut = response.has("timed_out") && response.get("timed_out").getAsBoolean();
    return new Matches(total(response), hits, nextCursor, facets, timeline, timedOut);
  }

  /** One hit of {@code response}, without snippets, for related articles. */
  public static List<Hit> hits(JsonObject response) {
    List<Hit> hits = new ArrayList<>();
    for (JsonElement hit : response.getAsJsonObject("hits").getAsJsonArray("hits")) {
      hits.add(hit(hit.getAsJsonObject(), true, null, List.of()));
    }
    return hits;
  }

  /** The buckets of a terms aggregation as facet values, most frequent first. */
  public static List<FacetValue> terms(JsonArray buckets) {
    List<FacetValue> values = new ArrayList<>();
    for (JsonElement bucket : buckets) {
      JsonObject b = bucket.getAsJsonObject();
      values.add(new FacetValue(b.get("key").getAsString(), b.get("doc_count").getAsLong(), List.of()));
    }
    return values;
  }

  private static List<FacetValue> facet(JsonArray buckets, String dim) throws IOException {
    return dim.equals(Schema.PUBLISHED) ? FacetCounter.dateValues(DateCounts.ofDays(days(buckets))) : terms(buckets);
  }

  private static JsonArray values(JsonObject aggs, String name) {
    JsonObject agg = aggs.getAsJsonObject(name);
    return agg == null ? new JsonArray() : agg.getAsJsonObject(OpenSearchFacets.VALUES).getAsJsonArray("buckets");
  }

  private static TreeMap<LocalDate, Long> days(JsonArray buckets) {
    TreeMap<LocalDate, Long> days = new TreeMap<>();
    for (JsonElement bucket : buckets) {
      JsonObject b = bucket.getAsJsonObject();
      days.put(LocalDate.parse(b.get("key_as_string").getAsString()), b.get("doc_count").getAsLong());
    }
    return days;
  }

  /** A hit, with snippets marked with {@code tags}, or none when they are {@code null}, and the values of {@code fields}. */
  private static Hit hit(JsonObject hit, boolean scored, QueryPlan.Tags tags, List<String> fields) {
    JsonObject source = hit.getAsJsonObject("_source");
    String title = OpenSearchDocuments.string(source, Schema.TITLE);
    String published = OpenSearchDocuments.string(source, Schema.PUBLISHED);
    String haiku = OpenSearchDocuments.string(source, Schema.HAIKU);
    JsonElement score = hit.get("_score");
    Snippets snippets = null;
    if (tags != null) {
      JsonObject marked = hit.has("highlight") ? hit.getAsJsonObject("highlight") : new JsonObject();
      Pattern adjacent = Pattern.compile(Pattern.quote(tags.post()) + "(\\s*)" + Pattern.quote(tags.pre()));
      List<String> titles = fragments(marked, Schema.TITLE, adjacent);
      snippets = new Snippets(titles.isEmpty() ? Html.escape(title == null ? "" : title).strip() : titles.get(0),
          fragments(marked, Schema.BODY, adjacent));
    }
    return new Hit(
        OpenSearchDocuments.string(source, Schema.ID),
        scored && score != null && !score.isJsonNull() ? score.getAsFloat() : null,
        title == null ? "" : title,
        published == null ? null : Instant.parse(published),
        haiku == null ? List.of() : List.of(haiku.split("\n")),
        snippets,
        fields(source, fields));
  }

  /** The values of {@code fields} in {@code source}: stored fields by name, facet dimensions under {@code facet}. */
  private static Map<String, List<String>> fields(JsonObject source, List<String> fields) {
    JsonObject facets = source.has(OpenSearchMapping.FACET) ? source.getAsJsonObject(OpenSearchMapping.FACET) : new JsonObject();
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String field : fields) {
      boolean stored = HitFields.STORED.contains(field);
      String[] raw = strings(stored ? source.get(field) : facets.get(field));
      values.put(field, stored ? HitFields.values(field, raw) : Arrays.stream(raw).sorted().toList());
    }
    return values;
  }

  private static String[] strings(JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return new String[0];
    }
    List<JsonElement> items = value.isJsonArray() ? value.getAsJsonArray().asList() : List.of(value);
    return items.stream().filter(item -> !item.isJsonNull()).map(JsonElement::getAsString).toArray(String[]::new);
  }

  /**
   * The highlighted fragments of {@code field} as core writes them: trimmed, OpenSearch's entities
   * for {@code '} and {@code /} as core's, and matches standing apart only by white space
   * ({@code adjacent}) marked as one unit.
   */
  private static List<String> fragments(JsonObject highlight, String field, Pattern adjacent) {
    List<String> fragments = new ArrayList<>();
    if (highlight.has(field)) {
      for (JsonElement fragment : highlight.getAsJsonArray(field)) {
        String text = fragment.getAsString().replace("&#x27;", "&#39;").replace("&#x2F;", "/");
        fragments.add(adjacent.matcher(text).replaceAll("$1").strip());
      }
    }
    return fragments;
  }
}
