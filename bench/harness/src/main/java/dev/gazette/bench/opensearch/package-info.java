/** OpenSearch 3.9.0 as a baseline: its mapping, documents and queries equivalent to Gazette's, and an admin client. */
package dev.gazette.bench.opensearch;
