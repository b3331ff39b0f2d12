package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's archive is never replaced by the seeds, as a user meets it: {@code gazette reindex} and
 * {@code gazette serve} as real processes on one data folder, the served total read over HTTP, the
 * generations listed and switched with {@code gazette generations}.
 */
class UserArchiveProcessTest {
  /** Reuters-21578's records less 12793, which has neither title nor body and is rejected. */
  private static final long REUTERS = 21_577;
  static final int PART = 3_000;

  @TempDir Path temp;

  @Test
  @Timeout(value = 8, unit = TimeUnit.MINUTES)
  void allOfReutersReindexedByTheToolIsServedAsItIsAcrossARestart() throws Exception {
    Path corpus = reuters();
    Path data = temp.resolve("data");
    CliProcess.Run reindex = CliProcess.run("reindex", corpus, "--data", data);
    assertEquals(3, reindex.exitCode(), "done, with the empty record rejected: " + reindex);
    assertTrue(reindex.out().startsWith("indexed   21,577 articles\n"), reindex::toString);
    assertTrue(reindex.err().contains("12793"), reindex::toString);

    try (ServerProcess server = ServerProcess.start(data)) {
      assertEquals(REUTERS, total(server));
      assertTrue(server.output().contains("built by gazette reindex " + corpus + ", not by the seeds; serving it as it is"),
          server::output);
      stop(server);
    }
    try (ServerProcess again = ServerProcess.start(data)) {
      assertEquals(REUTERS, total(again), "a restart serves the same archive");
      assertEquals(404, new Api(again.uri).get("/api/articles/" + TestServer.SEED_ID).status(), "no seed was loaded");
      stop(again);
    }
    JsonArray generations = generations(data);
    assertEquals(1, generations.size(), generations::toString);
    assertEquals(REUTERS, generations.get(0).getAsJsonObject().get("articles").getAsLong());
  }

  @Test
  @Timeout(value = 8, unit = TimeUnit.MINUTES)
  void theReadmeFlowServeTheSeedsReindexWhileServingAndServeAgain() throws Exception {
    Path part = part(temp.resolve("reuters-part.jsonl"));
    Path data = temp.resolve("data");
    try (ServerProcess server = ServerProcess.start(data)) {
      assertEquals(1, total(server), "an empty folder is filled from the seeds");
      CliProcess.Run reindex = CliProcess.run("reindex", part, "--data", data);
      assertEquals(0, reindex.exitCode(), reindex::toString);
      awaitTotal(server, PART);
      stop(server);
    }
    try (ServerProcess again = ServerProcess.start(data)) {
      assertEquals(PART, total(again), "the archive, never the seeds, after a restart");
      stop(again);
    }

    JsonArray generations = generations(data);
    assertEquals(2, generations.size(), generations::toString);
    JsonObject seeds = generations.get(0).getAsJsonObject();
    JsonObject archive = generations.get(1).getAsJsonObject();
    assertEquals("the seeds in " + TestServer.SEEDS, seeds.get("builtBy").getAsString());
    assertEquals(1, seeds.get("articles").getAsLong());
    assertEquals("gazette reindex " + part, archive.get("builtBy").getAsString());
    assertTrue(archive.get("live").getAsBoolean());

    CliProcess.Run back = CliProcess.run("generations", "--use", seeds.get("id").getAsString(), "--data", data);
    assertEquals(0, back.exitCode(), back::toString);
    assertTrue(back.out().startsWith("live now: " + seeds.get("id").getAsString() + ", 1 article"), back::toString);
    try (ServerProcess onSeeds = ServerProcess.start(data)) {
      assertEquals(1, total(onSeeds), "switched back to the kept seeds generation");
      CliProcess.Run forward = CliProcess.run("generations", "--use", archive.get("id").getAsString(), "--data", data);
      assertEquals(0, forward.exitCode(), forward::toString);
      awaitTotal(onSeeds, PART);
      stop(onSeeds);
    }
    String log = Files.readString(data.resolve("generations.log"));
    assertTrue(log.contains(" to " + archive.get("id").getAsString() + ": gazette generations --use "), log);

    CliProcess.Run listing = CliProcess.run("generations", "--data", data);
    assertEquals(0, listing.exitCode(), listing::toString);
    assertTrue(listing.out().contains("* " + archive.get("id").getAsString()), listing::toString);
    assertTrue(listing.out().contains("3,000"), listing::toString);
  }

  @Test
  void anUnknownGenerationIsAClearErrorAndChangesNothing() throws Exception {
    Path data = temp.resolve("data");
    assertEquals(0, CliProcess.run("reindex", TestServer.SEEDS, "--data", data).exitCode());
    CliProcess.Run unknown = CliProcess.run("generations", "--use", "g42", "--data", data);
    assertEquals(1, unknown.exitCode(), unknown::toString);
    assertEquals("gazette generations: there is no generation g42 in " + data.toAbsolutePath()
        + "; gazette generations lists them\n", unknown.err());
    assertEquals(1, generations(data).size());
  }

  /** The live total as {@code GET /api/search} answers it. */
  static long total(ServerProcess server) {
    Api.Response response = new Api(server.uri).get("/api/search?size=1");
    assertEquals(200, response.status(), response.body());
    return response.json().get("total").getAsLong();
  }

  /** Waits up to 30 s for the server to serve {@code expected} articles (it moves to a new generation within a second). */
  static void awaitTotal(ServerProcess server, long expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (total(server) != expected && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertEquals(expected, total(server), server::output);
  }

  /** {@code gazette generations --json} on {@code flags}. */
  static JsonArray generations(Object... flags) {
    Object[] args = new Object[flags.length + 2];
    args[0] = "generations";
    args[1] = "--json";
    System.arraycopy(flags, 0, args, 2, flags.length);
    CliProcess.Run run = CliProcess.run(args);
    assertEquals(0, run.exitCode(), run::toString);
    return JsonParser.parseString(run.out()).getAsJsonArray();
  }

  private static JsonArray generations(Path data) {
    return generations("--data", data);
  }

  /** Stops the server as SIGTERM does, and waits for it. */
  static void stop(ServerProcess server) throws InterruptedException {
    server.process.toHandle().destroy();
    assertEquals(143, server.waitFor(), server::output);
  }

  /** The first {@link #PART} Reuters articles as a JSON Lines file. */
  static Path part(Path file) throws Exception {
    return Files.write(file, Reuters.firstArticles(reuters(), PART));
  }

  static Path reuters() {
    assumeTrue(Reuters.corpus().isPresent(), "Reuters-21578 is not in the shared data; skipping");
    return Reuters.corpus().get();
  }
}
