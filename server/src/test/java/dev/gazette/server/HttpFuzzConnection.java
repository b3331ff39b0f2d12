package dev.gazette.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * One HTTP/1.1 client connection over a plain socket for the HTTP fuzzer: sends request bytes
 * exactly as given and parses the answers itself (Content-Length, chunked or close-delimited
 * bodies, HEAD, interim 1xx), so nothing a Java HTTP client would tidy up is hidden. A connection is
 * kept alive across well-framed requests; {@link #oneShot} sends a request whose framing is broken
 * on a connection of its own and reads every answer until the server closes it.
 */
final class HttpFuzzConnection implements AutoCloseable {
  private static final int MAX_HEAD = 1 << 20;

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
  private boolean used;

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

  private Answer exchangeOnce(byte[] request, boolean head) throws NoAnswer {
    long start = System.nanoTime();
    try {
      if (socket == null) {
        open();
      }
      used = true;
      try {
        socket.getOutputStream().write(request);
        socket.getOutputStream().flush();
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
   * Sends {@code request} on a connection of its own, half-closes it, and reads every answer until
   * the server closes the connection. Garbage may draw several answers or none.
   */
  static List<Answer> oneShot(URI server, byte[] request, boolean head, Duration timeout) throws NoAnswer {
    long start = System.nanoTime();
    List<Answer> answers = new ArrayList<>();
    try (Socket socket = new Socket(server.getHost(), server.getPort())) {
      socket.setSoTimeout((int) timeout.toMillis());
      try {
        socket.getOutputStream().write(request);
        socket.shutdownOutput();
      } catch (IOException e) {
        // refused part-way: read what it answered
      }
      InputStream in = new BufferedInputStream(socket.getInputStream());
      while (true) {
        try {
          answers.add(read(in, head, start));
        } catch (NoAnswer e) {
          if (e.getMessage().startsWith("closed before")) {
            return answers;
          }
          throw e;
        }
      }
    } catch (SocketTimeoutException e) {
      throw new NoAnswer("the connection stayed open " + timeout.toSeconds() + " s after a half-closed request");
    } catch (IOException e) {
      return answers; // reset by the server
    }
  }

  private void open() throws IOException {
    socket = new Socket(server.getHost(), server.getPort());
    socket.setTcpNoDelay(true);
    socket.setSoTimeout((int) timeout.toMillis());
    in = new BufferedInputStream(socket.getInputStream());
    used = false;
  }

  private static Answer read(InputStream in, boolean head, long start) throws IOException, NoAnswer {
    while (true) {
      String statusLine = line(in, true);
      if (!statusLine.matches("HTTP/1\\.[01] \\d{3}( .*)?")) {
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
