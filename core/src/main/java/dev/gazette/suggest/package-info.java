/**
 * Internal: autocomplete for the search box, from fields written with every article (title words,
 * the starts of title words, and the phrases articles share in a weighted FST per segment), so it is
 * as current as the searcher and never rebuilt. Not part of the public API.
 */
package dev.gazette.suggest;
