package dev.gazette.bench.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection with as little client-side work as possible: requests are
 * written as prepared bytes and answers read by {@code Content-Length} or chunks, so that what the
 * load generator measures is the server. Reconnects when the server closes the connection.
 */
public final class HttpConnection implements AutoCloseable {
  private final String host;
  private final int port;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  /** A connection to {@code host:port}, opened on first use. */
  public HttpConnection(String host, int port) {
    this.host = host;
    this.port = port;
  }

  /** A status and body. */
  public record Response(int status, byte[] body) {
    /** The body as UTF-8 text. */
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** The bytes of a request: method, target, and a body (or {@code null}) with its content type. */
  public static byte[] request(String method, String target, String host, int port, String contentType, byte[] body) {
    StringBuilder head = new StringBuilder()
        .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
        .append("Host: ").append(host).append(':').append(port).append("\r\n");
    if (body != null) {
      head.append("Content-Type: ").append(contentType).append("\r\n")
          .append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
    if (body == null) {
      return headBytes;
    }
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }

  /** A GET of {@code target}. */
  public Response get(String target) throws IOException {
    return send(request("GET", target, host, port, null, null));
  }

  /** A request with a JSON body. */
  public Response send(String method, String target, String json) throws IOException {
    return send(request(method, target, host, port, "application/json", json.getBytes(StandardCharsets.UTF_8)));
  }

  /** Sends prepared request bytes and reads the answer, reconnecting once if the connection was closed. */
  public Response send(byte[] request) throws IOException {
    try {
      return exchange(request);
    } catch (IOException e) {
      close();
      return exchange(request);
    }
  }

  private Response exchange(byte[] request) throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(host, port), 5_000);
      in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
      out = socket.getOutputStream();
    }
    out.write(request);
    out.flush();
    String status = line();
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean closing = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).strip());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        closing = true;
      }
    }
    byte[] body = chunked ? chunks() : in.readNBytes((int) Math.max(0, length));
    if (closing) {
      close();
    }
    return new Response(code, body);
  }

  private byte[] chunks() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = line();
      int semicolon = size.indexOf(';');
      int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
      if (length == 0) {
        while (!line().isEmpty()) {
          // trailers
        }
        return body.toByteArray();
      }
      body.write(in.readNBytes(length));
      line();
    }
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder();
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("connection closed");
      }
      if (b == '\n') {
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
      }
      line.append((char) b);
    }
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // Closing anyway.
      }
      socket = null;
    }
  }
}
