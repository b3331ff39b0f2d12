package dev.gazette.bench.http;

import dev.gazette.bench.measure.Latency;

/**
 * The outcome of one load run.
 *
 * @param concurrency client threads, each with its own connection
 * @param requests requests answered
 * @param errors answers with a status other than 200
 * @param qps requests answered per second of wall time
 * @param latency per-request latency
 */
public record LoadResult(int concurrency, int requests, int errors, double qps, Latency latency) {}
