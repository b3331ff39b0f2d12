package dev.gazette.index;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What built an index, kept with the index itself (Lucene commit user data; the mapping's {@code _meta}
 * on OpenSearch) so that whoever opens the index, from any data folder, can tell a user's archive from
 * the bundled seeds before deciding to replace it.
 *
 * @param builtBy what built it, in words: {@code "gazette reindex reuters.jsonl.gz"}, {@code "seeds in /srv/seeds"}
 * @param fingerprint a fingerprint of what it was built from (the seeds' SHA-256), or {@code null}
 * @param builtAt when it was built
 * @param writtenSince whether articles were written or deleted after the build; {@code null} where that is not
 *     tracked (OpenSearch)
 */
public record BuildRecord(String builtBy, String fingerprint, Instant builtAt, Boolean writtenSince) {
  /** The commit data key of {@link #builtBy}; every key of the record starts with {@link #PREFIX}. */
  static final String PREFIX = "gazette.built";
  private static final String BUILT_BY = PREFIX + "By";
  private static final String FINGERPRINT = PREFIX + "From";
  private static final String BUILT_AT = PREFIX + "At";
  /** The key marking an index written to after its build. */
  static final String WRITTEN_SINCE = PREFIX + ".writtenSince";

  /** A record of a build finished now, nothing written since. */
  public static BuildRecord now(String builtBy, String fingerprint) {
    return new BuildRecord(builtBy, fingerprint, Instant.now(), false);
  }

  /** The record as commit data (or {@code _meta}) entries; {@link #writtenSince} only when true. */
  public Map<String, String> toCommitData() {
    Map<String, String> data = new HashMap<>();
    data.put(BUILT_BY, builtBy);
    if (fingerprint != null) {
      data.put(FINGERPRINT, fingerprint);
    }
    data.put(BUILT_AT, Long.toString(builtAt.toEpochMilli()));
    if (Boolean.TRUE.equals(writtenSince)) {
      data.put(WRITTEN_SINCE, "true");
    }
    return data;
  }

  /**
   * The record in {@code data}, or {@code null} when the index holds none (built before records were
   * kept); {@code writesTracked} says whether an absent mark means "not written since" or "unknown".
   */
  public static BuildRecord fromCommitData(Map<String, String> data, boolean writesTracked) {
    String builtBy = data.get(BUILT_BY);
    if (builtBy == null) {
      return null;
    }
    String at = data.get(BUILT_AT);
    Instant builtAt = at == null || !at.matches("\\d{1,18}") ? null : Instant.ofEpochMilli(Long.parseLong(at));
    Boolean written = writesTracked ? Boolean.valueOf("true".equals(data.get(WRITTEN_SINCE))) : null;
    return new BuildRecord(builtBy, data.get(FINGERPRINT), builtAt, written);
  }

  /** The entries of {@code data} that belong to a build record. */
  static Map<String, String> entriesOf(Map<String, String> data) {
    Map<String, String> entries = new HashMap<>();
    data.forEach((key, value) -> {
      if (key.startsWith(PREFIX)) {
        entries.put(key, value);
      }
    });
    return entries;
  }
}
