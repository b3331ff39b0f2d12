package dev.gazette.server;

import static dev.gazette.server.HttpFuzzValues.oneIn;
import static dev.gazette.server.HttpFuzzValues.pick;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Request bodies for the HTTP fuzzer: search bodies and articles with every field given random
 * values of random types, and JSON torture (deep nesting, huge numbers, bad escapes, duplicate keys,
 * lenient-JSON forms, truncation, invalid UTF-8, long arrays).
 */
final class HttpFuzzJson {
  private HttpFuzzJson() {}

  private static final List<String> SEARCH_FIELDS = List.of("q", "filter", "filters", "from", "to", "facets",
      "facetLimit", "sort", "operator", "page", "size", "cursor", "highlight", "typoTolerance", "feedback",
      "didYouMean", "timeline", "nope", "");
  private static final List<String> ARTICLE_FIELDS = List.of("id", "title", "published", "date", "haiku", "body",
      "references", "url", "author", "section", "tags", "language", "topics", "places", "people", "orgs",
      "exchanges", "nope", "");
  private static final List<String> TORTURE = List.of("", " ", "null", "true", "0", "\"q\"", "[]", "{}", "{",
      "}", "{\"q\":}", "{'q':'oil'}", "{q:\"oil\"}", "{\"q\":\"oil\",}", "{\"q\":\"oil\"} trailing", "{\"q\":\"oil\"}{}",
      "/* c */{\"q\":\"oil\"}", "{\"q\":\"oil\"} // c", "{\"q\":\"\\x41\"}", "{\"q\":\"\\u12\"}", "{\"q\":\"\\uD800\"}",
      "{\"q\":\"\\uDC00\\uD800\"}", "{\"q\":\"\u0000\"}", "{\"q\":\"\\u0000\"}", "{\"size\":1e999999}",
      "{\"size\":-1e-999999}", "{\"size\":123456789012345678901234567890}", "{\"size\":NaN}", "{\"size\":Infinity}",
      "{\"size\":-0}", "{\"size\":0x10}", "{\"size\":01}", "{\"size\":1.}", "{\"size\":.5}", "{\"q\":\"a\",\"q\":\"b\"}",
      "\uFEFF{\"q\":\"oil\"}", "{\"q\":\"oil\"\n", "[{\"id\":\"x\"}", "\"\\", "{\"\":\"\"}", "{\"q\":[[[[[]]]]]}");

  /** A search body: an object of search fields, or JSON torture. */
  static byte[] search(Random random) {
    if (oneIn(random, 3)) {
      return torture(random);
    }
    return object(random, SEARCH_FIELDS, 1 + random.nextInt(5)).getBytes(StandardCharsets.UTF_8);
  }

  /** A valid article with a known title, as a tracked write sends it. */
  static String article(String id, String title) {
    return "{\"id\": " + quote(id) + ", \"title\": " + quote(title) + ", \"published\": \"1987-03-0"
        + (1 + Math.abs(title.hashCode() % 9)) + "\", \"body\": \"Fuzzer article " + title + ".\", \"topics\": [\"fuzz\"]}";
  }

  /** An article with random fields of random types, overlong facet values, bad dates; {@code id} when not null. */
  static String hostileArticle(Random random, String id) {
    String fields = object(random, ARTICLE_FIELDS, random.nextInt(6));
    if (id == null) {
      return fields;
    }
    String withId = "{\"id\": " + quote(id) + (fields.length() > 2 ? ", " + fields.substring(1) : "}");
    return oneIn(random, 10) ? withId.substring(0, 1 + random.nextInt(withId.length() - 1)) : withId;
  }

  /** Bytes that are hardly JSON, or JSON that breaks a limit. */
  static byte[] torture(Random random) {
    return switch (random.nextInt(8)) {
      case 0 -> nested(random);
      case 1 -> ("{\"q\": [" + "1,".repeat(pick(random, List.of(9_999, 10_000, 10_001, 50_000))) + "1]}")
          .getBytes(StandardCharsets.UTF_8);
      case 2 -> HttpFuzzValues.bytes(random, 200);
      case 3 -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"q\": \"oil".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(HttpFuzzValues.invalidUtf8(random));
        out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        yield out.toByteArray();
      }
      case 4 -> ("{\"q\": " + quote("x".repeat(pick(random, List.of(1_999, 2_000, 2_001, 100_000)))) + "}")
          .getBytes(StandardCharsets.UTF_8);
      default -> pick(random, TORTURE).getBytes(StandardCharsets.UTF_8);
    };
  }

  /** NDJSON lines or a JSON array of {@code items}, with blank lines, bad lines and invalid UTF-8 mixed in. */
  static byte[] bulk(Random random, List<String> items, boolean ndjson) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((ndjson ? "" : "[").getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < items.size(); i++) {
      String separator = ndjson ? pick(random, List.of("\n", "\n", "\r\n", "\n\n", "\n \n")) : ",";
      out.writeBytes(((i > 0 ? separator : "") + items.get(i)).getBytes(StandardCharsets.UTF_8));
    }
    if (oneIn(random, 10)) {
      out.writeBytes(HttpFuzzValues.invalidUtf8(random));
    }
    out.writeBytes((ndjson ? (oneIn(random, 2) ? "\n" : "") : "]").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static byte[] nested(Random random) {
    int depth = pick(random, List.of(31, 32, 33, 100, 10_000, 200_000));
    String open = oneIn(random, 2) ? "[" : "{\"q\":";
    String close = open.equals("[") ? "]" : "}";
    return (open.repeat(depth) + "1" + (oneIn(random, 4) ? "" : close.repeat(depth))).getBytes(StandardCharsets.UTF_8);
  }

  private static String object(Random random, List<String> names, int count) {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < count; i++) {
      out.append(i > 0 ? ", " : "").append(quote(pick(random, names))).append(": ").append(value(random, 2));
    }
    return out.append("}").toString();
  }

  /** A JSON value of a random type, nested at most {@code depth} levels. */
  private static String value(Random random, int depth) {
    return switch (random.nextInt(depth > 0 ? 10 : 7)) {
      case 0 -> quote(HttpFuzzValues.query(random));
      case 1 -> quote(pick(random, List.of(HttpFuzzValues.date(random), HttpFuzzValues.filter(random),
          HttpFuzzValues.dimensions(random), HttpFuzzValues.bool(random), "newest", "or", "x".repeat(513))));
      case 2 -> HttpFuzzValues.number(random).replace(" ", "").replaceAll("^$", "0");
      case 3 -> pick(random, List.of("true", "false", "null", "1e308", "-1", "0.5", "1e999"));
      case 4 -> quote(HttpFuzzValues.number(random));
      case 5 -> quote(HttpFuzzValues.text(random, 30));
      case 6 -> quote(HttpFuzzValues.word(random));
      case 7 -> "[" + value(random, depth - 1) + ", " + value(random, depth - 1) + "]";
      case 8 -> "{" + quote(HttpFuzzValues.word(random)) + ": " + value(random, depth - 1) + "}";
      default -> "[]";
    };
  }

  /** {@code text} as a JSON string, controls escaped; sometimes other characters as {@code \}{@code uXXXX} too. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> out.append(c < 0x20 || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }
}
