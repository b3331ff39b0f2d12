package dev.gazette.bench.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Connections that send part of a request and then nothing more, as a slow or hostile client does,
 * each watched (on a virtual thread) until the server closes it, so that what the server's time
 * limits do to them can be counted.
 */
public final class SlowClients implements AutoCloseable {

  /** What a slow connection sends before it stalls. */
  public enum Kind {
    /** Part of a search's request line and headers. */
    HEADERS("GET /api/search?q=oil HTTP/1.1\r\nHost: gazette\r\nUser-Agent: slow"),
    /** A search's whole head and one byte of its announced 100-byte body. */
    BODY("POST /api/search HTTP/1.1\r\nHost: gazette\r\nContent-Type: application/json\r\n"
        + "Content-Length: 100\r\n\r\n{");

    private final byte[] start;

    Kind(String start) {
      this.start = start.getBytes(StandardCharsets.US_ASCII);
    }
  }

  /**
   * How the server ended one slow connection.
   *
   * @param kind what the connection had sent
   * @param seconds from opening the connection to its close by the server
   * @param status the status the server answered before closing, or 0 for none
   */
  public record Closing(Kind kind, double seconds, int status) {}

  private record Watched(Socket socket, CompletableFuture<Closing> closing) {}

  private final List<Watched> watched = new ArrayList<>();

  private SlowClients() {}

  /** Opens {@code headers} slow-header and {@code bodies} slow-body connections to {@code host:port}. */
  public static SlowClients open(String host, int port, int headers, int bodies) throws IOException {
    SlowClients clients = new SlowClients();
    try {
      for (int i = 0; i < headers + bodies; i++) {
        clients.openOne(host, port, i < headers ? Kind.HEADERS : Kind.BODY);
      }
    } catch (IOException e) {
      clients.close();
      throw e;
    }
    return clients;
  }

  /** How many connections the server has not closed yet. */
  public long open() {
    return watched.stream().filter(w -> !w.closing().isDone()).count();
  }

  /** The connections the server closes within {@code timeout} (from now), in the order they were opened. */
  public List<Closing> awaitClosed(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Closing> closed = new ArrayList<>();
    for (Watched w : watched) {
      try {
        closed.add(w.closing().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
      } catch (TimeoutException stillOpen) {
        // Counted as not closed.
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
    return closed;
  }

  /** Closes every connection the server has not closed. */
  @Override
  public void close() {
    for (Watched w : watched) {
      try {
        w.socket().close();
      } catch (IOException alreadyClosed) {
        // Closed by the server.
      }
    }
  }

  private void openOne(String host, int port, Kind kind) throws IOException {
    Socket socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.connect(new InetSocketAddress(host, port), 5_000);
    long opened = System.nanoTime();
    socket.getOutputStream().write(kind.start);
    socket.getOutputStream().flush();
    CompletableFuture<Closing> closing = new CompletableFuture<>();
    Thread.ofVirtual().start(() -> closing.complete(watch(socket, kind, opened)));
    watched.add(new Watched(socket, closing));
  }

  /** Reads {@code socket} until the server closes it (or resets it): when, and with which status. */
  private static Closing watch(Socket socket, Kind kind, long opened) {
    byte[] answer;
    try (InputStream in = socket.getInputStream()) {
      answer = in.readAllBytes();
    } catch (IOException reset) {
      answer = new byte[0];
    }
    double seconds = (System.nanoTime() - opened) / 1e9;
    String head = new String(answer, 0, Math.min(answer.length, 12), StandardCharsets.US_ASCII);
    int status = head.matches("HTTP/1\\.1 \\d{3}") ? Integer.parseInt(head.substring(9)) : 0;
    return new Closing(kind, seconds, status);
  }
}
