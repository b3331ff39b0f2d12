package dev.gazette.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.ETag;
import io.undertow.util.ETagUtils;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves the search page: {@code GET /} is {@code web/index.html} from the server jar, and {@code GET
 * /web/PATH} is {@code web/PATH}. Only files of the jar's {@code web/} folder with a known type are
 * served (a path with a segment starting with a dot, such as {@code ..}, is never looked up); each is
 * read once and kept in memory. Answers carry the page's security headers and an ETag, and are
 * revalidated on every use ({@code Cache-Control: no-cache}) since the files have no versioned names.
 */
final class StaticFiles implements HttpHandler {
  /** The page's Content-Security-Policy: only this origin's files, no inline script or style. */
  private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
      + "frame-ancestors 'none'";
  private static final String FOLDER = "web/";
  private static final String PREFIX = "/web/";
  private static final String INDEX = "index.html";
  private static final Pattern SAFE_PATH =
      Pattern.compile("(?:[A-Za-z0-9_-][A-Za-z0-9_.-]*/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*\\.([a-z0-9]+)");
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "json", "application/json; charset=utf-8",
      "svg", "image/svg+xml",
      "png", "image/png",
      "ico", "image/x-icon",
      "txt", "text/plain; charset=utf-8");
  private static final HttpString CONTENT_SECURITY_POLICY_HEADER = new HttpString("Content-Security-Policy");
  /** The header that stops browsers from guessing a media type. */
  static final HttpString CONTENT_TYPE_OPTIONS = new HttpString("X-Content-Type-Options");
  private static final HttpString REFERRER_POLICY = new HttpString("Referrer-Policy");

  /** Files found so far; misses are not kept, so asking for made-up names cannot fill the memory. */
  private final Map<String, Asset> assets = new ConcurrentHashMap<>();

  /**
   * One file ready to send.
   *
   * @param bytes the content
   * @param type its Content-Type
   * @param etag a weak ETag made from the content (weak: gzip may change the bytes sent, not the file)
   */
  private record Asset(byte[] bytes, String type, ETag etag) {}

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    if (exchange.isInIoThread()) {
      exchange.dispatch(this);
      return;
    }
    Asset asset = name(exchange.getRequestPath()).map(name -> assets.computeIfAbsent(name, StaticFiles::load)).orElse(null);
    if (asset == null) {
      Responses.send(exchange, new ApiError(404, "not_found", "no file at " + exchange.getRequestPath()));
      return;
    }
    send(exchange, asset);
  }

  /** The file under {@code web/} that {@code path} names, if it is a path this handler may serve. */
  private static Optional<String> name(String path) {
    String name = path.equals("/") ? INDEX : path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : "";
    var match = SAFE_PATH.matcher(name);
    return match.matches() && TYPES.containsKey(match.group(1)) ? Optional.of(name) : Optional.empty();
  }

  /** The file {@code web/name} of the jar, or {@code null} when there is none. */
  private static Asset load(String name) {
    try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        return null;
      }
      byte[] bytes = in.readAllBytes();
      String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
      return new Asset(bytes, type, etag(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + FOLDER + name + " from the server jar", e);
    }
  }

  private static ETag etag(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return new ETag(true, Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private static void send(HttpServerExchange exchange, Asset asset) {
    exchange.getResponseHeaders()
        .put(CONTENT_SECURITY_POLICY_HEADER, CONTENT_SECURITY_POLICY)
        .put(CONTENT_TYPE_OPTIONS, "nosniff")
        .put(REFERRER_POLICY, "no-referrer")
        .put(Headers.CACHE_CONTROL, "no-cache")
        .put(Headers.ETAG, asset.etag().toString());
    if (!ETagUtils.handleIfNoneMatch(exchange, asset.etag(), true)) {
      exchange.setStatusCode(304);
      exchange.endExchange();
      return;
    }
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, asset.type());
    exchange.getResponseSender().send(ByteBuffer.wrap(asset.bytes()));
  }
}
