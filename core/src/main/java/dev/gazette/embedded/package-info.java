/**
 * The embedded backend: a Lucene index in a folder (or in memory) of this JVM, kept by {@code
 * index/}, searched by {@code search/}, completed by {@code suggest/} and embedded by {@code
 * vector/}. {@code opensearch/} is the other backend; both execute the plans of {@code plan/}.
 */
package dev.gazette.embedded;
