/** Timings and their statistics: interleaved runs, latencies, spreads and ratios. */
package dev.gazette.bench.measure;
