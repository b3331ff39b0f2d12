package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.Article;
import dev.gazette.GazetteConfig;
import dev.gazette.store.DataFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the real server with SIGKILL at random moments while client threads send upserts, bulk
 * loads and deletes, then checks that every acknowledged write is in the last commit, every
 * acknowledged delete is gone, and CheckIndex is clean. Runs 20 cycles by default; {@code
 * -Dgazette.crash.cycles=100} runs more.
 */
class CrashTest {
  private static final int CLIENTS = 3;
  private static final String DELETED = "";

  @TempDir Path data;

  /** What the index must hold: id to expected title, or {@link #DELETED}; ids whose last write failed are dropped. */
  private final Map<String, String> expected = new ConcurrentHashMap<>();
  private final AtomicLong acknowledged = new AtomicLong();

  @Test
  void acknowledgedWritesAndDeletesSurviveRandomKills() throws Exception {
    int cycles = Integer.getInteger("gazette.crash.cycles", 20);
    for (int cycle = 1; cycle <= cycles; cycle++) {
      runAndKill(cycle);
      verify(cycle);
    }
    System.out.printf("crash test: %d cycles, %d acknowledged writes, %d ids verified%n",
        cycles, acknowledged.get(), expected.size());
  }

  private void runAndKill(int cycle) throws Exception {
    try (ServerProcess server = ServerProcess.start(data)) {
      Api api = new Api(server.uri);
      AtomicBoolean stop = new AtomicBoolean();
      List<Thread> clients = new ArrayList<>();
      for (int client = 0; client < CLIENTS; client++) {
        String prefix = "c" + cycle + "-" + client + "-";
        clients.add(Thread.ofPlatform().start(() -> write(api, prefix, stop)));
      }
      Thread.sleep(ThreadLocalRandom.current().nextLong(200, 1500));
      server.process.toHandle().destroyForcibly();
      assertEquals(137, server.waitFor(), server.output());
      stop.set(true);
      for (Thread client : clients) {
        client.join(30_000);
      }
    }
  }

  /** Sends writes until the server dies; records each one the server acknowledged. */
  private void write(Api api, String prefix, AtomicBoolean stop) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    List<String> mine = new ArrayList<>();
    for (int n = 0; !stop.get(); n++) {
      String id = !mine.isEmpty() && random.nextInt(4) == 0 ? mine.get(random.nextInt(mine.size())) : prefix + n;
      String title = "Version " + n + " of " + id;
      int kind = random.nextInt(10);
      try {
        expected.remove(id);
        if (kind < 6) {
          if (api.put("/api/articles/" + id, "{\"title\": \"" + title + "\"}").status() / 100 == 2) {
            acknowledge(id, title);
          }
        } else if (kind < 8) {
          if (api.delete("/api/articles/" + id).status() / 100 == 2) {
            acknowledge(id, DELETED);
          }
        } else {
          Map<String, String> batch = new HashMap<>();
          for (int k = 0; k < 5; k++) {
            batch.put(id + "-b" + k, title);
          }
          String body = batch.entrySet().stream()
              .map(e -> "{\"id\": \"" + e.getKey() + "\", \"title\": \"" + e.getValue() + "\"}\n")
              .reduce("", String::concat);
          batch.keySet().forEach(expected::remove);
          Api.Response response = api.post("/api/articles", "application/x-ndjson", body);
          if (response.status() == 200 && response.json().get("accepted").getAsInt() == batch.size()) {
            batch.forEach(this::acknowledge);
          }
        }
        mine.add(id);
      } catch (RuntimeException e) {
        return;
      }
    }
  }

  private void acknowledge(String id, String title) {
    expected.put(id, title);
    acknowledged.incrementAndGet();
  }

  private void verify(int cycle) {
    try (DataFolder folder = DataFolder.open(data, GazetteConfig.defaults())) {
      DataFolder.CheckReport check = folder.check();
      assertTrue(check.clean(), "cycle " + cycle + ": CheckIndex found problems\n" + check.report());
      folder.read(gazette -> {
        expected.forEach((id, title) -> {
          Optional<Article> found = gazette.get(id);
          if (title.equals(DELETED)) {
            assertTrue(found.isEmpty(), "cycle " + cycle + ": acknowledged delete of " + id + " was undone");
          } else {
            assertTrue(found.isPresent(), "cycle " + cycle + ": acknowledged write of " + id + " was lost");
            assertEquals(title, found.get().title(), "cycle " + cycle + ": " + id + " lost its last write");
          }
        });
        return null;
      });
    }
  }
}
