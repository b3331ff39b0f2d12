package dev.gazette.server;

import io.undertow.io.Receiver;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.xnio.XnioExecutor;

/**
 * Reads request bodies on the I/O thread as their bytes arrive, so a client that sends its body
 * slowly, or stalls halfway, holds no thread. A body must fit the size limit (413 {@code
 * payload_too_large}, answered before reading when {@code Content-Length} says so, which also
 * answers {@code Expect: 100-continue} without the body being sent), arrive within the body timeout
 * (408 {@code request_timeout}, then the connection is closed), and fit the memory all bodies being
 * read at once may hold (503 {@code overloaded}), a quarter of the heap. A body that ends before
 * its {@code Content-Length} or its last chunk (the client closed its side) is a 400 {@code
 * invalid_request}, written if the connection still takes it. Any refusal closes the connection,
 * since the rest of the body is never read.
 */
final class BodyReader {
  /** Largest buffer allocated up front, whatever {@code Content-Length} announces. */
  private static final int FIRST_BUFFER = 64 * 1024;

  private final long maxBytes;
  private final Duration timeout;
  private final long budgetBytes;
  private final AtomicLong buffered = new AtomicLong();

  /** What becomes of one body. */
  interface Outcome {
    /** The whole body arrived. */
    void read(byte[] body);

    /** The body was refused; the connection closes after the answer. */
    void refused(ApiError error);
  }

  /** A reader of bodies up to {@code maxBytes}, each within {@code timeout}. */
  BodyReader(long maxBytes, Duration timeout) {
    this(maxBytes, timeout, Math.max(maxBytes, Runtime.getRuntime().maxMemory() / 4));
  }

  /** A reader that lets all bodies being read at once hold at most {@code budgetBytes}. */
  BodyReader(long maxBytes, Duration timeout, long budgetBytes) {
    this.maxBytes = maxBytes;
    this.timeout = timeout;
    this.budgetBytes = budgetBytes;
  }

  /** The 413 answer for a body over the limit. */
  ApiError tooLarge() {
    return new ApiError(413, "payload_too_large", "the request body is larger than the limit of " + maxBytes + " bytes");
  }

  /** Reads the body of {@code exchange}, called on its I/O thread; tells {@code outcome} how it went. */
  void read(HttpServerExchange exchange, Outcome outcome) {
    if (exchange.isRequestComplete()) {
      outcome.read(new byte[0]);
      return;
    }
    long declared = exchange.getRequestContentLength();
    if (declared > maxBytes) {
      exchange.setPersistent(false);
      outcome.refused(tooLarge());
      return;
    }
    new Reading(exchange, outcome, declared).start();
  }

  /** One body being read: its bytes so far, its deadline, and what it holds of the budget. */
  private final class Reading implements Receiver.PartialBytesCallback, Receiver.ErrorCallback {
    private final HttpServerExchange exchange;
    private final Outcome outcome;
    private final ByteArrayOutputStream bytes;
    private long reserved;
    private boolean finished;
    private XnioExecutor.Key deadline;

    Reading(HttpServerExchange exchange, Outcome outcome, long declared) {
      this.exchange = exchange;
      this.outcome = outcome;
      this.bytes = new ByteArrayOutputStream((int) Math.min(FIRST_BUFFER, declared < 0 ? FIRST_BUFFER : declared));
    }

    void start() {
      exchange.addExchangeCompleteListener((done, next) -> {
        buffered.addAndGet(-reserved);
        next.proceed();
      });
      deadline = exchange.getIoThread().executeAfter(this::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
      exchange.getRequestReceiver().receivePartialBytes(this, this);
    }

    @Override
    public void handle(HttpServerExchange exchange, byte[] chunk, boolean last) {
      if (finished) {
        return;
      }
      if (bytes.size() + (long) chunk.length > maxBytes) {
        refuse(tooLarge());
        return;
      }
      if (buffered.addAndGet(chunk.length) > budgetBytes) {
        buffered.addAndGet(-chunk.length);
        refuse(ApiError.overloaded("the server is reading too many request bodies at once; retry shortly"));
        return;
      }
      reserved += chunk.length;
      bytes.write(chunk, 0, chunk.length);
      if (last) {
        finished = true;
        deadline.remove();
        outcome.read(bytes.toByteArray());
      }
    }

    @Override
    public void error(HttpServerExchange exchange, IOException e) {
      if (finished) {
        return;
      }
      refuse(e instanceof RequestTooBigException ? tooLarge() : cutShort());
    }

    /** The 400 for a body that ended (the client closed its side) before all of it arrived. */
    private ApiError cutShort() {
      long declared = exchange.getRequestContentLength();
      return new ApiError(400, "invalid_request", declared >= 0
          ? "the request body ended after " + bytes.size() + " of the " + declared + " bytes its Content-Length announced"
          : "the request body ended before its last chunk");
    }

    private void expire() {
      if (!finished) {
        refuse(new ApiError(408, "request_timeout", "the request body did not arrive within "
            + timeout.toSeconds() + " s; the connection is closed"));
      }
    }

    private void refuse(ApiError error) {
      finished = true;
      deadline.remove();
      exchange.getRequestReceiver().pause();
      exchange.setPersistent(false);
      outcome.refused(error);
    }
  }
}
