package dev.gazette.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One request as an endpoint sees it: path parameters and query parameters as {@link RequestTarget}
 * decoded them, and the body, already read (by {@link BodyReader}), with the media-type check every
 * endpoint needs.
 */
final class Call {
  private final HttpServerExchange exchange;
  private final RequestTarget target;
  private final byte[] body;

  /** The request of {@code exchange}, its URL decoded as {@code target} and its body read as {@code body}. */
  Call(HttpServerExchange exchange, RequestTarget target, byte[] body) {
    this.exchange = exchange;
    this.target = target;
    this.body = body;
  }

  /** The path parameter {@code name} of the matched route template: the whole path segment, decoded. */
  String pathParam(String name) {
    return target.path().get(name);
  }

  /** The query parameters, each with its values in order, decoded. */
  Map<String, List<String>> query() {
    return target.query();
  }

  /** The length of the body in bytes. */
  int bodyLength() {
    return body.length;
  }

  /**
   * The body as UTF-8 text. A missing {@code Content-Type} is taken as JSON. Its size was checked
   * when it was read.
   *
   * @param mediaTypes the media types this endpoint reads (415 for any other)
   * @throws ApiException 415 for another media type
   */
  String body(Set<String> mediaTypes) {
    String contentType = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
    String mediaType = contentType == null
        ? "application/json"
        : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!mediaTypes.contains(mediaType)) {
      throw new ApiException(415, "unsupported_media_type",
          "Content-Type " + mediaType + " is not accepted here; send one of " + String.join(", ", mediaTypes.stream().sorted().toList()));
    }
    return text();
  }

  /** The body as UTF-8 text, whatever its media type; 400 {@code invalid_json} for bytes that are not UTF-8, never a silent U+FFFD. */
  String text() {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiException.invalidJson("the request body is not valid UTF-8 text");
    }
  }
}
