package dev.gazette.server;

import dev.gazette.store.DataFolder;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * {@code POST /api/admin/snapshot}: copies the last commit of the live index into a new folder under
 * {@code <data>/snapshots/} while the server keeps serving and indexing, for {@code gazette restore}.
 */
final class SnapshotEndpoint {
  private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'snapshot-'yyyyMMdd'T'HHmmss.SSS'Z'")
      .withZone(ZoneOffset.UTC);

  private final DataFolder data;

  /** The endpoint over {@code data}. */
  SnapshotEndpoint(DataFolder data) {
    this.data = data;
  }

  /**
   * The snapshot taken: its folder name, absolute path and size.
   *
   * @param snapshot the folder's name
   * @param path where it is, to pass to {@code gazette restore}
   * @param bytes the bytes copied
   */
  record Snapshot(String snapshot, String path, long bytes) {}

  /** Takes a snapshot and answers 201 with where it is. */
  Reply handle(Call call) {
    String name = NAME.format(Instant.now());
    Path dest = data.dir().resolve("snapshots").resolve(name);
    long bytes = data.backup(dest);
    return Reply.of(201, new Snapshot(name, dest.toString(), bytes));
  }
}
