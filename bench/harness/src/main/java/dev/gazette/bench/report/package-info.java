/** The report: Markdown sections and tables, and PNG charts drawn with Java2D. */
package dev.gazette.bench.report;
