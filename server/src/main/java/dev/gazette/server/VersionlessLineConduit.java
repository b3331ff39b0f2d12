package dev.gazette.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.xnio.conduits.AbstractStreamSourceConduit;
import org.xnio.conduits.StreamSourceConduit;

/**
 * The incoming bytes of one connection, with an HTTP/0.9-style first request line (such as {@code
 * GET /health} and its line end, with no HTTP version) made one Undertow's parser refuses at once.
 *
 * <p>Undertow is told to take unescaped characters in URLs (raw UTF-8, {@code "}, {@code {}}), and
 * then takes a CR or LF as part of the URL too: it would wait for the rest of such a line until the
 * header timeout and close the connection without an answer. This conduit watches the first line of
 * the connection only (HTTP/0.9 has no persistent connections, so its request is always the first)
 * and, when that line ends before its second space, turns the line end into a space: Undertow then
 * reads the next byte (the LF of CR LF, or the blank line) as the HTTP version, refuses it, and
 * {@link MalformedRequestConduit} sends the JSON 400. Every byte after the first line passes
 * through untouched, as does a first line with a method, a URL and a version.
 */
final class VersionlessLineConduit extends AbstractStreamSourceConduit<StreamSourceConduit> {
  /** Spaces in a request line with a version: after the method and after the URL. */
  private static final int SPACES = 2;

  private boolean firstLine = true;
  private int spaces;

  /** Wraps the connection's incoming conduit {@code next}. */
  VersionlessLineConduit(StreamSourceConduit next) {
    super(next);
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    int start = dst.position();
    int read = next.read(dst);
    if (firstLine && read > 0) {
      check(dst, start, dst.position());
    }
    return read;
  }

  @Override
  public long read(ByteBuffer[] dsts, int offs, int len) throws IOException {
    if (!firstLine) {
      return next.read(dsts, offs, len);
    }
    int[] starts = new int[len];
    for (int i = 0; i < len; i++) {
      starts[i] = dsts[offs + i].position();
    }
    long read = next.read(dsts, offs, len);
    for (int i = 0; i < len && firstLine && read > 0; i++) {
      check(dsts[offs + i], starts[i], dsts[offs + i].position());
    }
    return read;
  }

  /** Looks at the bytes just read into {@code buffer} between {@code from} and {@code to}. */
  private void check(ByteBuffer buffer, int from, int to) {
    for (int i = from; i < to && firstLine; i++) {
      byte b = buffer.get(i);
      if (b == ' ') {
        spaces++;
      } else if (b == '\r' || b == '\n') {
        firstLine = false;
        if (spaces == SPACES - 1) {
          buffer.put(i, (byte) ' ');
        }
      }
    }
  }
}
