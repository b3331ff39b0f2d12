package dev.gazette;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an index holds and how big it is.
 *
 * @param documents live articles
 * @param deletedDocuments deleted articles not yet merged away
 * @param segments Lucene segments
 * @param sizeBytes bytes on disk (or in memory)
 * @param lastCommit when the last commit was made, or {@code null} if never
 * @param fields indexed field names
 * @param topFacetValues each facet dimension with its most frequent values
 * @param embedding how far the index is embedded for search by meaning, or {@code null} when the
 *     engine has no embedder
 */
public record IndexStats(
    long documents,
    long deletedDocuments,
    int segments,
    long sizeBytes,
    Instant lastCommit,
    List<String> fields,
    Map<String, List<SearchResult.FacetValue>> topFacetValues,
    EmbeddingProgress embedding) {}
