package dev.gazette.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.xnio.Buffers;
import org.xnio.conduits.AbstractStreamSinkConduit;
import org.xnio.conduits.Conduits;
import org.xnio.conduits.StreamSinkConduit;

/**
 * The outgoing bytes of one connection, with Undertow's bare refusal replaced by Gazette's JSON one.
 *
 * <p>When Undertow's parser cannot read a request line or its headers (a {@code %} not followed by
 * two hex digits, a space in the URL, a garbage request line, more header lines or bytes than its
 * caps), it writes a fixed {@code 400 Bad Request} with no body and closes the connection; no
 * handler ever sees the request, so no handler can answer it. This conduit sits under every other
 * on the connection and, when a write ends with exactly those fixed bytes, sends {@link #ANSWER}
 * (the documented JSON 400 {@code invalid_request}, with its {@code Content-Type}) in their place.
 * It reports those bytes written only once the whole JSON answer is, so a partial write is taken up
 * again where it stopped, and Undertow closes the connection only after the whole answer left.
 * Every other write, single or gathering, passes through untouched.
 */
final class MalformedRequestConduit extends AbstractStreamSinkConduit<StreamSinkConduit> {
  /** What Undertow 2.4 writes when it cannot parse a request ({@code HttpReadListener.BAD_REQUEST}). */
  static final byte[] BARE_REFUSAL =
      "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  /** What the client is told instead: the parts of a request Undertow refuses to read. */
  static final ApiError ERROR = new ApiError(400, "invalid_request", "the request line or headers are malformed:"
      + " a % in the URL must be followed by two hex digits, the URL may not contain a space, the request line must be"
      + " METHOD /path HTTP/1.1, each header line Name: value, and the request line and headers may take at most "
      + RequestLimits.HARD_CAP_BYTES + " bytes and " + RequestLimits.HARD_CAP_HEADERS + " header lines");

  /** The whole answer sent in place of {@link #BARE_REFUSAL}. */
  static final byte[] ANSWER = answer(Reply.error(ERROR));

  /** The rest of {@link #ANSWER} still to be written, while a refusal is being replaced. */
  private ByteBuffer answerLeft;

  /** Wraps the connection's outgoing conduit {@code next}. */
  MalformedRequestConduit(StreamSinkConduit next) {
    super(next);
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    if (!endsWithRefusal(src)) {
      return next.write(src);
    }
    return (int) replacingRefusal(src, src.remaining() - BARE_REFUSAL.length, () -> next.write(src));
  }

  @Override
  public long write(ByteBuffer[] srcs, int offs, int len) throws IOException {
    if (len == 0 || !endsWithRefusal(srcs[offs + len - 1])) {
      return next.write(srcs, offs, len);
    }
    long headLeft = Buffers.remaining(srcs, offs, len) - BARE_REFUSAL.length;
    return replacingRefusal(srcs[offs + len - 1], headLeft, () -> next.write(srcs, offs, len));
  }

  @Override
  public int writeFinal(ByteBuffer src) throws IOException {
    return endsWithRefusal(src) ? Conduits.writeFinalBasic(this, src) : next.writeFinal(src);
  }

  @Override
  public long writeFinal(ByteBuffer[] srcs, int offs, int len) throws IOException {
    return len > 0 && endsWithRefusal(srcs[offs + len - 1])
        ? Conduits.writeFinalBasic(this, srcs, offs, len)
        : next.writeFinal(srcs, offs, len);
  }

  /**
   * Writes the {@code headLeft} bytes that come before the refusal ending {@code last} through {@code
   * head} (with {@code last} cut short of the refusal), then the JSON answer; the bytes of the
   * caller's buffers taken, the refusal counted only once the whole answer is written.
   */
  private long replacingRefusal(ByteBuffer last, long headLeft, HeadWrite head) throws IOException {
    long written = 0;
    if (headLeft > 0) {
      int limit = last.limit();
      last.limit(limit - BARE_REFUSAL.length);
      try {
        written = head.write();
      } finally {
        last.limit(limit);
      }
    }
    if (written < headLeft || !answerWritten()) {
      return written;
    }
    last.position(last.limit());
    return written + BARE_REFUSAL.length;
  }

  /** Writes what is left of the answer; whether all of it is now written. */
  private boolean answerWritten() throws IOException {
    if (answerLeft == null) {
      answerLeft = ByteBuffer.wrap(ANSWER);
    }
    while (answerLeft.hasRemaining()) {
      if (next.write(answerLeft) == 0) {
        return false;
      }
    }
    answerLeft = null;
    return true;
  }

  /** Whether the bytes left in {@code buffer} end with {@link #BARE_REFUSAL}. */
  private static boolean endsWithRefusal(ByteBuffer buffer) {
    int start = buffer.limit() - BARE_REFUSAL.length;
    return start >= buffer.position()
        && buffer.slice(start, BARE_REFUSAL.length).mismatch(ByteBuffer.wrap(BARE_REFUSAL)) == -1;
  }

  private static byte[] answer(Reply reply) {
    byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
    byte[] head = ("HTTP/1.1 400 Bad Request\r\nContent-Type: " + reply.contentType()
        + "\r\nX-Content-Type-Options: nosniff\r\nContent-Length: " + body.length
        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    return ByteBuffer.allocate(head.length + body.length).put(head).put(body).array();
  }

  /** Writes the bytes before the refusal, as the caller's write would. */
  @FunctionalInterface
  private interface HeadWrite {
    long write() throws IOException;
  }
}
