/**
 * Two builds of Gazette compared in one process ({@code bench/compare-commits}): a change's cost
 * against the commit before it, measured under the same load.
 */
package dev.gazette.bench.compare;
