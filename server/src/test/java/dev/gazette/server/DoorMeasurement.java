package dev.gazette.server;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures a running server under the attacks of {@link SlowClientTest} and {@link HeavySearchTest}
 * at full size: {@code /health} alone and while 200 slow-header and 50 slow-body connections are
 * held; light searches alone and while four clients repeat 64-word typo searches; and what a
 * cheap search ({@code gazette.measure.cheap}, by default a word no article holds) costs at 1 and
 * 8 keep-alive connections (the price of handing searches to a lane).
 * Prints the figures; asserts nothing. Start a server on Reuters, then run
 * {@code ./mvnw -B -q -pl server -am test -Dtest=DoorMeasurement -Dsurefire.failIfNoSpecifiedTests=false
 * -Dgazette.measure=true (or {@code -Dtest=DoorMeasurement#cheapSearches} for the last part alone) -Dgazette.measure.url=http://127.0.0.1:8080}.
 */
@EnabledIfSystemProperty(named = "gazette.measure", matches = "true")
class DoorMeasurement {
  private static final URI SERVER = URI.create(System.getProperty("gazette.measure.url", "http://127.0.0.1:8080"));
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final long SECONDS = Long.getLong("gazette.measure.seconds", 10);
  private static final List<String> LIGHT = List.of("oil", "north korea", "wheat exports", "bank rates", "opec",
      "dollar yen", "coffee", "gold");
  private static final String CHEAP = "/api/search?q=" + System.getProperty("gazette.measure.cheap", "zzzzqq")
      + "&typoTolerance=false&didYouMean=false&feedback=false&highlight=false";

  @Test
  void attacks() throws Exception {
    System.out.println("/health alone: " + summary(health(SECONDS)));
    List<java.net.Socket> held = new ArrayList<>(RawHttp.open(200, RawHttp::slowHeaders, SERVER));
    held.addAll(RawHttp.open(50, RawHttp::slowBody, SERVER));
    System.out.println("/health, 200 slow-header and 50 slow-body connections held: " + summary(health(SECONDS)));
    long open = held.stream().filter(socket -> !RawHttp.closedWithin(socket, Duration.ofMillis(1), null)).count();
    System.out.println("  of the 250, still open after " + SECONDS + " s: " + open);
    RawHttp.closeAll(held);

    light(2);
    System.out.println("light searches alone: " + summary(light(SECONDS)));
    AtomicBoolean stop = new AtomicBoolean();
    List<Double> heavy = Collections.synchronizedList(new ArrayList<>());
    List<Thread> clients = IntStream.range(0, 4).mapToObj(seed -> Thread.ofPlatform().start(() -> {
      Random random = new Random(seed);
      while (!stop.get()) {
        heavy.add(RawHttp.get(SERVER, "/api/search?q=" + Api.encode(HeavySearchTest.heavyQuery(random)), TIMEOUT).millis());
      }
    })).toList();
    Thread.sleep(1_000);
    System.out.println("with 4 clients repeating 64-word typo searches:");
    System.out.println("  light searches: " + summary(light(SECONDS)));
    System.out.println("  /health: " + summary(health(SECONDS)));
    stop.set(true);
    for (Thread client : clients) {
      client.join();
    }
    System.out.println("  the heavy searches: " + summary(heavy));
  }

  @Test
  void cheapSearches() throws InterruptedException {
    for (int connections : new int[] {1, 8}) {
      cheap(connections, 2);
      System.out.println("cheap search, " + connections + " keep-alive connection(s): " + cheap(connections, SECONDS));
    }
  }

  private static List<Double> health(long seconds) {
    List<Double> millis = new ArrayList<>();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < end) {
      millis.add(RawHttp.get(SERVER, "/health", TIMEOUT).millis());
      pause();
    }
    return millis;
  }

  private static List<Double> light(long seconds) {
    List<Double> millis = new ArrayList<>();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    for (int i = 0; System.nanoTime() < end; i++) {
      millis.add(RawHttp.get(SERVER, "/api/search?q=" + Api.encode(LIGHT.get(i % LIGHT.size())), TIMEOUT).millis());
      pause();
    }
    return millis;
  }

  /** Closed-loop load of the cheap search on {@code connections} keep-alive connections: rate and latency. */
  private static String cheap(int connections, long seconds) throws InterruptedException {
    List<Double> millis = Collections.synchronizedList(new ArrayList<>());
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> clients = IntStream.range(0, connections).mapToObj(c -> Thread.ofPlatform().start(() -> {
      try (Socket socket = new Socket(SERVER.getHost(), SERVER.getPort())) {
        socket.setTcpNoDelay(true);
        OutputStream out = socket.getOutputStream();
        InputStream in = new BufferedInputStream(socket.getInputStream());
        byte[] request = ("GET " + CHEAP + " HTTP/1.1\r\nHost: gazette\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        while (System.nanoTime() < end) {
          long start = System.nanoTime();
          out.write(request);
          readAnswer(in);
          millis.add((System.nanoTime() - start) / 1e6);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    })).toList();
    for (Thread client : clients) {
      client.join();
    }
    return String.format(Locale.ROOT, "%.0f searches/s, %s", millis.size() / (double) seconds, summary(millis));
  }

  /** Reads one answer with a {@code Content-Length}, head and body. */
  private static void readAnswer(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int c = in.read();
      if (c < 0) {
        throw new IOException("the server closed the connection");
      }
      head.append((char) c);
    }
    String lower = head.toString().toLowerCase(Locale.ROOT);
    int at = lower.indexOf("content-length:");
    int length = Integer.parseInt(lower.substring(at + 15, lower.indexOf("\r\n", at)).strip());
    in.readNBytes(length);
  }

  private static String summary(List<Double> millis) {
    List<Double> sorted = millis.stream().sorted().toList();
    return String.format(Locale.ROOT, "n %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms", sorted.size(),
        RawHttp.median(sorted), sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1)),
        sorted.getLast());
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
