/**
 * Gazette's HTTP server: a thin Undertow layer that turns HTTP requests into core's request types
 * and core's results into JSON. It holds no search logic of its own.
 *
 * <p>{@link dev.gazette.server.Main} is the entry point of {@code ./gazette serve}; {@link
 * dev.gazette.server.GazetteServer} starts and stops one server for embedding and tests.
 */
package dev.gazette.server;
