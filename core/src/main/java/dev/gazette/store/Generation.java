package dev.gazette.store;

import java.time.Instant;

/**
 * One generation of a {@link DataFolder}'s index ({@link DataFolder#generations}): a complete index in
 * the data folder, or an index Gazette built behind the alias on OpenSearch, with what built it, so a
 * user can see what each holds and switch back to one ({@link DataFolder#use}).
 *
 * @param id its name ({@code g} and the time it was started, in milliseconds; on OpenSearch the index name)
 * @param live whether searches and writes go to it now
 * @param articles the articles it holds, or -1 when it cannot be read
 * @param builtAt when its build finished (on OpenSearch, when it started), or {@code null} when not recorded
 * @param builtBy what built it, in words, or {@code null} for an index built before Gazette kept the record
 * @param fingerprint a fingerprint of what it was built from (the seeds' SHA-256), or {@code null}
 * @param writtenSince whether articles were written or deleted since the build; {@code null} where that is
 *     not tracked (OpenSearch) or not recorded
 */
public record Generation(String id, boolean live, long articles, Instant builtAt, String builtBy,
    String fingerprint, Boolean writtenSince) {}
