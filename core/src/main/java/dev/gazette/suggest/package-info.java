/**
 * Internal: autocomplete for the search box, built with Lucene's suggest module from an index's
 * titles and the phrases its articles share, rebuilt in the background as the index changes. Not
 * part of the public API.
 */
package dev.gazette.suggest;
