package dev.gazette.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One request the HTTP fuzzer sends, as the exact bytes on the wire.
 *
 * @param kind what the generator meant to try, such as {@code query/escapes} or {@code header/huge}:
 *     failures are grouped by it
 * @param bytes the whole request, line, headers and body
 * @param head whether it is a {@code HEAD} request (its answers have no body)
 * @param framed whether its framing is sound, so it can share a kept-alive connection and is owed
 *     an answer; a request that is not goes on a connection of its own, half-closed after it, and
 *     may be answered or just closed
 * @param tracked the write or read of a tracked article whose answer the model checks, or {@code null}
 */
record HttpFuzzRequest(String kind, byte[] bytes, boolean head, boolean framed,
    HttpFuzzModel.Op tracked) {

  private static final int SHOWN = 2_000;

  /** The request as text a reader can paste: printable ASCII as is, CR LF as {@code \r\n}, other bytes as {@code \xHH}. */
  String show() {
    return show(bytes);
  }

  /** {@code bytes} shown as {@link #show()} does, the middle of a long one left out. */
  static String show(byte[] bytes) {
    if (bytes.length <= SHOWN) {
      return escape(bytes, 0, bytes.length);
    }
    return escape(bytes, 0, SHOWN - 100) + "…[" + (bytes.length - SHOWN) + " bytes left out]…"
        + escape(bytes, bytes.length - 100, bytes.length);
  }

  private static String escape(byte[] bytes, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      int b = bytes[i] & 0xff;
      if (b == '\r') {
        out.append("\\r");
      } else if (b == '\n') {
        out.append("\\n");
      } else if (b == '\\') {
        out.append("\\\\");
      } else if (b >= 0x20 && b < 0x7f) {
        out.append((char) b);
      } else {
        out.append(String.format("\\x%02X", b));
      }
    }
    return out.toString();
  }

  /** Builds a request's bytes. */
  static final class Bytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Bytes add(String ascii) {
      return add(ascii.getBytes(StandardCharsets.UTF_8));
    }

    Bytes add(byte[] bytes) {
      out.writeBytes(bytes);
      return this;
    }

    Bytes header(String name, String value) {
      return add(name).add(": ").add(value).add("\r\n");
    }

    byte[] bytes() {
      return out.toByteArray();
    }
  }
}
