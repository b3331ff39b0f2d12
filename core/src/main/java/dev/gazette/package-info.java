/**
 * Gazette's public API: {@link dev.gazette.Gazette}, the engine over one index, and the values it
 * takes and returns ({@link dev.gazette.SearchRequest}, {@link dev.gazette.SearchResult}, {@link
 * dev.gazette.Article}, ...). The module exports this package and {@code dev.gazette.eval}; every
 * other package of core is internal.
 */
package dev.gazette;
