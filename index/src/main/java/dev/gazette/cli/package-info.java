/**
 * The {@code gazette} command-line tool: {@code reindex}, {@code add}, {@code delete}, {@code search},
 * {@code stats} and {@code check} over a data folder shared with the server.
 *
 * <p>Commands only parse options into core's types, drive {@link dev.gazette.store.DataFolder} and format
 * the results; searching, indexing and the atomic index swap all live in core.
 */
package dev.gazette.cli;
