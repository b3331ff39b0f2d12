package dev.gazette.parse;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.gazette.Article;
import dev.gazette.FieldMapping;
import dev.gazette.InvalidRequestException;
import dev.gazette.analysis.SourceCodes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Turns a JSON object into an {@link Article} through a {@link FieldMapping}: the one place JSON
 * Lines, JSON array and HTTP sources map fields.
 *
 * <p>Text fields take a string (numbers and booleans are taken as their text); {@code body} a
 * string split into paragraphs at blank lines, or an array of paragraphs; {@code haiku} a string
 * with line breaks, or an array of lines; {@code tags} an array, or a string of comma-separated
 * tags; each facet field a string or an array of strings (a value repeated in one record counts
 * once). A {@code facets} object, as {@link Article} is written out, adds its dimensions too. A
 * missing or {@code null} field is empty. The date is read from the mapped field or, when
 * that is missing, from {@code date_iso} then {@code date}.
 */
public final class JsonArticles {
  private static final List<String> DATE_FALLBACKS = List.of("date_iso", "date");

  private JsonArticles() {}

  /**
   * The article {@code object} describes.
   *
   * @param fallbackId the id to use when the object has none, or {@code null} to require one
   * @throws BadInputException when a field has the wrong type, the date is not a date, or there is
   *     no id or one that breaks {@link Article#checkId} (an id is taken exactly as given, never trimmed)
   */
  public static Article toArticle(JsonObject object, FieldMapping mapping, String fallbackId) {
    return new Article(
        id(object, mapping.id(), fallbackId),
        text(object, mapping.title(), " "),
        published(object, mapping.published()),
        lines(object, mapping.haiku(), Texts::lines),
        lines(object, mapping.body(), Texts::paragraphs),
        text(object, mapping.references(), "\n"),
        optional(object, "url"),
        optional(object, "author"),
        optional(object, "section"),
        lines(object, "tags", text -> Arrays.asList(text.split(","))),
        optional(object, "language"),
        SourceCodes.standard().feed(facets(object, mapping.facetFields()), mapping.feeds()));
  }

  /** Parses {@code json} as one article object; see {@link #toArticle}. */
  public static Article parse(String json, FieldMapping mapping, String fallbackId) {
    return toArticle(Json.parseObject(json), mapping, fallbackId);
  }

  private static String id(JsonObject object, String field, String fallbackId) {
    JsonElement value = field(object, field);
    if (value != null && !value.isJsonPrimitive()) {
      throw new BadInputException(
          "field '" + field + "' must be a string or a number, not " + Json.kind(value));
    }
    String id = value == null ? "" : value.getAsString();
    if (!id.isBlank()) {
      try {
        Article.checkId(id);
      } catch (InvalidRequestException e) {
        throw new BadInputException("field '" + field + "': " + e.getMessage());
      }
      return id;
    }
    if (fallbackId == null || fallbackId.isBlank()) {
      throw new BadInputException("no id: field '" + field + "' is missing or blank");
    }
    return fallbackId;
  }

  private static Instant published(JsonObject object, String field) {
    String name =
        Stream.concat(Stream.of(field), DATE_FALLBACKS.stream())
            .filter(candidate -> field(object, candidate) != null)
            .findFirst()
            .orElse(field);
    List<String> value = strings(object, name);
    if (value.isEmpty() || value.size() == 1 && value.getFirst().isBlank()) {
      return null;
    }
    if (value.size() > 1) {
      throw new BadInputException("field '" + name + "' must be one date, not an array");
    }
    try {
      return DateParser.parseRequired(value.getFirst());
    } catch (BadInputException e) {
      throw new BadInputException("field '" + name + "': " + e.getMessage());
    }
  }

  /**
   * A string field split by {@code split}, or an array field taken item by item; either way
   * stripped, without blank items.
   */
  private static List<String> lines(
      JsonObject object, String field, Function<String, List<String>> split) {
    JsonElement value = field(object, field);
    List<String> items =
        value != null && value.isJsonPrimitive()
            ? split.apply(value.getAsString())
            : strings(object, field);
    return items.stream().map(String::strip).filter(item -> !item.isEmpty()).toList();
  }

  private static Map<String, List<String>> facets(JsonObject object, List<String> fields) {
    Map<String, List<String>> facets = new LinkedHashMap<>();
    addFacets(object, fields, facets);
    JsonElement own = field(object, "facets");
    if (own != null) {
      if (!own.isJsonObject()) {
        throw new BadInputException("field 'facets' must be an object of dimension to values, not " + Json.kind(own));
      }
      addFacets(own.getAsJsonObject(), own.getAsJsonObject().keySet(), facets);
    }
    return facets;
  }

  private static void addFacets(JsonObject object, Iterable<String> fields, Map<String, List<String>> facets) {
    for (String field : fields) {
      List<String> values = lines(object, field, List::of).stream().distinct().toList();
      if (!values.isEmpty()) {
        facets.put(field, values);
      }
    }
  }

  private static String optional(JsonObject object, String field) {
    String text = text(object, field, " ");
    return text.isEmpty() ? null : text;
  }

  /** A text field, an array of texts joined by {@code separator}, stripped; empty when missing. */
  private static String text(JsonObject object, String field, String separator) {
    return String.join(separator, strings(object, field)).strip();
  }

  /** A string, number or boolean as one item; an array of them as its items; missing as none. */
  private static List<String> strings(JsonObject object, String field) {
    JsonElement value = field(object, field);
    if (value == null) {
      return List.of();
    }
    if (value.isJsonPrimitive()) {
      return List.of(value.getAsString());
    }
    if (value.isJsonArray()) {
      List<String> items = new ArrayList<>();
      for (JsonElement item : value.getAsJsonArray()) {
        if (item.isJsonPrimitive()) {
          items.add(item.getAsString());
        } else if (!item.isJsonNull()) {
          throw new BadInputException(
              "field '" + field + "' must hold strings, but one item is " + Json.kind(item));
        }
      }
      return items;
    }
    throw new BadInputException(
        "field '" + field + "' must be a string or an array of strings, not an object");
  }

  /** The value of {@code field}, or {@code null} when it is missing or JSON {@code null}. */
  private static JsonElement field(JsonObject object, String field) {
    JsonElement value = object.get(field);
    return value == null || value.isJsonNull() ? null : value;
  }
}
