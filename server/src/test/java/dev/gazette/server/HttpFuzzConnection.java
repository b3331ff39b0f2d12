package dev.gazette.server;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * One HTTP/1.1 client connection over a plain socket for the HTTP fuzzer: sends request bytes
 * exactly as given and parses the answers itself (Content-Length, chunked or close-delimited
 * bodies, HEAD, interim 1xx), so nothing a Java HTTP client would tidy up is hidden. A connection is
 * kept alive across well-framed requests, which may be pipelined ({@link #pipeline}); {@link
 * #oneShots} sends requests whose framing is broken each on a connection of its own and reads every
 * answer until the server closes it.
 */
final class HttpFuzzConnection implements AutoCloseable {
  private static final int MAX_HEAD = 1 << 20;
  private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] \\d{3}( .*)?");

  /**
   * One answer.
   *
   * @param status the status code
   * @param headers header names in lower case, to their values in order
   * @param body the body, gunzipped when the server compressed it
   * @param millis from sending the request to the end of the answer
   */
  record Answer(int status, Map<String, List<String>> headers, byte[] body, double millis) {
    /** The first value of header {@code name} (lower case), or {@code ""}. */
    String header(String name) {
      List<String> values = headers.get(name);
      return values == null ? "" : values.getFirst();
    }

    /** The body as UTF-8 text. */
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    boolean closes() {
      return header("connection").equalsIgnoreCase("close");
    }
  }

  /** The answer stream was not HTTP, or the server went away before answering: what was seen. */
  static final class NoAnswer extends Exception {
    NoAnswer(String what) {
      super(what);
    }
  }

  private final URI server;
  private final Duration timeout;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private boolean used;
  /** The last requests written on this socket, up to {@value #HISTORY}, before the last write. */
  private final Deque<byte[]> history = new ArrayDeque<>();
  private List<byte[]> earlier = List.of();
  private static final int HISTORY = 3;

  HttpFuzzConnection(URI server, Duration timeout) {
    this.server = server;
    this.timeout = timeout;
  }

  /**
   * Sends {@code request} on the kept-alive connection (a fresh one when the server closed the last)
   * and reads its one answer. A reused connection the server closed before answering is retried
   * once on a new one, as HTTP clients do.
   */
  Answer exchange(byte[] request, boolean head) throws NoAnswer {
    boolean reused = socket != null && used;
    try {
      return exchangeOnce(request, head);
    } catch (NoAnswer e) {
      if (!reused || !e.getMessage().startsWith("closed before")) {
        throw e;
      }
      return exchangeOnce(request, head);
    }
  }

  /**
   * What a pipelined batch drew.
   *
   * @param answers the answers read, in order; fewer than the requests when the server closed early
   * @param broken why reading stopped before every request was answered, or {@code null} when the
   *     server answered all, or closed the connection after an answer that said so, or before an
   *     answer began (the requests left were then never taken up, and may be sent again)
   */
  record Pipelined(List<Answer> answers, String broken) {}

  /** Writes all of {@code batch} at once on the kept-alive connection and reads their answers in order. */
  Pipelined pipeline(List<HttpFuzzRequest> batch) {
    List<Answer> answers = new ArrayList<>();
    long start = System.nanoTime();
    try {
      if (socket == null) {
        open();
      }
      used = true;
      remember(batch.stream().map(HttpFuzzRequest::bytes).toList());
      try {
        for (HttpFuzzRequest request : batch) {
          out.write(request.bytes());
        }
        out.flush();
      } catch (IOException e) {
        // the server closed part-way: read what it answered
      }
      for (HttpFuzzRequest request : batch) {
        Answer answer = read(in, request.head(), start);
        answers.add(answer);
        if (answer.closes()) {
          close();
          break;
        }
      }
      return new Pipelined(answers, null);
    } catch (NoAnswer e) {
      close();
      return new Pipelined(answers, e.getMessage().startsWith("closed before") ? null : e.getMessage());
    } catch (SocketTimeoutException e) {
      close();
      return new Pipelined(answers, "no answer within " + timeout.toSeconds() + " s");
    } catch (IOException e) {
      close();
      return new Pipelined(answers, null);
    }
  }

  private Answer exchangeOnce(byte[] request, boolean head) throws NoAnswer {
    long start = System.nanoTime();
    try {
      if (socket == null) {
        open();
      }
      used = true;
      remember(List.of(request));
      try {
        out.write(request);
        out.flush();
      } catch (IOException e) {
        // the server may refuse before reading all of it (a 413, say): read what it answered
      }
      Answer answer = read(in, head, start);
      if (answer.closes()) {
        close();
      }
      return answer;
    } catch (NoAnswer e) {
      close();
      throw e;
    } catch (SocketTimeoutException e) {
      close();
      throw new NoAnswer("no answer within " + timeout.toSeconds() + " s");
    } catch (IOException e) {
      close();
      throw new NoAnswer("closed before an answer (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * What a request sent on a connection of its own drew: its answers (garbage may draw several or
   * none), or why there was no proper answer.
   *
   * @param answers every answer read until the server closed the connection
   * @param failure what went wrong instead, or {@code null}
   */
  record Shot(List<Answer> answers, NoAnswer failure) {}

  /**
   * Sends each of {@code requests} on a connection of its own and half-closes it, all before reading
   * any answer, so that the server takes them up side by side; then reads every answer of each until
   * the server closes its connection.
   */
  static List<Shot> oneShots(URI server, List<HttpFuzzRequest> requests, Duration timeout) {
    long start = System.nanoTime();
    List<Socket> sockets = new ArrayList<>();
    try {
      for (HttpFuzzRequest request : requests) {
        sockets.add(send(server, request.bytes(), timeout));
      }
      List<Shot> shots = new ArrayList<>();
      for (int i = 0; i < requests.size(); i++) {
        shots.add(collect(sockets.get(i), requests.get(i).head(), start, timeout));
      }
      return shots;
    } finally {
      sockets.forEach(HttpFuzzConnection::closeQuietly);
    }
  }

  /** Sends {@code request} on a new connection and half-closes it; the socket, or {@code null} when no connection was made. */
  private static Socket send(URI server, byte[] request, Duration timeout) {
    Socket socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), (int) timeout.toMillis());
      socket.setSoTimeout((int) timeout.toMillis());
    } catch (IOException e) {
      closeQuietly(socket);
      return null;
    }
    try {
      socket.getOutputStream().write(request);
      socket.shutdownOutput();
    } catch (IOException e) {
      // refused part-way: read what it answered
    }
    return socket;
  }

  /** Reads every answer on {@code socket} until the server closes it. */
  private static Shot collect(Socket socket, boolean head, long start, Duration timeout) {
    List<Answer> answers = new ArrayList<>();
    if (socket == null) {
      return new Shot(answers, new NoAnswer("could not connect"));
    }
    try {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      while (true) {
        answers.add(read(in, head, start));
      }
    } catch (NoAnswer e) {
      return new Shot(answers, e.getMessage().startsWith("closed before") ? null : e);
    } catch (SocketTimeoutException e) {
      return new Shot(answers, new NoAnswer("the connection stayed open " + timeout.toSeconds()
          + " s after a half-closed request"));
    } catch (IOException e) {
      return new Shot(answers, null); // reset by the server
    }
  }

  private static void closeQuietly(Socket socket) {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // already closed
      }
    }
  }

  /**
   * The requests written on this connection just before the last write (a pipelined batch or one
   * request): the context of a failure, since a request is read after them on the same connection.
   */
  List<byte[]> earlier() {
    return earlier;
  }

  private void remember(List<byte[]> requests) {
    earlier = List.copyOf(history);
    for (byte[] request : requests) {
      history.addLast(request);
      if (history.size() > HISTORY) {
        history.removeFirst();
      }
    }
  }

  private void open() throws IOException {
    socket = new Socket();
    socket.setSendBufferSize(1 << 18);
    socket.setReceiveBufferSize(1 << 18);
    socket.connect(new InetSocketAddress(server.getHost(), server.getPort()));
    socket.setTcpNoDelay(true);
    socket.setSoTimeout((int) timeout.toMillis());
    in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
    out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
    used = false;
    history.clear();
  }

  private static Answer read(InputStream in, boolean head, long start) throws IOException, NoAnswer {
    while (true) {
      String statusLine = line(in, true);
      if (!STATUS_LINE.matcher(statusLine).matches()) {
        throw new NoAnswer("not an HTTP status line: " + HttpFuzzRequest.show(statusLine.getBytes(StandardCharsets.ISO_8859_1)));
      }
      int status = Integer.parseInt(statusLine.substring(9, 12));
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (String line = line(in, false); !line.isEmpty(); line = line(in, false)) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
          throw new NoAnswer("a malformed answer header: " + line);
        }
        headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(line.substring(colon + 1).trim());
      }
      if (status >= 100 && status < 200 && status != 101) {
        continue; // 100 Continue before the real answer
      }
      byte[] body = head || status == 204 || status == 304 || status == 101 ? new byte[0] : body(in, headers);
      if (headers.getOrDefault("content-encoding", List.of()).contains("gzip") && body.length > 0) {
        body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
      }
      return new Answer(status, headers, body, (System.nanoTime() - start) / 1e6);
    }
  }

  private static byte[] body(InputStream in, Map<String, List<String>> headers) throws IOException, NoAnswer {
    if (headers.getOrDefault("transfer-encoding", List.of()).stream().anyMatch(v -> v.equalsIgnoreCase("chunked"))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int size = chunkSize(line(in, false)); size > 0; size = chunkSize(line(in, false))) {
        out.write(exactly(in, size));
        line(in, false);
      }
      for (String trailer = line(in, false); !trailer.isEmpty(); trailer = line(in, false)) {
        // trailers are not used
      }
      return out.toByteArray();
    }
    List<String> length = headers.get("content-length");
    if (length != null) {
      return exactly(in, Integer.parseInt(length.getFirst()));
    }
    return in.readAllBytes();
  }

  private static int chunkSize(String line) throws NoAnswer {
    try {
      return Integer.parseInt(line.split(";", 2)[0].trim(), 16);
    } catch (NumberFormatException e) {
      throw new NoAnswer("a malformed chunk size in the answer: " + line);
    }
  }

  private static byte[] exactly(InputStream in, int count) throws IOException, NoAnswer {
    byte[] bytes = in.readNBytes(count);
    if (bytes.length < count) {
      throw new NoAnswer("the answer's body was cut at " + bytes.length + " of " + count + " bytes");
    }
    return bytes;
  }

  /** One line without its CRLF; at the first byte of an answer, end of stream is "closed before". */
  private static String line(InputStream in, boolean first) throws IOException, NoAnswer {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new NoAnswer(first && out.size() == 0 ? "closed before an answer" : "the answer was cut short");
      }
      if (out.size() > MAX_HEAD) {
        throw new NoAnswer("an answer line over " + MAX_HEAD + " bytes");
      }
      out.write(b);
    }
    String line = out.toString(StandardCharsets.ISO_8859_1);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // already closed
      }
      socket = null;
    }
  }
}
