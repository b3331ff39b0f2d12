package dev.gazette.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.Article;
import dev.gazette.Gazette;
import dev.gazette.GazetteConfig;
import dev.gazette.GazetteException;
import dev.gazette.IngestReport;
import dev.gazette.OpenSearchTarget;
import dev.gazette.SearchRequest;
import dev.gazette.UnsupportedFeatureException;
import dev.gazette.store.DataFolder;
import dev.gazette.store.Generation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generations behind an alias follow the same rules as a data folder's (they share one policy):
 * three complete ones kept after each switch, a failed build deleted with the alias unmoved, any kept
 * one made live again, every switch logged in the data folder, on the real three-node cluster.
 */
class OpenSearchGenerationsTest {
  @TempDir Path dir;

  private static IngestReport articles(Gazette gazette, int count, String prefix) {
    List<Article> batch = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      batch.add(Article.of(prefix + i, "Report " + i, Instant.parse("2024-01-01T12:00:00Z"), List.of("wheat")));
    }
    gazette.upsertAll(batch);
    return new IngestReport(count, 0, List.of());
  }

  private static long total(DataFolder folder) {
    return folder.withLive(gazette -> {
      gazette.refresh();
      return gazette.search(SearchRequest.builder().size(1).highlight(false).build()).total();
    });
  }

  @Test
  void theAliasKeepsThreeGenerationsSwitchesBackAndLogsEverySwitch() throws Exception {
    OpenSearchTarget target = new OpenSearchTarget(OpenSearchCluster.shared().urls(), "kept", null, null, 1, 0);
    try (DataFolder folder = DataFolder.connect(dir, target, GazetteConfig.defaults())) {
      for (int n = 1; n <= 4; n++) {
        int count = n;
        folder.reindex("build " + n, null, g -> articles(g, count, "b" + count));
      }
      List<Generation> kept = folder.generations();
      assertEquals(List.of("build 2", "build 3", "build 4"), kept.stream().map(Generation::builtBy).toList());
      assertTrue(kept.stream().allMatch(g -> g.id().startsWith("kept-g")), kept::toString);
      assertNull(kept.get(2).writtenSince(), "writes are not tracked on OpenSearch");
      assertEquals(4, total(folder));

      assertThrows(IllegalStateException.class, () -> folder.reindex("broken", null, g -> {
        articles(g, 1, "x");
        throw new IllegalStateException("source broke halfway");
      }));
      assertEquals(kept, folder.generations(), "the failed build's index is deleted and the alias did not move");

      Generation oldest = kept.get(0);
      assertEquals(oldest.id(), folder.use(oldest.id(), "a test switching back").id());
      assertEquals(2, total(folder), "the alias moved to the index of build 2");
      assertEquals(3, folder.generations().size(), "switching back deletes nothing");

      GazetteException missing = assertThrows(GazetteException.class, () -> folder.use("kept-g42", "test"));
      assertTrue(missing.getMessage().contains("there is no generation kept-g42 in the alias kept"), missing.getMessage());
      assertThrows(UnsupportedFeatureException.class, folder::check);

      String log = Files.readString(dir.resolve("generations.log"));
      assertTrue(log.contains("switched from " + kept.get(2).id() + " to " + oldest.id() + ": a test switching back\n"),
          log);
      assertEquals(5, log.lines().count(), log);
    }
  }
}
