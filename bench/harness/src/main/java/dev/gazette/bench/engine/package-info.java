/** The engines the benchmarks time, behind one interface: Gazette in process and over HTTP, OpenSearch over HTTP. */
package dev.gazette.bench.engine;
