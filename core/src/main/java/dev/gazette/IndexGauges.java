package dev.gazette;

import java.time.Duration;
import java.time.Instant;

/**
 * The moment-to-moment state of an open index, for monitoring: cheap enough to read on every
 * metrics scrape, unlike {@link IndexStats} (which also counts facet values).
 *
 * @param documents live articles search sees
 * @param deletedDocuments deleted articles not yet merged away
 * @param segments Lucene segments search sees
 * @param sizeBytes bytes on disk (or in memory)
 * @param lastCommit when the last commit was made, or {@code null} if never
 * @param uncommittedChanges whether writes were made since the last commit (lost on a crash)
 * @param bufferedDocuments documents the writer holds in memory, not yet flushed to a segment
 * @param bufferedBytes memory the writer uses for them
 * @param refreshLag how long the oldest write that search does not see yet has waited; zero when
 *     search sees every write
 * @param embedded live articles that have their vector for search by meaning (0 without an embedder)
 */
public record IndexGauges(
    long documents,
    long deletedDocuments,
    int segments,
    long sizeBytes,
    Instant lastCommit,
    boolean uncommittedChanges,
    long bufferedDocuments,
    long bufferedBytes,
    Duration refreshLag,
    long embedded) {}
