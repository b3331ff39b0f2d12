package dev.gazette.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.PathTemplateMatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One request as an endpoint sees it: path parameters, query parameters and the body, read with the
 * size and media-type checks every endpoint needs.
 */
final class Call {
  private final HttpServerExchange exchange;
  private final long maxBodyBytes;

  Call(HttpServerExchange exchange, long maxBodyBytes) {
    this.exchange = exchange;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** The path parameter {@code name} of the matched route template. */
  String pathParam(String name) {
    return exchange.getAttachment(PathTemplateMatch.ATTACHMENT_KEY).getParameters().get(name);
  }

  /** The query parameters, each with its values in order. */
  Map<String, List<String>> query() {
    Map<String, List<String>> params = new LinkedHashMap<>();
    exchange.getQueryParameters().forEach((name, values) -> params.put(name, List.copyOf(values)));
    return params;
  }

  /**
   * The body as UTF-8 text. A missing {@code Content-Type} is taken as JSON.
   *
   * @param mediaTypes the media types this endpoint reads (415 for any other)
   * @throws ApiException 415 for another media type, 413 for a body over the limit
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
    if (exchange.getRequestContentLength() > maxBodyBytes) {
      throw tooLarge();
    }
    exchange.startBlocking();
    try (InputStream in = exchange.getInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
      if (bytes.length > maxBodyBytes) {
        throw tooLarge();
      }
      return utf8(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the request body", e);
    }
  }

  /** {@code bytes} as UTF-8; 400 {@code invalid_json} for bytes that are not UTF-8, never a silent U+FFFD. */
  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiException.invalidJson("the request body is not valid UTF-8 text");
    }
  }

  private ApiException tooLarge() {
    return new ApiException(413, "payload_too_large",
        "the request body is larger than the limit of " + maxBodyBytes + " bytes");
  }
}
