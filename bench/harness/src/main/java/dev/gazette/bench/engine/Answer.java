package dev.gazette.bench.engine;

import java.util.List;

/**
 * What a search returned, to check that engines agree.
 *
 * @param total the exact number of matches
 * @param ids the ids of the hits, best first
 */
public record Answer(long total, List<String> ids) {}
