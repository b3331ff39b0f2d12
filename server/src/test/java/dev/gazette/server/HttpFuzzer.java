package dev.gazette.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives the HTTP fuzz: {@code workers} threads, each with its own seeded generator, its own
 * kept-alive connection and its own tracked articles, send {@code requests} requests in all to a
 * running server and hold every answer to {@link HttpFuzzOracle} and, for tracked requests, to the
 * worker's {@link HttpFuzzModel}. Failures are grouped into classes (what was violated, by which
 * kind of request, with which status), each with its count and its shortest request, ready to
 * paste; the seed reproduces the sequence of requests.
 */
final class HttpFuzzer {
  /**
   * One class of failure.
   *
   * @param key what was violated, by which kind of request, with which status and error code
   * @param count how many requests failed so
   * @param example the shortest of them, shown as {@link HttpFuzzRequest#show()}
   * @param where its worker and request number
   * @param answer the start of its answer
   */
  record Failure(String key, long count, String example, String where, String answer) {}

  /** What a run did: its requests, their statuses, its failure classes, and each worker's model. */
  record Report(long seed, long requests, double seconds, Map<Integer, Long> statuses, Map<String, String> kinds,
      List<Failure> failures, List<HttpFuzzModel> models) {
    double rate() {
      return requests / seconds;
    }

    /** The run in words, one failure class a paragraph. */
    String describe() {
      StringBuilder out = new StringBuilder(String.format("HTTP fuzz: seed %d, %d requests in %.1f s (%.0f/s), statuses %s,"
          + " %d failure classes%nrequests by kind (count, mean ms): %s%n", seed, requests, seconds, rate(), statuses,
          failures.size(), kinds));
      failures.forEach(f -> out.append(String.format("%n* %s: %d requests; e.g. %s%n  request: %s%n  answer: %s%n",
          f.key(), f.count(), f.where(), f.example(), f.answer())));
      return out.toString();
    }
  }

  private final URI server;
  private final long seed;
  private final int workers;
  private final long requests;
  private final Duration bound;
  private final List<String> reutersIds;
  private static final long PROGRESS_EVERY = 10_000;

  private final AtomicLong sent = new AtomicLong();
  private final long began = System.nanoTime();
  private final Map<Integer, Long> statuses = new ConcurrentHashMap<>();
  private final Map<String, Failure> failures = new ConcurrentHashMap<>();
  private final Map<String, long[]> kinds = new ConcurrentHashMap<>();

  HttpFuzzer(URI server, long seed, int workers, long requests, Duration bound, List<String> reutersIds) {
    this.server = server;
    this.seed = seed;
    this.workers = workers;
    this.requests = requests;
    this.bound = bound;
    this.reutersIds = reutersIds;
  }

  /** Runs the fuzz to its end. */
  Report run() throws InterruptedException {
    long start = System.nanoTime();
    List<HttpFuzzModel> models = Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      HttpFuzzModel model = new HttpFuzzModel("fz" + w + "-");
      models.add(model);
      int worker = w;
      threads.add(Thread.ofPlatform().name("fuzz-" + w).start(() -> work(worker, model)));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Failure> sorted = failures.values().stream().sorted(java.util.Comparator.comparing(Failure::key)).toList();
    Map<String, String> byKind = new TreeMap<>();
    kinds.forEach((kind, t) -> byKind.put(kind, t[0] + ", " + (t[1] / Math.max(1, t[0]) / 1_000_000)));
    return new Report(seed, sent.get(), seconds, new TreeMap<>(statuses), byKind, sorted, List.copyOf(models));
  }

  /** Reads every tracked article back over HTTP; the violations of each worker's model. */
  List<String> verifyOverHttp(List<HttpFuzzModel> models) {
    List<String> violations = new ArrayList<>();
    try (HttpFuzzConnection connection = new HttpFuzzConnection(server, bound)) {
      for (HttpFuzzModel model : models) {
        violations.addAll(model.verify(id -> read(connection, id, violations)));
      }
    }
    return violations;
  }

  private Optional<String> read(HttpFuzzConnection connection, String id, List<String> violations) {
    String path = "/api/articles/" + HttpFuzzRequests.percentEncode(id);
    try {
      HttpFuzzConnection.Answer answer = connection.exchange(("GET " + path + " HTTP/1.1\r\nHost: gazette\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII), false);
      if (answer.status() == 200) {
        JsonElement title = JsonParser.parseString(answer.text()).getAsJsonObject().get("title");
        return Optional.of(title.isJsonNull() ? "" : title.getAsString());
      }
      if (answer.status() != 404 && answer.status() != 400) {
        violations.add("GET " + path + " answered " + answer.status() + ": " + answer.text());
      }
      return Optional.empty();
    } catch (HttpFuzzConnection.NoAnswer e) {
      violations.add("GET " + path + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private void work(int worker, HttpFuzzModel model) {
    Random random = new Random(seed * 1_000_003L + worker);
    HttpFuzzRequests generator = new HttpFuzzRequests(model, reutersIds);
    try (HttpFuzzConnection connection = new HttpFuzzConnection(server, bound)) {
      for (long n = sent.getAndIncrement(); n < requests; n = sent.getAndIncrement()) {
        HttpFuzzRequest request = generator.next(random);
        while (HttpFuzzOracle.mentionsMarker(request.bytes())) {
          if (request.tracked() != null) {
            request.tracked().lost();
          }
          request = generator.next(random);
        }
        if (n > 0 && n % PROGRESS_EVERY == 0) {
          System.out.printf("HTTP fuzz: %d requests, %.0f/s, %d failure classes so far%n", n,
              n / ((System.nanoTime() - began) / 1e9), failures.size());
        }
        long start = System.nanoTime();
        send(connection, request, generator, worker + " #" + n);
        long nanos = System.nanoTime() - start;
        kinds.compute(request.kind(), (kind, t) -> t == null ? new long[] {1, nanos} : new long[] {t[0] + 1, t[1] + nanos});
      }
    }
    sent.updateAndGet(n -> Math.min(n, requests));
  }

  private void send(HttpFuzzConnection connection, HttpFuzzRequest request, HttpFuzzRequests generator, String where) {
    List<HttpFuzzConnection.Answer> answers;
    try {
      answers = request.framed() ? List.of(connection.exchange(request.bytes(), request.head()))
          : HttpFuzzConnection.oneShot(server, request.bytes(), request.head(), bound);
    } catch (HttpFuzzConnection.NoAnswer e) {
      statuses.merge(0, 1L, Long::sum);
      if (request.tracked() != null) {
        request.tracked().lost();
      }
      fail(request, "no answer: " + e.getMessage().replaceAll("\\d+", "N"), 0, where, e.getMessage());
      return;
    }
    for (HttpFuzzConnection.Answer answer : answers) {
      statuses.merge(answer.status(), 1L, Long::sum);
      for (String violation : HttpFuzzOracle.violations(request, answer, bound.toMillis())) {
        fail(request, violation, answer.status(), where, describe(answer));
      }
      harvestCursor(answer, generator);
    }
    if (request.tracked() != null) {
      if (answers.isEmpty() || answers.getFirst().status() >= 500) {
        request.tracked().lost();
      } else {
        String violation = request.tracked().check(answers.getFirst());
        if (violation != null) {
          String kind = violation.replaceAll("‹[^›]*›", "‹…›").replaceAll("\\d+", "N").split(": ", 2)[0];
          fail(request, "model: " + kind, answers.getFirst().status(), where,
              violation + " | " + describe(answers.getFirst()));
        }
      }
    }
  }

  private void fail(HttpFuzzRequest request, String violation, int status, String where, String answer) {
    String key = violation + " | " + request.kind() + " | " + status;
    String example = request.show();
    failures.merge(key, new Failure(key, 1, example, "seed " + seed + " worker " + where, answer), (old, added) ->
        added.example().length() < old.example().length()
            ? new Failure(key, old.count() + 1, added.example(), added.where(), added.answer())
            : new Failure(key, old.count() + 1, old.example(), old.where(), old.answer()));
  }

  private static String describe(HttpFuzzConnection.Answer answer) {
    String body = answer.text();
    return answer.status() + " Content-Type: " + answer.header("content-type") + " body: "
        + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
  }

  private static void harvestCursor(HttpFuzzConnection.Answer answer, HttpFuzzRequests generator) {
    if (answer.status() != 200 || answer.body().length == 0 || answer.body()[0] != '{') {
      return;
    }
    String text = answer.text();
    int at = text.indexOf("\"nextCursor\":\"");
    if (at >= 0) {
      int end = text.indexOf('"', at + 14);
      if (end > at) {
        generator.cursor(text.substring(at + 14, end));
      }
    }
  }
}
