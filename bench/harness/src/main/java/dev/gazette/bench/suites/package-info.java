/** The benchmark suites, each writing one section of the report. */
package dev.gazette.bench.suites;
