/** OpenSearch 3.9.0 as a baseline: an admin client and the bulk bodies, made from core's own OpenSearch mapping and documents. */
package dev.gazette.bench.opensearch;
