package dev.gazette.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP/1.1 spoken over a plain socket, as slow and hostile clients speak it: requests cut off
 * halfway and held open, and single requests timed from connecting to the last byte of the answer.
 */
final class RawHttp {
  private RawHttp() {}

  /**
   * One answer on its own connection.
   *
   * @param status the status code, or 0 when no answer came in time
   * @param text the whole answer, head and body
   * @param millis from connecting to the end of the answer
   */
  record Answer(int status, String text, double millis) {
    /** The body, after the head. */
    String body() {
      int end = text.indexOf("\r\n\r\n");
      return end < 0 ? "" : text.substring(end + 4);
    }
  }

  /** Sends {@code request} (with {@code Connection: close} already in it) on a new connection and reads the answer. */
  static Answer exchange(URI server, String request, Duration timeout) {
    return exchange(server, request.getBytes(StandardCharsets.UTF_8), timeout);
  }

  /** Sends {@code request} bytes on a new connection and reads the answer until the server closes it. */
  static Answer exchange(URI server, byte[] request, Duration timeout) {
    long start = System.nanoTime();
    try (Socket socket = connect(server)) {
      socket.setSoTimeout((int) timeout.toMillis());
      socket.getOutputStream().write(request);
      String text = readToEnd(socket.getInputStream());
      int status = text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : 0;
      return new Answer(status, text, (System.nanoTime() - start) / 1e6);
    } catch (SocketTimeoutException e) {
      return new Answer(0, "", (System.nanoTime() - start) / 1e6);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code GET path} on a new connection. */
  static Answer get(URI server, String path, Duration timeout) {
    return exchange(server, "GET " + path + " HTTP/1.1\r\nHost: gazette\r\nConnection: close\r\n\r\n", timeout);
  }

  /** A whole {@code method} request for {@code path} with {@code json} as its body, closing the connection after. */
  static String request(String method, String path, String json) {
    return method + " " + path + " HTTP/1.1\r\nHost: gazette\r\nConnection: close\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
  }

  /** A connection that has sent part of a request's headers and then nothing more. */
  static Socket slowHeaders(URI server) {
    return opened(server, "GET /api/search?q=oil HTTP/1.1\r\nHost: gazette\r\nUser-Agent: slow");
  }

  /** A connection that has sent a search's headers and one byte of its 100-byte body, then nothing more. */
  static Socket slowBody(URI server) {
    return opened(server, "POST /api/search HTTP/1.1\r\nHost: gazette\r\nContent-Type: application/json\r\n"
        + "Content-Length: 100\r\n\r\n{");
  }

  /** Opens {@code count} connections with {@code opener}. */
  static List<Socket> open(int count, java.util.function.Function<URI, Socket> opener, URI server) {
    List<Socket> sockets = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sockets.add(opener.apply(server));
    }
    return sockets;
  }

  /**
   * Whether the server closes {@code socket} within {@code timeout}; whatever it answers first (a
   * 408, say) is returned through {@code answered} when given.
   */
  static boolean closedWithin(Socket socket, Duration timeout, StringBuilder answered) {
    try {
      socket.setSoTimeout((int) timeout.toMillis());
      String text = readToEnd(socket.getInputStream());
      if (answered != null) {
        answered.append(text);
      }
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true; // reset by the server
    }
  }

  /** Closes every socket, ignoring failures. */
  static void closeAll(List<Socket> sockets) {
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException e) {
        // already closed by the server
      }
    }
  }

  /** The median of {@code values}. */
  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static Socket opened(URI server, String start) {
    try {
      Socket socket = connect(server);
      socket.getOutputStream().write(start.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      return socket;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Socket connect(URI server) throws IOException {
    Socket socket = new Socket(server.getHost(), server.getPort());
    socket.setTcpNoDelay(true);
    return socket;
  }

  private static String readToEnd(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      out.write(buffer, 0, n);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
