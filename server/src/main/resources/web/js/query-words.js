// The words of a query, found again in an article's text: the article view marks them as the
// results mark their matches (the server highlights snippets, not whole stored articles).

import { h } from "./dom.js";

const STOP = new Set(["a", "an", "and", "are", "as", "at", "be", "by", "for", "in", "is", "it", "of", "on", "or", "the", "to", "with"]);
const WORD = /[\p{L}\p{N}]+/gu;
const ENDINGS = /(ies|es|s|ing|ed)$/;

/**
 * A pattern matching the words `query` looks for (their stems, so "sanctions" finds "sanction"),
 * or null when it looks for none. Excluded words (`-word`, `NOT word`), operators and field names
 * are left out.
 */
export function queryPattern(query) {
  const tokens = query.match(/-?"[^"]*"?|\S+/g) ?? [];
  const roots = new Set();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === "NOT") {
      i++;
    } else if (token !== "AND" && token !== "OR" && !token.startsWith("-")) {
      for (const word of token.replace(/^[a-z]+:/i, "").toLowerCase().match(WORD) ?? []) {
        if (!STOP.has(word)) {
          roots.add(word.length > 4 ? word.replace(ENDINGS, "") : word);
        }
      }
    }
  }
  if (!roots.size) {
    return null;
  }
  const alternatives = [...roots].sort((a, b) => b.length - a.length).map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})[\\p{L}\\p{N}]*`, "giu");
}

/** `text` as text nodes with what `pattern` matches in <mark> elements (plain text without a pattern). */
export function markWords(text, pattern) {
  const fragment = document.createDocumentFragment();
  if (!pattern) {
    fragment.append(text);
    return fragment;
  }
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    fragment.append(text.slice(last, match.index), h("mark", { text: match[0] }));
    last = match.index + match[0].length;
  }
  fragment.append(text.slice(last));
  return fragment;
}
