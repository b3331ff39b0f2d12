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
 * Drives the HTTP fuzz: {@code workers} threads (at least two), each with its own seeded generator
 * and its own kept-alive connection, one writing and reading its tracked articles, the others
 * attacking the protocol, send {@code requests} requests in all (or as
 * many as fit in the run's duration) to a running server, well-framed ones pipelined, and hold
 * every answer to {@link HttpFuzzOracle} and, for tracked requests, to the worker's {@link
 * HttpFuzzModel}. Failures are grouped into classes (what was violated, by which
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
  private final long deadline;
  private final Duration bound;
  private final List<String> reutersIds;
  private static final long PROGRESS_EVERY = 100_000;
  /** The most requests written at once on a connection before their answers are read. */
  private static final int PIPELINE = 16;
  /** The most bytes of requests written at once: both ends' socket buffers hold them, so no write waits on a read. */
  private static final int PIPELINE_BYTES = 32 * 1024;
  /** The writing worker's pause after each write. */
  private static final long WRITE_PAUSE_MILLIS = 250;

  private final AtomicLong sent = new AtomicLong();
  private final long began = System.nanoTime();
  private final Map<Integer, Long> statuses = new ConcurrentHashMap<>();
  private final Map<String, Failure> failures = new ConcurrentHashMap<>();
  private final Map<String, long[]> kinds = new ConcurrentHashMap<>();

  HttpFuzzer(URI server, long seed, int workers, long requests, Duration duration, Duration bound,
      List<String> reutersIds) {
    this.server = server;
    this.seed = seed;
    this.workers = workers;
    this.requests = requests;
    this.deadline = began + duration.toNanos();
    this.bound = bound;
    this.reutersIds = reutersIds;
  }

  /** Runs the fuzz to its end. */
  Report run() throws InterruptedException {
    long start = began;
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
    long done = kinds.values().stream().mapToLong(t -> t[0]).sum();
    return new Report(seed, done, seconds, new TreeMap<>(statuses), byKind, sorted, List.copyOf(models));
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

  /**
   * Waits {@value #WRITE_PAUSE_MILLIS} ms after a write: each commits before it answers, and while
   * it commits the server answers everything else slowly, so writes set the pace of a run unless
   * they are spaced out.
   */
  private static void pause(HttpFuzzRequest request) {
    if (!request.kind().equals("tracked/get")) {
      try {
        Thread.sleep(WRITE_PAUSE_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** One request of a worker and its number in the run. */
  private record Numbered(HttpFuzzRequest request, long n) {}

  /**
   * Sends this worker's share (worker 0 writes and reads its tracked articles, at the pace their
   * commits allow; the others attack the protocol): well-framed requests pipelined on its kept-alive connection, up to
   * {@value #PIPELINE} or {@value #PIPELINE_BYTES} bytes at once, a larger one alone, those with
   * broken framing each on a connection of its own, up to {@value #PIPELINE} side by side (their
   * order among the others does not matter); until the run has sent its requests or its time is up.
   */
  private void work(int worker, HttpFuzzModel model) {
    boolean writer = worker == 0;
    Random random = new Random(seed * 1_000_003L + worker);
    HttpFuzzRequests generator = new HttpFuzzRequests(model, reutersIds);
    List<Numbered> batch = new ArrayList<>();
    List<Numbered> loose = new ArrayList<>();
    int batchBytes = 0;
    try (HttpFuzzConnection connection = new HttpFuzzConnection(server, bound)) {
      for (long n = sent.getAndIncrement(); n < requests && System.nanoTime() < deadline; n = sent.getAndIncrement()) {
        HttpFuzzRequest request = writer ? generator.nextWrite(random) : generator.next(random);
        while (HttpFuzzOracle.mentionsMarker(request.bytes())) {
          if (request.tracked() != null) {
            request.tracked().lost();
          }
          request = writer ? generator.nextWrite(random) : generator.next(random);
        }
        if (n > 0 && n % PROGRESS_EVERY == 0) {
          System.out.printf("HTTP fuzz: %d requests, %.0f/s, %d failure classes so far%n", n,
              n / ((System.nanoTime() - began) / 1e9), failures.size());
        }
        if (writer) {
          alone(connection, new Numbered(request, n), generator, worker);
          pause(request);
          continue;
        }
        int size = request.bytes().length;
        if (request.framed() && !batch.isEmpty() && (batch.size() == PIPELINE || batchBytes + size > PIPELINE_BYTES)
            || loose.size() == PIPELINE) {
          pipeline(connection, batch, generator, worker);
          oneShots(loose, generator, worker);
          batchBytes = 0;
        }
        if (!request.framed()) {
          loose.add(new Numbered(request, n));
        } else if (size > PIPELINE_BYTES) {
          alone(connection, new Numbered(request, n), generator, worker);
        } else {
          batch.add(new Numbered(request, n));
          batchBytes += size;
        }
      }
      pipeline(connection, batch, generator, worker);
      oneShots(loose, generator, worker);
    }
  }

  /** Sends each of {@code loose}, requests whose framing is broken, on a connection of its own, side by side, and judges what they drew. */
  private void oneShots(List<Numbered> loose, HttpFuzzRequests generator, int worker) {
    List<HttpFuzzConnection.Shot> shots = HttpFuzzConnection.oneShots(server,
        loose.stream().map(Numbered::request).toList(), bound);
    for (int i = 0; i < loose.size(); i++) {
      HttpFuzzRequest request = loose.get(i).request();
      HttpFuzzConnection.Shot shot = shots.get(i);
      String where = worker + " #" + loose.get(i).n();
      if (shot.failure() != null) {
        statuses.merge(0, 1L, Long::sum);
        String message = shot.failure().getMessage();
        fail(request, List.of(), "no answer: " + message.replaceAll("\\d+", "N"), 0, where, message);
      }
      judge(request, List.of(), shot.answers(), generator, where);
      time(request, shot.answers().isEmpty() ? 0 : shot.answers().getLast().millis());
    }
    loose.clear();
  }

  /**
   * Sends {@code batch} at once and judges its answers. Requests left unanswered when the server
   * closed the connection are sent again alone; when an answer was unreadable instead, the request
   * fails and those after it are not sent again (the server may have taken them up).
   */
  private void pipeline(HttpFuzzConnection connection, List<Numbered> batch, HttpFuzzRequests generator, int worker) {
    if (batch.isEmpty()) {
      return;
    }
    HttpFuzzConnection.Pipelined pipelined = connection.pipeline(batch.stream().map(Numbered::request).toList());
    List<HttpFuzzConnection.Answer> answers = pipelined.answers();
    List<byte[]> before = new ArrayList<>(connection.earlier());
    for (int i = 0; i < batch.size(); i++) {
      Numbered numbered = batch.get(i);
      HttpFuzzRequest request = numbered.request();
      if (i < answers.size()) {
        HttpFuzzConnection.Answer answer = answers.get(i);
        judge(request, before, List.of(answer), generator, worker + " #" + numbered.n());
        time(request, answer.millis());
      } else if (pipelined.broken() == null) {
        alone(connection, numbered, generator, worker);
      } else {
        statuses.merge(0, 1L, Long::sum);
        if (request.tracked() != null) {
          request.tracked().lost();
        }
        if (i == answers.size()) {
          fail(request, before, "no answer: " + pipelined.broken().replaceAll("\\d+", "N"), 0, worker + " #"
              + numbered.n(), pipelined.broken());
        }
        time(request, 0);
      }
      before.add(request.bytes());
    }
    batch.clear();
  }

  /** Sends one well-framed request by itself on the kept-alive connection. */
  private void alone(HttpFuzzConnection connection, Numbered numbered, HttpFuzzRequests generator, int worker) {
    HttpFuzzRequest request = numbered.request();
    String where = worker + " #" + numbered.n();
    long start = System.nanoTime();
    List<HttpFuzzConnection.Answer> answers;
    List<byte[]> before;
    try {
      answers = List.of(connection.exchange(request.bytes(), request.head()));
      before = connection.earlier();
    } catch (HttpFuzzConnection.NoAnswer e) {
      statuses.merge(0, 1L, Long::sum);
      if (request.tracked() != null) {
        request.tracked().lost();
      }
      fail(request, List.of(), "no answer: " + e.getMessage().replaceAll("\\d+", "N"), 0, where, e.getMessage());
      time(request, (System.nanoTime() - start) / 1e6);
      return;
    }
    judge(request, before, answers, generator, where);
    time(request, (System.nanoTime() - start) / 1e6);
  }

  private void time(HttpFuzzRequest request, double millis) {
    long nanos = (long) (millis * 1e6);
    kinds.compute(request.kind(), (kind, t) -> t == null ? new long[] {1, nanos} : new long[] {t[0] + 1, t[1] + nanos});
  }

  /**
   * Holds {@code answers} to the oracle and, for a tracked request, to its model; {@code before} are
   * the requests written ahead of it on its connection, shown with it in a failure, since they may be
   * part of the cause.
   */
  private void judge(HttpFuzzRequest request, List<byte[]> before, List<HttpFuzzConnection.Answer> answers,
      HttpFuzzRequests generator, String where) {
    for (HttpFuzzConnection.Answer answer : answers) {
      statuses.merge(answer.status(), 1L, Long::sum);
      for (String violation : HttpFuzzOracle.violations(request, answer, bound.toMillis())) {
        fail(request, before, violation, answer.status(), where, describe(answer));
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
          fail(request, before, "model: " + kind, answers.getFirst().status(), where,
              violation + " | " + describe(answers.getFirst()));
        }
      }
    }
  }

  private void fail(HttpFuzzRequest request, List<byte[]> before, String violation, int status, String where,
      String answer) {
    String key = violation + " | " + request.kind() + " | " + status;
    HttpFuzzRequest.Bytes sent = new HttpFuzzRequest.Bytes();
    before.forEach(sent::add);
    String example = HttpFuzzRequest.show(sent.add(request.bytes()).bytes());
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
