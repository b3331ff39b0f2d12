/**
 * Internal: highlighted snippets with Lucene's UnifiedHighlighter, every piece of article text
 * HTML-escaped and only the highlight tags left live. Not part of the public API.
 */
package dev.gazette.highlight;
