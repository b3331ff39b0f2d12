package dev.gazette.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shows how a load is going on stderr, phase by phase (reading, indexing, committing, checking...),
 * so the display is never silent: on a terminal a line redrawn in place four times a second (a bar
 * with documents, docs/s and ETA while indexing, the time spent so far in any other phase); otherwise
 * a plain line when a phase starts and then every few seconds. Counting is a single atomic store, so
 * the indexing loop pays nothing for the display, which a background timer draws.
 */
final class Progress implements AutoCloseable {
  /** The phase during which a load counts articles. */
  static final String INDEXING = "indexing";
  /** The phase during which {@code gazette embed} and {@code gazette eval} count articles given their vector. */
  static final String EMBEDDING = "embedding";

  private static final Duration REDRAW = Duration.ofMillis(250);
  private static final int BAR_WIDTH = 30;

  private final PrintWriter err;
  private final boolean bar;
  private final AtomicLong done = new AtomicLong();
  private final String counted;
  private final ScheduledExecutorService timer;
  private volatile OptionalLong total = OptionalLong.empty();
  private String phase;
  private long phaseStartNanos;
  private long indexingStartNanos;
  private boolean closed;

  private Progress(PrintWriter err, boolean bar, String counted, String firstPhase, Duration every) {
    this.err = err;
    this.counted = counted;
    this.bar = bar;
    this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("gazette-progress").factory());
    phase(firstPhase);
    long period = (bar ? REDRAW : every).toMillis();
    timer.scheduleAtFixedRate(this::show, period, period, TimeUnit.MILLISECONDS);
  }

  /** Starts showing progress, in phase {@code firstPhase}; a bar on an interactive terminal, else a line every {@code every}. */
  static Progress start(PrintWriter err, Terminal terminal, String firstPhase, Duration every) {
    return new Progress(err, terminal.interactive(), INDEXING, firstPhase, every);
  }

  /** Starts showing articles counted in phase {@code counted} (such as {@link #EMBEDDING}), out of {@code total}. */
  static Progress counting(PrintWriter err, Terminal terminal, String counted, long total, Duration every) {
    Progress progress = new Progress(err, terminal.interactive(), counted, counted, every);
    progress.total(OptionalLong.of(total));
    return progress;
  }

  /** The estimated number of articles to index, once known; until then no percentage or ETA is shown. */
  void total(OptionalLong expected) {
    total = expected;
  }

  /** {@code count} articles have been read (or embedded) so far; the first one starts the counted phase. */
  void read(long count) {
    if (done.getAndSet(count) == 0 && count > 0) {
      phase(counted);
    }
  }

  /**
   * Ends the current phase (its last state stays on screen) and starts {@code name}, shown at once.
   * Naming the phase already running does nothing.
   */
  synchronized void phase(String name) {
    if (closed || name.equals(phase)) {
      return;
    }
    if (phase != null) {
      finishLine();
    }
    phase = name;
    phaseStartNanos = System.nanoTime();
    if (counted.equals(name)) {
      indexingStartNanos = phaseStartNanos;
    }
    if (bar) {
      draw();
    } else {
      err.println(name + "...");
    }
    err.flush();
  }

  /** Stops the display, leaving the last phase's final state on screen. Closing twice does nothing. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    timer.shutdownNow();
    finishLine();
  }

  /** The state the phase ends in: the bar drawn one last time and its line ended, or a last plain line when indexing. */
  private void finishLine() {
    if (bar) {
      draw();
      err.println();
    } else if (counted.equals(phase)) {
      err.println(status());
    }
    err.flush();
  }

  private synchronized void show() {
    if (closed) {
      return;
    }
    if (bar) {
      draw();
    } else {
      err.println(status());
    }
    err.flush();
  }

  private void draw() {
    // Trailing spaces and a carriage return overwrite a longer previous line.
    err.print("\r" + status() + "    ");
  }

  private String status() {
    if (!counted.equals(phase)) {
      long seconds = Duration.ofNanos(System.nanoTime() - phaseStartNanos).toSeconds();
      return phase + ": " + seconds + " s";
    }
    long count = done.get();
    OptionalLong expected = total;
    Duration elapsed = Duration.ofNanos(System.nanoTime() - indexingStartNanos);
    // An estimate that turned out low gives no percentage or ETA rather than a wrong one.
    boolean known = expected.isPresent() && count <= expected.getAsLong();
    StringBuilder text = new StringBuilder(counted).append(": ");
    if (bar && known) {
      text.append(graphic(fraction(count, expected.getAsLong()))).append(' ');
    }
    text.append(Units.count(count));
    text.append(known
        ? String.format(Locale.ROOT, " of ~%s articles (%d%%)", Units.count(expected.getAsLong()),
            (int) (100 * fraction(count, expected.getAsLong())))
        : " articles");
    text.append(", ").append(Units.rate(count, elapsed));
    double perSecond = Units.perSecond(count, elapsed);
    if (known && perSecond > 0) {
      long seconds = (long) ((expected.getAsLong() - count) / perSecond);
      text.append(String.format(Locale.ROOT, ", ETA %d:%02d", seconds / 60, seconds % 60));
    }
    return text.toString();
  }

  private static double fraction(long count, long expected) {
    return expected == 0 ? 1 : Math.min(1, (double) count / expected);
  }

  private static String graphic(double fraction) {
    int filled = (int) Math.round(fraction * BAR_WIDTH);
    return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "]";
  }
}
