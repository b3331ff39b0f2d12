package dev.gazette.bench.suites;

import dev.gazette.bench.http.HttpConnection;
import dev.gazette.bench.measure.Samples;
import dev.gazette.bench.process.ServerProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Clients that repeat, each on its own keep-alive connection and as fast as the answers come,
 * searches of 64 misspelt news words: searches that find little and are retried allowing typos, the
 * most expensive a user can type. They run until closed.
 */
final class HeavyClients implements AutoCloseable {
  private static final List<String> WORDS = List.of("oil", "prices", "rose", "sharply", "after", "opec", "ministers",
      "agreed", "output", "bank", "rates", "dollar", "trade", "deficit", "company", "shares", "profit", "quarter",
      "market", "wheat", "exports", "government", "official", "interest", "stock");
  private static final int WORDS_PER_QUERY = 64;

  private final AtomicBoolean stop = new AtomicBoolean();
  private final Samples samples = new Samples();
  private final Map<Integer, Integer> statuses = new TreeMap<>();
  private final List<Thread> clients = new ArrayList<>();

  private HeavyClients() {}

  /** Starts {@code count} clients against the server on {@code port}, client {@code c} with seed {@code c}. */
  static HeavyClients start(int port, int count) {
    HeavyClients heavy = new HeavyClients();
    for (int c = 0; c < count; c++) {
      Random random = new Random(c);
      heavy.clients.add(Thread.ofPlatform().name("heavy-" + c).start(() -> heavy.repeat(port, random)));
    }
    return heavy;
  }

  /** A search of 64 news words, each with one letter replaced. */
  static String query(Random random) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < WORDS_PER_QUERY; i++) {
      String word = WORDS.get(random.nextInt(WORDS.size()));
      int at = random.nextInt(word.length());
      words.add(word.substring(0, at) + "aeiouxz".charAt(random.nextInt(7)) + word.substring(at + 1));
    }
    Collections.shuffle(words, random);
    return String.join(" ", words);
  }

  /** Timings of the heavy searches answered so far. */
  synchronized Samples samples() {
    Samples copy = new Samples();
    copy.addAll(samples);
    return copy;
  }

  /** How many answers of each status, as {@code 200 × 180, 503 × 4}. */
  synchronized String statuses() {
    return statuses.entrySet().stream().map(e -> e.getKey() + " × " + e.getValue()).collect(Collectors.joining(", "));
  }

  /** Stops the clients and waits for their last searches. */
  @Override
  public void close() throws InterruptedException {
    stop.set(true);
    for (Thread client : clients) {
      client.join();
    }
  }

  private void repeat(int port, Random random) {
    try (HttpConnection connection = new HttpConnection(ServerProcess.HOST, port)) {
      while (!stop.get()) {
        String target = "/api/search?q=" + URLEncoder.encode(query(random), StandardCharsets.UTF_8);
        long started = System.nanoTime();
        int status = connection.get(target).status();
        record(System.nanoTime() - started, status);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private synchronized void record(long nanos, int status) {
    samples.add(nanos);
    statuses.merge(status, 1, Integer::sum);
  }
}
