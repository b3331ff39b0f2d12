/** The benchmark corpora (Reuters-21578 and generated news) and the search-benchmark-game queries. */
package dev.gazette.bench.corpus;
