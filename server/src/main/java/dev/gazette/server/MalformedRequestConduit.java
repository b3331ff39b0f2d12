package dev.gazette.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.xnio.Buffers;
import org.xnio.conduits.AbstractStreamSinkConduit;
import org.xnio.conduits.Conduits;
import org.xnio.conduits.StreamSinkConduit;

/**
 * The outgoing bytes of one connection, with Undertow's own bare refusals replaced by Gazette's JSON
 * ones.
 *
 * <p>When Undertow's parser cannot read a request line or its headers (a {@code %} not followed by
 * two hex digits, a space in the URL, a garbage request line, more header lines or bytes than its
 * caps), or its {@code Host} check refuses a request, it writes a 400 with no body and closes the
 * connection; no handler ever sees the request, so no handler can answer it. This conduit sits under
 * every other on the connection and, when a write ends with such a refusal ({@link
 * UndertowRefusal}), sends the documented JSON 400 {@code invalid_request}, with its {@code
 * Content-Type}, in its place. It reports those bytes written only once the whole JSON answer is,
 * so a partial write is taken up again where it stopped, and Undertow closes the connection only
 * after the whole answer left. Every other write, single or gathering, passes through untouched.
 */
final class MalformedRequestConduit extends AbstractStreamSinkConduit<StreamSinkConduit> {
  /** What Undertow 2.4 writes when it cannot parse a request. */
  static final byte[] BARE_REFUSAL = UndertowRefusal.BARE;

  /** What the client is told instead: the parts of a request Undertow refuses to read. */
  static final ApiError ERROR = UndertowRefusal.MALFORMED;

  /** The whole answer sent in place of {@link #BARE_REFUSAL}. */
  static final byte[] ANSWER = UndertowRefusal.atEnd(ByteBuffer.wrap(BARE_REFUSAL)).answer();

  /** The rest of the JSON answer still to be written, while a refusal is being replaced. */
  private ByteBuffer answerLeft;

  /** Wraps the connection's outgoing conduit {@code next}. */
  MalformedRequestConduit(StreamSinkConduit next) {
    super(next);
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    UndertowRefusal refusal = UndertowRefusal.atEnd(src);
    if (refusal == null) {
      return next.write(src);
    }
    return (int) replacingRefusal(src, refusal, src.remaining() - refusal.length(), () -> next.write(src));
  }

  @Override
  public long write(ByteBuffer[] srcs, int offs, int len) throws IOException {
    UndertowRefusal refusal = len == 0 ? null : UndertowRefusal.atEnd(srcs[offs + len - 1]);
    if (refusal == null) {
      return next.write(srcs, offs, len);
    }
    long headLeft = Buffers.remaining(srcs, offs, len) - refusal.length();
    return replacingRefusal(srcs[offs + len - 1], refusal, headLeft, () -> next.write(srcs, offs, len));
  }

  @Override
  public int writeFinal(ByteBuffer src) throws IOException {
    return UndertowRefusal.atEnd(src) != null ? Conduits.writeFinalBasic(this, src) : next.writeFinal(src);
  }

  @Override
  public long writeFinal(ByteBuffer[] srcs, int offs, int len) throws IOException {
    return len > 0 && UndertowRefusal.atEnd(srcs[offs + len - 1]) != null
        ? Conduits.writeFinalBasic(this, srcs, offs, len)
        : next.writeFinal(srcs, offs, len);
  }

  /**
   * Writes the {@code headLeft} bytes that come before the refusal ending {@code last} through {@code
   * head} (with {@code last} cut short of the refusal), then the JSON answer; the bytes of the
   * caller's buffers taken, the refusal counted only once the whole answer is written.
   */
  private long replacingRefusal(ByteBuffer last, UndertowRefusal refusal, long headLeft, HeadWrite head)
      throws IOException {
    long written = 0;
    if (headLeft > 0) {
      int limit = last.limit();
      last.limit(limit - refusal.length());
      try {
        written = head.write();
      } finally {
        last.limit(limit);
      }
    }
    if (written < headLeft || !answerWritten(refusal.answer())) {
      return written;
    }
    last.position(last.limit());
    return written + refusal.length();
  }

  /** Writes what is left of {@code answer}; whether all of it is now written. */
  private boolean answerWritten(byte[] answer) throws IOException {
    if (answerLeft == null) {
      answerLeft = ByteBuffer.wrap(answer);
    }
    while (answerLeft.hasRemaining()) {
      if (next.write(answerLeft) == 0) {
        return false;
      }
    }
    answerLeft = null;
    return true;
  }

  /** Writes the bytes before the refusal, as the caller's write would. */
  @FunctionalInterface
  private interface HeadWrite {
    long write() throws IOException;
  }
}
