package dev.gazette.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Shows how a load is going on stderr: a bar redrawn in place on a terminal (documents, docs/s,
 * ETA), or a plain line every few seconds otherwise. Counting is a single adder increment, so the
 * indexing loop pays nothing for the display, which a background timer draws.
 */
final class Progress implements AutoCloseable {
  private static final Duration REDRAW = Duration.ofMillis(250);
  private static final int BAR_WIDTH = 30;

  private final PrintWriter err;
  private final boolean bar;
  private final OptionalLong total;
  private final long startNanos = System.nanoTime();
  private final LongAdder done = new LongAdder();
  private final ScheduledExecutorService timer;
  private boolean closed;

  private Progress(PrintWriter err, boolean bar, OptionalLong total, Duration every) {
    this.err = err;
    this.bar = bar;
    this.total = total;
    this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("gazette-progress").factory());
    long period = (bar ? REDRAW : every).toMillis();
    timer.scheduleAtFixedRate(this::show, period, period, TimeUnit.MILLISECONDS);
  }

  /** Starts showing progress towards {@code total} articles (empty when unknown). */
  static Progress start(PrintWriter err, Terminal terminal, OptionalLong total, Duration every) {
    return new Progress(err, terminal.interactive(), total, every);
  }

  /** Counts one more article. */
  void advance() {
    done.increment();
  }

  /** Stops the display; a bar is drawn one last time and its line ended. Closing twice does nothing. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    timer.shutdownNow();
    if (bar) {
      draw();
      err.println();
      err.flush();
    }
  }

  private synchronized void show() {
    if (closed) {
      return;
    }
    if (bar) {
      draw();
    } else {
      err.println("indexing: " + status(done.sum()));
    }
    err.flush();
  }

  private void draw() {
    long count = done.sum();
    String graphic = total.isPresent() ? graphic(fraction(count)) + " " : "";
    // Trailing spaces and a carriage return overwrite a longer previous line.
    err.print("\r" + graphic + status(count) + "    ");
  }

  private String status(long count) {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
    // An estimate that turned out low gives no percentage or ETA rather than a wrong one.
    boolean known = total.isPresent() && count <= total.getAsLong();
    StringBuilder text = new StringBuilder(Units.count(count));
    text.append(known
        ? String.format(Locale.ROOT, " of ~%s articles (%d%%)", Units.count(total.getAsLong()), (int) (100 * fraction(count)))
        : " articles");
    text.append(", ").append(Units.rate(count, elapsed));
    double perSecond = Units.perSecond(count, elapsed);
    if (known && perSecond > 0) {
      long seconds = (long) ((total.getAsLong() - count) / perSecond);
      text.append(String.format(Locale.ROOT, ", ETA %d:%02d", seconds / 60, seconds % 60));
    }
    return text.toString();
  }

  private double fraction(long count) {
    long expected = total.orElse(0);
    return expected == 0 ? 1 : Math.min(1, (double) count / expected);
  }

  private static String graphic(double fraction) {
    int filled = (int) Math.round(fraction * BAR_WIDTH);
    return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "]";
  }
}
