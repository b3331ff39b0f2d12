package dev.gazette.server;

import static dev.gazette.server.HttpFuzzValues.oneIn;
import static dev.gazette.server.HttpFuzzValues.pick;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The HTTP fuzzer's request generator for one worker: searches with every documented parameter
 * given random values, the other endpoints, tracked article writes and reads checked by the
 * worker's {@link HttpFuzzModel}, hostile paths, methods, headers, bodies and framing, and plain
 * garbage. Deterministic for a seed, except for cursors taken from earlier answers.
 */
final class HttpFuzzRequests {
  private static final Map<String, List<String>> PARAMETERS = Map.of(
      "/api/search", List.of("q", "filter", "from", "to", "facets", "facetLimit", "sort", "operator", "page", "size",
          "cursor", "highlight", "typoTolerance", "feedback", "didYouMean", "timeline"),
      "/api/suggest", List.of("q", "limit"),
      "facets", List.of("prefix", "limit"),
      "related", List.of("size"));
  private static final List<String> FIXED = List.of("/api/stats", "/health", "/ready", "/openapi.json", "/metrics", "/",
      "/web/app.js", "/web/style.css", "/web/nope.js", "/api", "/api/", "/api/search/", "/API/SEARCH", "//api/search",
      "/api/./search", "/api/../health", "/api/articles/", "/api/articles//related", "/%2e%2e/", "/web/../../etc/passwd",
      "/web/%2e%2e/%2e%2e/etc/passwd", "/web/..%2f..%2fetc/passwd", "/web/..%5c..%5cwin.ini", "*",
      "http://gazette/api/stats", "api/stats", "/api/search;jsessionid=1", "/api/search%3Fq=oil", "/health?x", "/metrics/",
      "/openapi.json/..", "/api/facets/", "/api/facets/%2F", "/api/admin", "/api/admin/snapshot/x", "/%00", "/%ZZ",
      "/health#frag", "/\u00E9", "/web/", "/web/%00.js");
  private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH",
      "TRACE", "CONNECT", "PROPFIND", "MKCOL", "get", "post", "Get", "G@T", "GET\u0000", "", "X".repeat(300), "BREW",
      "M-SEARCH", "QUERY");
  private static final List<String> ID_SUFFIXES = List.of("?x", "?v=2", "#f", "/x", "\\x", "%", "%3F", ";x", "..",
      " ", "\u00E9", "\u4E2D", "\uD83D\uDE00", "+", "&a=b", ".json", "/related", "\t", "'", "\"");
  private static final List<String> SORTS = List.of("relevance", "newest", "oldest", "recency", "RELEVANCE", "", "random");

  private final HttpFuzzModel model;
  private final List<String> reutersIds;
  private final List<String> cursors = new ArrayList<>();

  HttpFuzzRequests(HttpFuzzModel model, List<String> reutersIds) {
    this.model = model;
    this.reutersIds = reutersIds;
  }

  /** Remembers a cursor an answer gave, for later searches to use and mangle. */
  void cursor(String cursor) {
    if (cursors.size() < 64) {
      cursors.add(cursor);
    }
  }

  /**
   * The next request of a worker that attacks the protocol, drawn by weight (per 10,000): cheap
   * refusals and reads are most of a run, so that it sends many; searches, which cost the server
   * milliseconds each, are a small share, so that they do not set its pace. Writes are sent by the
   * writing worker ({@link #nextWrite}) at the pace their commits allow.
   */
  HttpFuzzRequest next(Random random) {
    int roll = random.nextInt(10_000);
    if (roll < 2) {
      return prefixSearch(random);
    } else if (roll < 42) {
      return get(random, "query/search", "/api/search", "/api/search");
    } else if (roll < 57) {
      return post(random, "body/search", "/api/search", "application/json", HttpFuzzJson.search(random));
    } else if (roll < 157) {
      return otherRead(random);
    } else if (roll < 2_657) {
      return path(random);
    } else if (roll < 4_957) {
      return method(random);
    } else if (roll < 7_257) {
      return headers(random);
    } else if (roll < 8_605) {
      return broken(random);
    }
    return new HttpFuzzRequest("garbage", HttpFuzzFraming.garbage(random), false, false, null);
  }

  /** The next request of the writing worker: a tracked write or read (nine in ten) or an untracked bulk load. */
  HttpFuzzRequest nextWrite(Random random) {
    if (oneIn(random, 10)) {
      return post(random, "body/bulk-untracked", "/api/articles", pick(random, List.of("application/json",
          "application/x-ndjson")), HttpFuzzJson.bulk(random, untrackedItems(random), oneIn(random, 2)));
    }
    return tracked(random);
  }

  private HttpFuzzRequest get(Random random, String kind, String path, String parameters) {
    byte[] line = line("GET", target(path, query(random, parameters)));
    return new HttpFuzzRequest(kind, HttpFuzzFraming.sound(random, line, List.of(), null, null), false, isFramed(line),
        null);
  }

  /** A well-formed search of 8 to 64 two- or three-letter prefixes, the heaviest query the syntax allows. */
  private static HttpFuzzRequest prefixSearch(Random random) {
    String query = HttpFuzzValues.prefixes(random, pick(random, List.of(8, 12, 16, 32, 64)));
    byte[] target = ("/api/search?q=" + percentEncode(query) + (oneIn(random, 2) ? "&facets=person,published" : ""))
        .getBytes(StandardCharsets.US_ASCII);
    return new HttpFuzzRequest("query/prefixes", HttpFuzzFraming.sound(random, line("GET", target), List.of(), null,
        null), false, true, null);
  }

  private HttpFuzzRequest post(Random random, String kind, String path, String contentType, byte[] body) {
    byte[] line = line("POST", target(path, new byte[0]));
    return new HttpFuzzRequest(kind, HttpFuzzFraming.sound(random, line, List.of(), contentType, body), false, true, null);
  }

  private HttpFuzzRequest otherRead(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> get(random, "query/suggest", "/api/suggest", "/api/suggest");
      case 1 -> get(random, "query/facets", "/api/facets/" + pick(random, HttpFuzzValues.DIMENSIONS).replace("/", "%2F"),
          "facets");
      case 2 -> get(random, "query/related", "/api/articles/" + pick(random, reutersIds) + "/related", "related");
      case 3 -> get(random, "query/article", "/api/articles/" + pick(random, reutersIds), "none");
      default -> get(random, "query/fixed", pick(random, FIXED.subList(0, 5)), "none");
    };
  }

  /** A write or read of this worker's own articles, checked by the model. */
  private HttpFuzzRequest tracked(Random random) {
    String id = oneIn(random, 3) ? model.newId(oneIn(random, 3) ? pick(random, ID_SUFFIXES) : "") : model.knownId(random);
    if (oneIn(random, 4)) {
      id = id + pick(random, ID_SUFFIXES);
    }
    model.fresh(id);
    byte[] path = ("/api/articles/" + percentEncode(id)).getBytes(StandardCharsets.US_ASCII);
    int roll = random.nextInt(10);
    if (roll < 3) {
      String title = model.title();
      return new HttpFuzzRequest("tracked/put", HttpFuzzFraming.sound(random, line("PUT", path), List.of(),
          "application/json", HttpFuzzJson.article(id, title).getBytes(StandardCharsets.UTF_8)), false, true,
          model.put(id, title, HttpFuzzModel.isPlain(id)));
    } else if (roll < 4) {
      byte[] body = HttpFuzzJson.hostileArticle(random, oneIn(random, 2) ? id : null).getBytes(StandardCharsets.UTF_8);
      return new HttpFuzzRequest("tracked/put-hostile", HttpFuzzFraming.sound(random, line("PUT", path), List.of(),
          "application/json", body), false, true, model.put(id, HttpFuzzModel.ANY_TITLE, false));
    } else if (roll < 6) {
      boolean head = oneIn(random, 4);
      return new HttpFuzzRequest("tracked/get", HttpFuzzFraming.sound(random, line(head ? "HEAD" : "GET", path), List.of(),
          null, null), head, true, model.get(id, head));
    } else if (roll < 8) {
      return new HttpFuzzRequest("tracked/delete", HttpFuzzFraming.sound(random, line("DELETE", path), List.of(), null,
          null), false, true, model.delete(id));
    }
    List<HttpFuzzModel.Item> items = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 1 + random.nextInt(8); i > 0; i--) {
      String itemId = oneIn(random, 2) ? model.knownId(random) : model.newId(oneIn(random, 4) ? pick(random, ID_SUFFIXES) : "");
      model.fresh(itemId);
      boolean valid = !oneIn(random, 4);
      String title = model.title();
      items.add(new HttpFuzzModel.Item(valid ? itemId : null, valid ? title : HttpFuzzModel.ANY_TITLE, valid
          && HttpFuzzModel.isPlain(itemId)));
      texts.add(valid ? HttpFuzzJson.article(itemId, title) : HttpFuzzJson.hostileArticle(random, null));
    }
    boolean ndjson = !oneIn(random, 3);
    byte[] body = HttpFuzzJson.bulk(random, texts, ndjson);
    return new HttpFuzzRequest("tracked/bulk", HttpFuzzFraming.sound(random, line("POST",
        "/api/articles".getBytes(StandardCharsets.US_ASCII)), List.of(), ndjson ? "application/x-ndjson"
        : "application/json", body), false, true, model.bulk(items));
  }

  private List<String> untrackedItems(Random random) {
    List<String> items = new ArrayList<>();
    for (int i = random.nextInt(6); i >= 0; i--) {
      String id = pick(random, List.of("u-" + random.nextInt(1000), "u/" + random.nextInt(9), "u\\x", "u?x",
          "u".repeat(257), "u\u0000", pick(random, reutersIds)));
      items.add(HttpFuzzJson.hostileArticle(random, oneIn(random, 6) ? null : id));
    }
    return items;
  }

  private HttpFuzzRequest path(Random random) {
    String id = switch (random.nextInt(4)) {
      case 0 -> pick(random, reutersIds);
      case 1 -> "u" + "x".repeat(pick(random, List.of(255, 256, 257, 5_000, 70_000)));
      case 2 -> "u" + HttpFuzzValues.text(random, 20);
      default -> "u" + pick(random, List.of("..", "../../etc/passwd", "%2e%2e%2f", "a%2Fb", "a%5Cb", "a%3Fb",
          "a%3Fv%3D2", "a%23b", "%00", "%0D%0A", "%ZZ", "%", "%C3", "%FF"));
    };
    byte[] path = switch (random.nextInt(4)) {
      case 0 -> new HttpFuzzRequest.Bytes().add("/api/articles/").add(HttpFuzzValues.encode(random, id)).bytes();
      case 1 -> new HttpFuzzRequest.Bytes().add("/api/articles/").add(HttpFuzzValues.encode(random, id)).add("/related")
          .bytes();
      case 2 -> new HttpFuzzRequest.Bytes().add("/api/facets/").add(HttpFuzzValues.encode(random, id)).bytes();
      default -> pick(random, FIXED).getBytes(StandardCharsets.UTF_8);
    };
    String method = oneIn(random, 20) ? pick(random, List.of("DELETE", "PUT")) : pick(random, List.of("GET", "HEAD"));
    byte[] body = method.equals("PUT") ? HttpFuzzJson.hostileArticle(random, null).getBytes(StandardCharsets.UTF_8) : null;
    boolean framed = isFramed(path);
    byte[] request = HttpFuzzFraming.sound(random, line(method, path), List.of(), body == null ? null : "application/json",
        body);
    // a line broken by CR or LF is refused before it is read as HEAD, so its answer has a body
    return new HttpFuzzRequest("path", request, method.equals("HEAD") && framed, framed, null);
  }

  private HttpFuzzRequest method(Random random) {
    String method = pick(random, METHODS);
    String path = oneIn(random, 100) ? pick(random, List.of("/api/search", "/api/suggest?q=oi"))
        : pick(random, List.of("/api/articles", "/api/articles/none-" + random.nextInt(100), "/api/stats", "/health",
            "/", "/api/admin/snapshot", "/nope"));
    if (path.equals("/api/admin/snapshot") && !oneIn(random, 100)) {
      path = "/api/stats"; // each snapshot copies the index: a few are enough
    }
    byte[] body = oneIn(random, 2) ? HttpFuzzJson.search(random) : null;
    byte[] request = HttpFuzzFraming.sound(random, line(method, path.getBytes(StandardCharsets.UTF_8)), List.of(),
        body == null ? null : "application/json", body);
    return new HttpFuzzRequest("method", request, method.equals("HEAD"), !method.isEmpty() && !method.contains("\u0000"),
        null);
  }

  private HttpFuzzRequest headers(Random random) {
    boolean search = oneIn(random, 200);
    boolean post = oneIn(random, 2);
    String path = search ? "/api/search" : pick(random, List.of("/health", "/api/stats", "/nope", "/api/articles/"
        + pick(random, reutersIds), "/api/search?size=-1"));
    byte[] line = post ? line("POST", path.getBytes(StandardCharsets.US_ASCII))
        : line("GET", search ? target(path, query(random, path)) : path.getBytes(StandardCharsets.US_ASCII));
    byte[] body = post ? HttpFuzzJson.search(random) : null;
    byte[] request = HttpFuzzFraming.hostileHeaders(random, line, post ? "application/json" : null, body);
    return new HttpFuzzRequest("header", request, false, isFramed(line), null);
  }

  private HttpFuzzRequest broken(Random random) {
    String path = oneIn(random, 20) ? "/api/search" : pick(random, List.of("/health", "/api/stats", "/nope"));
    byte[] line = line(pick(random, List.of("POST", "PUT", "GET")), path.getBytes(StandardCharsets.US_ASCII));
    return new HttpFuzzRequest("framing", HttpFuzzFraming.broken(random, line, oneIn(random, 2) ? HttpFuzzJson.search(random)
        : null), false, false, null);
  }

  /** A query string for {@code endpoint}'s parameters: a few, a flood, a huge one, unknown or repeated names. */
  private byte[] query(Random random, String endpoint) {
    List<String> names = PARAMETERS.getOrDefault(endpoint, List.of("x"));
    HttpFuzzRequest.Bytes out = new HttpFuzzRequest.Bytes();
    int count = oneIn(random, 200) ? pick(random, List.of(999, 1_000, 1_001, 3_000)) : random.nextInt(6);
    for (int i = 0; i < count; i++) {
      String name = oneIn(random, 15) ? pick(random, List.of("nope", "", "Q", "q[]", "size ", "\u00E9")) : pick(random, names);
      String value = oneIn(random, 300) ? "x".repeat(pick(random, List.of(2_001, 10_000, 70_000, 300_000))) : value(random, name);
      out.add(i > 0 ? pick(random, List.of("&", "&", "&", "&&", ";")) : "").add(HttpFuzzValues.encode(random, name));
      if (!oneIn(random, 20)) {
        out.add("=").add(HttpFuzzValues.encode(random, value));
      }
    }
    return out.bytes();
  }

  private String value(Random random, String name) {
    return switch (name) {
      case "q", "prefix" -> HttpFuzzValues.query(random);
      case "filter" -> HttpFuzzValues.filter(random);
      case "from", "to" -> HttpFuzzValues.date(random);
      case "facets" -> HttpFuzzValues.dimensions(random);
      case "sort" -> pick(random, SORTS);
      case "operator" -> pick(random, List.of("and", "or", "AND", "xor", ""));
      case "cursor" -> cursors.isEmpty() || oneIn(random, 4) ? HttpFuzzValues.text(random, 30) : mangle(random,
          pick(random, cursors));
      case "highlight", "typoTolerance", "feedback", "didYouMean", "timeline" -> HttpFuzzValues.bool(random);
      default -> HttpFuzzValues.number(random);
    };
  }

  private static String mangle(Random random, String cursor) {
    if (oneIn(random, 2) || cursor.isEmpty()) {
      return cursor;
    }
    int at = random.nextInt(cursor.length());
    return cursor.substring(0, at) + pick(random, List.of("", "A", "=", "%", "!", "\u00E9")) + cursor.substring(at + 1);
  }

  private static byte[] target(String path, byte[] query) {
    return new HttpFuzzRequest.Bytes().add(path).add(query.length > 0 ? "?" : "").add(query).bytes();
  }

  private static byte[] line(String method, byte[] target) {
    return new HttpFuzzRequest.Bytes().add(method).add(" ").add(target).add(" HTTP/1.1").bytes();
  }

  /** A request line can share a kept-alive connection unless CR or LF in it breaks the framing. */
  private static boolean isFramed(byte[] line) {
    for (byte b : line) {
      if (b == '\r' || b == '\n') {
        return false;
      }
    }
    return true;
  }

  /** {@code id} as one path segment: every byte but unreserved ASCII percent-encoded. */
  static String percentEncode(String id) {
    StringBuilder out = new StringBuilder();
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
