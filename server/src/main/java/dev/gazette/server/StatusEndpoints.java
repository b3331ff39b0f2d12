package dev.gazette.server;

import dev.gazette.DataFolder;
import dev.gazette.Gazette;
import java.util.function.BooleanSupplier;

/** {@code /health}, {@code /ready} and {@code /api/stats}: is the server up, can it search, what does the index hold. */
final class StatusEndpoints {
  private final DataFolder data;
  private final BooleanSupplier ready;

  StatusEndpoints(DataFolder data, BooleanSupplier ready) {
    this.data = data;
    this.ready = ready;
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

  /** {@code GET /api/stats}: documents, size on disk, segments, last commit, fields, top facet values. */
  Reply stats(Call call) {
    return Reply.ok(data.withLive(Gazette::stats));
  }
}
