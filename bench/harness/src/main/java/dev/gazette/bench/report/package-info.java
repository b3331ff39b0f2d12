/** The report: Markdown sections and tables, and PNG charts drawn with JFreeChart. */
package dev.gazette.bench.report;
