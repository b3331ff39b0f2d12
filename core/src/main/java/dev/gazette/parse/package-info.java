/**
 * Internal: the article readers behind {@link dev.gazette.ArticleReader} — seed, plain text,
 * Markdown, JSON Lines and JSON array sources, date parsing, format detection and folder walking.
 * Not part of Gazette's public API; it may change at any time.
 */
package dev.gazette.parse;
