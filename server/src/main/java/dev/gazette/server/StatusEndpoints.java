package dev.gazette.server;

import com.google.gson.JsonObject;
import dev.gazette.Gazette;
import dev.gazette.store.DataFolder;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** {@code /health}, {@code /ready} and {@code /api/stats}: is the server up, can it search, what does the index hold. */
final class StatusEndpoints {
  private final DataFolder data;
  private final BooleanSupplier ready;
  private final Instant startedAt;

  /** Endpoints over {@code data}, for a server started at {@code startedAt}. */
  StatusEndpoints(DataFolder data, BooleanSupplier ready, Instant startedAt) {
    this.data = data;
    this.ready = ready;
    this.startedAt = startedAt;
  }

  /**
   * The answer of the health and readiness checks.
   *
   * @param status {@code ok} (alive) or {@code ready} (index open and searchable)
   */
  record Status(String status) {}

  /** {@code GET /health}: 200 as long as the process serves HTTP. */
  Reply health(Call call) {
    return Reply.ok(new Status("ok"));
  }

  /** {@code GET /ready}: 200 once the index is open and searchable, 503 before. */
  Reply ready(Call call) {
    if (!ready.getAsBoolean()) {
      throw ApiException.notReady();
    }
    return Reply.ok(new Status("ready"));
  }

  /**
   * {@code GET /api/stats}: core's index statistics (documents, size on disk, segments, last commit,
   * fields, top facet values), as {@code gazette stats --json} prints them, plus when the live index
   * was last reindexed, when this server started and its uptime in seconds.
   */
  Reply stats(Call call) {
    JsonObject stats = Json.tree(data.withLive(Gazette::stats));
    Instant lastReindex = data.lastReindex();
    stats.addProperty("lastReindex", lastReindex == null ? null : lastReindex.toString());
    stats.addProperty("startedAt", startedAt.toString());
    stats.addProperty("uptimeSeconds", Duration.between(startedAt, Instant.now()).toSeconds());
    return Reply.ok(stats);
  }
}
