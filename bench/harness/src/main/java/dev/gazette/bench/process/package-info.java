/** The servers the benchmarks start in JVMs of their own, and stop at the end of a run. */
package dev.gazette.bench.process;
