/** The benchmark harness of Gazette: {@code ./gazette bench} runs the suites and writes {@code docs/benchmarks.md}. */
package dev.gazette.bench;
