package dev.gazette.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A refusal Undertow writes on its own, before any Gazette handler sees the request, found at the
 * end of the bytes going out on a connection, with the JSON answer that replaces it.
 *
 * <p>Two kinds exist. When its parser cannot read a request line or its headers, Undertow writes
 * the fixed {@link #BARE} 400 and closes the connection. When the {@code Host} header is missing
 * from an HTTP/1.1 request, doubled, or not a host and port, Undertow's {@code HostHeaderHandler}
 * (which wraps every root handler) ends the exchange with an empty 400 whose reason phrase says why
 * ({@code Only One Host Header Allowed}) and {@code Connection: close}: its head is the last thing
 * the connection sends, and its only variable part is the {@code Date} header.
 *
 * @param length how many bytes at the end of the buffer the refusal takes
 * @param answer the whole JSON answer to send in its place
 */
record UndertowRefusal(int length, byte[] answer) {
  /** What Undertow 2.4 writes when it cannot parse a request ({@code HttpReadListener.BAD_REQUEST}). */
  static final byte[] BARE =
      "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  /** What the client is told instead of {@link #BARE}: the parts of a request Undertow refuses to read. */
  static final ApiError MALFORMED = new ApiError(400, "invalid_request", "the request line or headers are malformed:"
      + " a % in the URL must be followed by two hex digits, the URL may not contain a space, the request line must be"
      + " METHOD /path HTTP/1.1, each header line Name: value, Content-Length one number given once, and the request"
      + " line and headers may take at most " + RequestLimits.HARD_CAP_BYTES + " bytes and "
      + RequestLimits.HARD_CAP_HEADERS + " header lines");

  /** What the client is told instead of a {@code Host} refusal. */
  static final ApiError BAD_HOST = new ApiError(400, "invalid_request", "an HTTP/1.1 request must carry exactly one"
      + " Host header, a host name or IP address with an optional port from 1 to 65535");

  private static final byte[] MALFORMED_ANSWER = answer(MALFORMED);
  private static final byte[] BAD_HOST_ANSWER = answer(BAD_HOST);
  private static final byte[] STATUS_400 = ascii("HTTP/1.1 400 ");
  private static final byte[] HEAD_END = ascii("\r\n\r\n");
  /** More than the head of a {@code Host} refusal can take: its status line and three short headers. */
  private static final int HOST_HEAD_MAX = 256;
  /** The reason phrases of Undertow's {@code HostHeaderHandler}, each with its line end. */
  private static final List<byte[]> HOST_REASONS = List.of(ascii("No Host Header\r\n"),
      ascii("Only One Host Header Allowed\r\n"), ascii("Host Header Malformed Port\r\n"),
      ascii("Host Header Malformed IP-Literal\r\n"));

  /** The refusal the bytes left in {@code buffer} end with, or {@code null} when they end with none. */
  static UndertowRefusal atEnd(ByteBuffer buffer) {
    if (endsWith(buffer, BARE)) {
      return new UndertowRefusal(BARE.length, MALFORMED_ANSWER);
    }
    if (!endsWith(buffer, HEAD_END)) {
      return null;
    }
    int start = lastIndexOf(buffer, STATUS_400);
    if (start < 0 || indexOf(buffer, HEAD_END, start) != buffer.limit() - HEAD_END.length) {
      return null;
    }
    int reason = start + STATUS_400.length;
    return HOST_REASONS.stream().anyMatch(phrase -> matches(buffer, reason, phrase))
        ? new UndertowRefusal(buffer.limit() - start, BAD_HOST_ANSWER) : null;
  }

  private static boolean endsWith(ByteBuffer buffer, byte[] tail) {
    int start = buffer.limit() - tail.length;
    return start >= buffer.position() && matches(buffer, start, tail);
  }

  private static boolean matches(ByteBuffer buffer, int at, byte[] bytes) {
    if (at < buffer.position() || at + bytes.length > buffer.limit()) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if (buffer.get(at + i) != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  /** The last {@code bytes} in the final {@link #HOST_HEAD_MAX} bytes of {@code buffer}, or -1. */
  private static int lastIndexOf(ByteBuffer buffer, byte[] bytes) {
    int first = Math.max(buffer.position(), buffer.limit() - HOST_HEAD_MAX);
    for (int at = buffer.limit() - bytes.length; at >= first; at--) {
      if (matches(buffer, at, bytes)) {
        return at;
      }
    }
    return -1;
  }

  private static int indexOf(ByteBuffer buffer, byte[] bytes, int from) {
    for (int at = from; at + bytes.length <= buffer.limit(); at++) {
      if (matches(buffer, at, bytes)) {
        return at;
      }
    }
    return -1;
  }

  private static byte[] answer(ApiError error) {
    Reply reply = Reply.error(error);
    byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
    byte[] head = ascii("HTTP/1.1 400 Bad Request\r\nContent-Type: " + reply.contentType()
        + "\r\nX-Content-Type-Options: nosniff\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n");
    return ByteBuffer.allocate(head.length + body.length).put(head).put(body).array();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
