package dev.gazette.server;

import io.undertow.UndertowOptions;
import io.undertow.connector.ByteBufferPool;
import io.undertow.server.DefaultByteBufferPool;
import io.undertow.server.HttpHandler;
import io.undertow.server.protocol.http.HttpOpenListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.xnio.ChannelListener;
import org.xnio.ChannelListeners;
import org.xnio.IoUtils;
import org.xnio.OptionMap;
import org.xnio.Options;
import org.xnio.StreamConnection;
import org.xnio.Xnio;
import org.xnio.XnioWorker;
import org.xnio.channels.AcceptingChannel;

/**
 * The HTTP/1.1 listener: Undertow's protocol on an XNIO worker, started as {@code Undertow.start()}
 * starts a plain HTTP listener, with the same defaults, but with each accepted connection's outgoing
 * bytes passed through a {@link MalformedRequestConduit} before Undertow takes the connection, so
 * that even a request Undertow's parser refuses gets the JSON error body, and its incoming bytes
 * through a {@link VersionlessLineConduit}, so that an HTTP/0.9-style line is refused at once.
 *
 * <p>Its options: Undertow's body limit just above {@code --max-body} (its default of 2 MB would
 * refuse larger bodies before Gazette sees them; {@link BodyReader} refuses at {@code --max-body}
 * with a JSON 413, before Undertow cuts the connection), the header and idle timeouts, a write
 * timeout for clients that stop reading, and the connection limit. There is deliberately no read
 * timeout: XNIO's also fires while a slow request is being answered; the body timeout of {@link
 * BodyReader} bounds reading instead. Undertow neither decodes the URL nor refuses unescaped
 * characters in it ({@link PercentDecoder} does both), and its caps on the request head, header
 * lines and query parameters sit above Gazette's own ({@link RequestLimits}, {@link
 * RequestTarget#MAX_PARAMETERS}); what it still refuses on its own is answered by the conduit.
 */
final class HttpListener {
  /** How far past {@code --max-body} Undertow reads before it cuts a connection: more than one read's buffer. */
  private static final long ENTITY_MARGIN = 1024 * 1024;
  /** Undertow's default I/O threads: one per core, at least two. */
  private static final int IO_THREADS = Math.max(Runtime.getRuntime().availableProcessors(), 2);
  /** Undertow's default worker threads: eight per I/O thread. */
  private static final int WORKER_THREADS = IO_THREADS * 8;
  /** Undertow's default buffer: 16 KB less room for protocol headers (UNDERTOW-1209). */
  private static final int BUFFER_SIZE = 16 * 1024 - 20;

  private final XnioWorker worker;
  private final AcceptingChannel<StreamConnection> channel;

  private HttpListener(XnioWorker worker, AcceptingChannel<StreamConnection> channel) {
    this.worker = worker;
    this.channel = channel;
  }

  /** Listens on {@code options}' host and port (0: any free port), answering with {@code handler}. */
  static HttpListener start(ServerOptions options, HttpHandler handler) {
    XnioWorker worker = null;
    try {
      worker = Xnio.getInstance(HttpListener.class.getClassLoader()).createWorker(OptionMap.builder()
          .set(Options.WORKER_IO_THREADS, IO_THREADS)
          .set(Options.CONNECTION_HIGH_WATER, 1_000_000)
          .set(Options.CONNECTION_LOW_WATER, 1_000_000)
          .set(Options.WORKER_TASK_CORE_THREADS, WORKER_THREADS)
          .set(Options.WORKER_TASK_MAX_THREADS, WORKER_THREADS)
          .set(Options.TCP_NODELAY, true)
          .set(Options.CORK, true)
          .getMap());
      HttpOpenListener http = new HttpOpenListener(bufferPool(), undertowOptions(options));
      http.setRootHandler(handler);
      ChannelListener<StreamConnection> open = connection -> {
        connection.getSourceChannel().setConduit(new VersionlessLineConduit(connection.getSourceChannel().getConduit()));
        connection.getSinkChannel().setConduit(new MalformedRequestConduit(connection.getSinkChannel().getConduit()));
        http.handleEvent(connection);
      };
      AcceptingChannel<StreamConnection> channel = worker.createStreamConnectionServer(
          new InetSocketAddress(InetAddress.getByName(options.host()), options.port()),
          ChannelListeners.openListenerAdapter(open), socketOptions(options.connections()));
      channel.resumeAccepts();
      return new HttpListener(worker, channel);
    } catch (IOException e) {
      if (worker != null) {
        worker.shutdownNow();
      }
      throw new UncheckedIOException("cannot listen on " + options.host() + ":" + options.port() + ": " + e.getMessage(), e);
    }
  }

  /** The address listened on, with the actual port when port 0 was asked. */
  InetSocketAddress address() {
    return channel.getLocalAddress(InetSocketAddress.class);
  }

  /** Stops listening, then waits for the I/O and worker threads to end. */
  void stop() {
    IoUtils.safeClose(channel);
    worker.shutdown();
    try {
      worker.awaitTermination();
    } catch (InterruptedException e) {
      worker.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Undertow's protocol options: the body limit, the raised caps, the header and idle timeouts. */
  private static OptionMap undertowOptions(ServerOptions options) {
    ConnectionLimits limits = options.connections();
    return OptionMap.builder()
        .set(UndertowOptions.BUFFER_PIPELINED_DATA, true)
        .set(UndertowOptions.MAX_ENTITY_SIZE, options.maxBodyBytes() + ENTITY_MARGIN)
        .set(UndertowOptions.DECODE_URL, false)
        .set(UndertowOptions.ALLOW_UNESCAPED_CHARACTERS_IN_URL, true)
        .set(UndertowOptions.MAX_HEADER_SIZE, RequestLimits.HARD_CAP_BYTES)
        .set(UndertowOptions.MAX_HEADERS, RequestLimits.HARD_CAP_HEADERS)
        .set(UndertowOptions.MAX_PARAMETERS, RequestLimits.HARD_CAP_BYTES)
        .set(UndertowOptions.REQUEST_PARSE_TIMEOUT, (int) limits.headerTimeout().toMillis())
        .set(UndertowOptions.NO_REQUEST_TIMEOUT, (int) limits.idleTimeout().toMillis())
        .getMap();
  }

  /** The listening socket's options: Undertow's defaults, the write timeout and the connection limit. */
  private static OptionMap socketOptions(ConnectionLimits limits) {
    return OptionMap.builder()
        .set(Options.WORKER_IO_THREADS, IO_THREADS)
        .set(Options.TCP_NODELAY, true)
        .set(Options.REUSE_ADDRESSES, true)
        .set(Options.BALANCING_TOKENS, 1)
        .set(Options.BALANCING_CONNECTIONS, 2)
        .set(Options.BACKLOG, 1000)
        .set(Options.WRITE_TIMEOUT, (int) limits.idleTimeout().toMillis())
        .set(Options.CONNECTION_HIGH_WATER, limits.maxConnections())
        .set(Options.CONNECTION_LOW_WATER, limits.resumeConnections())
        .getMap();
  }

  /** Undertow's default pool: direct 16 KB buffers, smaller ones on a heap under 128 MB. */
  private static ByteBufferPool bufferPool() {
    long heap = Runtime.getRuntime().maxMemory();
    if (heap < 64L * 1024 * 1024) {
      return new DefaultByteBufferPool(false, 512, -1, 4);
    }
    return new DefaultByteBufferPool(true, heap < 128L * 1024 * 1024 ? 1024 : BUFFER_SIZE, -1, 4);
  }
}
