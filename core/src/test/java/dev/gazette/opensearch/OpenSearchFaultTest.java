package dev.gazette.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.Article;
import dev.gazette.GazetteConfig;
import dev.gazette.IngestReport;
import dev.gazette.OpenSearchTarget;
import dev.gazette.SearchRequest;
import dev.gazette.store.DataFolder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node of the three-node cluster is killed while a reindex bulk-loads an index with one replica:
 * the load finishes (requests move to the nodes left, refused items are sent again), the alias moves
 * to the new index, and every article whose write was acknowledged is searchable.
 */
class OpenSearchFaultTest {
  private static final int ARTICLES = 6_000;
  private static final int BATCH = 200;
  private static final List<String> WORDS = List.of("grain", "wheat", "oil", "crude", "bank", "rates", "coffee",
      "cocoa", "sugar", "gold", "shares", "dollar", "yen", "tariffs", "exports", "harvest");

  @TempDir Path dir;

  @Test
  void aNodeKilledDuringABulkLoadLosesNoAcknowledgedArticle() throws Exception {
    OpenSearchCluster cluster = OpenSearchCluster.shared();
    OpenSearchTarget target = new OpenSearchTarget(cluster.urls(), "fault", null, null, 3, 1);
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicReference<Throwable> killFailure = new AtomicReference<>();
    AtomicInteger nodesAtEndOfLoad = new AtomicInteger();
    int victim = 0;
    try (DataFolder folder = DataFolder.connect(dir, target, GazetteConfig.defaults())) {
      IngestReport report = describedOnFailure(cluster, () -> folder.reindex(gazette -> {
        List<Article> batch = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
          batch.add(article(i));
          if (batch.size() == BATCH) {
            gazette.upsertAll(batch);
            batch.forEach(article -> acknowledged.add(article.id()));
            batch.clear();
            if (acknowledged.size() == ARTICLES / 3) {
              Thread.ofPlatform().start(() -> {
                try {
                  cluster.kill(victim);
                } catch (InterruptedException e) {
                  killFailure.set(e);
                }
              });
            }
          }
        }
        nodesAtEndOfLoad.set(cluster.urls().size());
        return new IngestReport(acknowledged.size(), 0, List.of());
      }));
      assertNull(killFailure.get());
      assertEquals(OpenSearchCluster.NODES - 1, nodesAtEndOfLoad.get(), "the node died while the load ran");
      assertEquals(ARTICLES, report.accepted());
      long found = folder.withLive(gazette -> {
        gazette.refresh();
        return gazette.search(SearchRequest.builder().size(1).highlight(false).build()).total();
      });
      assertEquals(acknowledged.size(), found);
      for (int i = 0; i < ARTICLES; i += 97) {
        String id = "fault-" + i;
        assertTrue(folder.withLive(gazette -> gazette.get(id)).isPresent(), id);
      }
    } finally {
      cluster.restart(victim);
    }
  }

  /** A load to run, whose failure carries what the cluster's nodes say of their state. */
  interface Load {
    IngestReport run() throws Exception;
  }

  private static IngestReport describedOnFailure(OpenSearchCluster cluster, Load load) {
    try {
      return load.run();
    } catch (Exception e) {
      throw new AssertionError("the load failed; the nodes left say:" + cluster.describe(), e);
    }
  }

  private static Article article(int i) {
    String a = WORDS.get(i % WORDS.size());
    String b = WORDS.get((i / WORDS.size()) % WORDS.size());
    return Article.of("fault-" + i, "Report " + i + " on " + a + " and " + b,
        Instant.parse("1987-03-01T00:00:00Z").plusSeconds(3_600L * i),
        List.of("Traders said " + a + " moved against " + b + " in session " + i + ".",
            "Analysts expect " + b + " to follow " + a + " next week."));
  }
}
