package dev.gazette.server;

import static dev.gazette.server.HttpFuzzValues.oneIn;
import static dev.gazette.server.HttpFuzzValues.pick;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Puts a request's line, headers and body on the wire for the HTTP fuzzer: soundly (Content-Length,
 * valid chunks, {@code Expect: 100-continue}), with hostile headers (huge, many, duplicated, bad
 * syntax), or with broken framing (a wrong, negative, huge or doubled Content-Length, chunked
 * garbage, both framings at once), which goes on a connection of its own.
 */
final class HttpFuzzFraming {
  private HttpFuzzFraming() {}

  private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
      "application/json; charset=latin1", "APPLICATION/JSON", "application/x-ndjson", "application/jsonl",
      "text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "", "json", "*/*",
      "application/json;;;", "application/json; charset=\"", "text/html");
  private static final List<String> ODD_HEADERS = List.of("Accept-Encoding: gzip", "Accept-Encoding: gzip, deflate, br",
      "Accept-Encoding: identity;q=0", "Accept-Encoding: \u00FF", "Accept: text/html", "Accept: */*;q=x",
      "Authorization: Bearer x", "Authorization: Bearer ", "Authorization: Basic Zm9vOmJhcg==", "Authorization: ",
      "Origin: http://evil.example", "Origin: null", "Access-Control-Request-Method: DELETE", "Range: bytes=0-1",
      "Range: bytes=-1-", "If-None-Match: *", "If-Modified-Since: yesterday", "Cookie: a=b; c", "X-Forwarded-For: ::1",
      "X-Forwarded-Proto: gopher", "Connection: keep-alive, Upgrade", "Connection: garbage", "Content-Encoding: gzip",
      "Content-Encoding: br", "TE: trailers", "Host: second", "Host:", "Expect: 100-continue", "Expect: garbage",
      "Max-Forwards: -1", "Via: 1.1 x", "X-HTTP-Method-Override: DELETE", "Content-Range: bytes 0-1/2");

  /**
   * A sound request: {@code line} (method, target, version), {@code extra} header lines, a Host
   * header, and {@code body} (or none) framed by Content-Length, chunks, or after {@code Expect}.
   */
  static byte[] sound(Random random, byte[] line, List<String> extra, String contentType, byte[] body) {
    HttpFuzzRequest.Bytes out = new HttpFuzzRequest.Bytes().add(line).add("\r\n").header("Host", "gazette");
    extra.forEach(header -> out.add(header).add("\r\n"));
    if (body == null) {
      return out.add("\r\n").bytes();
    }
    if (contentType != null) {
      out.header("Content-Type", contentType);
    }
    int mode = random.nextInt(10);
    if (mode == 0) {
      return chunked(random, out.header("Transfer-Encoding", "chunked").add("\r\n"), body).bytes();
    }
    if (mode == 1) {
      out.header("Expect", "100-continue");
    }
    return out.header("Content-Length", Integer.toString(body.length)).add("\r\n").add(body).bytes();
  }

  /** Hostile but sound headers for {@code line}: huge, many, duplicated, odd values; the body as {@link #sound} frames it. */
  static byte[] hostileHeaders(Random random, byte[] line, String contentType, byte[] body) {
    List<String> extra = switch (random.nextInt(6)) {
      case 0 -> List.of("X-Big: " + "a".repeat(oneIn(random, 10) ? pick(random, List.of(70_000, 1_100_000))
          : pick(random, List.of(1_000, 8_000, 16_000))));
      case 1 -> java.util.Collections.nCopies(oneIn(random, 10) ? pick(random, List.of(1_000, 3_000))
          : pick(random, List.of(50, 100, 200)), "X-Many: 1");
      case 2 -> List.of(pick(random, ODD_HEADERS), pick(random, ODD_HEADERS));
      case 3 -> List.of("Cookie: " + "c=1; ".repeat(oneIn(random, 10) ? 50_000 : pick(random, List.of(100, 5_000))));
      case 4 -> List.of("X-Text: " + HttpFuzzValues.text(random, 40).replaceAll("[\r\n]", " "));
      default -> List.of(pick(random, ODD_HEADERS));
    };
    return sound(random, line, extra, contentType == null ? null : pick(random, CONTENT_TYPES), body);
  }

  /** A request whose framing or header syntax is broken; the server may answer it or close the connection. */
  static byte[] broken(Random random, byte[] line, byte[] body) {
    byte[] payload = body == null ? "{\"q\":\"oil\"}".getBytes(StandardCharsets.UTF_8) : body;
    HttpFuzzRequest.Bytes out = new HttpFuzzRequest.Bytes().add(line).add("\r\n").header("Host", "gazette")
        .header("Content-Type", "application/json");
    String length = Integer.toString(payload.length);
    switch (random.nextInt(14)) {
      case 0 -> out.header("Content-Length", Integer.toString(payload.length + 1 + random.nextInt(100)));
      case 1 -> out.header("Content-Length", Integer.toString(random.nextInt(payload.length + 1)));
      case 2 -> out.header("Content-Length", pick(random, List.of("-1", "abc", "", "99999999999999999999", "1e3",
          "0x10", "+5", " 5 5", "\uFF15", "18446744073709551616")));
      case 3 -> out.header("Content-Length", length).header("Content-Length", length + "0");
      case 4 -> out.header("Content-Length", length + ", " + length);
      case 5 -> out.header("Transfer-Encoding", "chunked").header("Content-Length", length);
      case 6 -> out.header("Transfer-Encoding", pick(random, List.of("gzip, chunked", "chunked, gzip", "xchunked",
          "chunked\u0000", "CHUNKED", "chunked;", "identity, chunked")));
      case 7 -> out.add("Bad Header: x\r\n");
      case 8 -> out.add(pick(random, List.of("NoColon\r\n", ": empty-name\r\n", " folded: x\r\n", "X-Fold: a\r\n b\r\n",
          "X-Nul: a\u0000b\r\n", "X-Lf: a\nb\r\n", "X\u00E9: 1\r\n", "Content-Length : 5\r\n")));
      case 9 -> {
        out.header("Transfer-Encoding", "chunked").add("\r\n");
        return out.add(pick(random, List.of("zz\r\n", "-1\r\n", "FFFFFFFFFFFFFFFF\r\n{", "5\r\n{}\r\n0\r\n\r\n",
            "3;ext=\"\r\n{}}\r\n0\r\n\r\n", "0\r\nX-Trailer: " + "t".repeat(100_000) + "\r\n\r\n", "1\r\n{", "\r\n\r\n",
            "4\r\n{}}}" + "0\r\n\r\n"))).bytes();
      }
      case 10 -> {
        return out.add("\r\n").add(payload).add("GET /health HTTP/1.1\r\nHost: gazette\r\n\r\n").bytes();
      }
      case 11 -> {
        return new HttpFuzzRequest.Bytes().add(line).add("\n").add("Host: gazette\n")
            .add("Content-Length: " + length + "\n\n").add(payload).bytes();
      }
      case 12 -> out.header("Upgrade", pick(random, List.of("h2c", "websocket", "TLS/1.2"))).header("Connection", "Upgrade")
          .header("HTTP2-Settings", "AAMAAABkAAQAAP__").header("Content-Length", length);
      default -> out.header("Expect", "100-continue").header("Content-Length", Integer.toString(payload.length * 2));
    }
    return out.add("\r\n").add(payload).bytes();
  }

  /** Garbage where a request should be: random bytes, a request line cut short, a stray HTTP version. */
  static byte[] garbage(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> HttpFuzzValues.bytes(random, 300);
      case 1 -> pick(random, List.of("GET\r\n\r\n", "GET /\r\n\r\n", "GET / HTTP/1.1\r\n", "\r\n\r\n", "GET / HTTP/9.9\r\n\r\n",
          "GET / HTTP/1.0\r\n\r\n", "GET / HTTP/2.0\r\n\r\n", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", "GET / FTP/1.1\r\n\r\n",
          "GET  /  HTTP/1.1\r\nHost: g\r\n\r\n", "GET /health HTTP/1.1 extra\r\nHost: g\r\n\r\n", "\u0016\u0003\u0001\u0000"))
          .getBytes(StandardCharsets.UTF_8);
      case 2 -> ("GET /" + "a".repeat(oneIn(random, 10) ? 1_100_000 : pick(random, List.of(10_000, 70_000)))
          + " HTTP/1.1\r\nHost: g\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8);
      case 3 -> ("X".repeat(oneIn(random, 10) ? 100_000 : pick(random, List.of(100, 10_000))) + " / HTTP/1.1\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8);
      case 4 -> new HttpFuzzRequest.Bytes().add("GET /api/search?q=").add(HttpFuzzValues.bytes(random, 50))
          .add(" HTTP/1.1\r\nHost: g\r\n\r\n").bytes();
      default -> new HttpFuzzRequest.Bytes().add("GET /health HTTP/1.1\r\nHost: g\r\n\r\n".repeat(1 + random.nextInt(20)))
          .bytes();
    };
  }

  /** {@code body} as valid chunks of random sizes, with an extension or a trailer now and then. */
  private static HttpFuzzRequest.Bytes chunked(Random random, HttpFuzzRequest.Bytes out, byte[] body) {
    for (int at = 0; at < body.length; ) {
      int size = Math.min(body.length - at, 1 + random.nextInt(Math.max(1, body.length / 2 + 1)));
      out.add(Integer.toHexString(size) + (oneIn(random, 5) ? ";ext=1" : "") + "\r\n");
      out.add(java.util.Arrays.copyOfRange(body, at, at + size)).add("\r\n");
      at += size;
    }
    return out.add("0\r\n").add(oneIn(random, 5) ? "X-Trailer: 1\r\n" : "").add("\r\n");
  }
}
