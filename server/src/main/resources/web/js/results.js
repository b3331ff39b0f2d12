// The list of hits, the summary line and the notices above it.

import { h, marked, replace } from "./dom.js";
import { count, dimensionLabel, plural, publishedLabel, shortDate } from "./format.js";

/** About three lines: how much of a passage without marked words (an article's lead) a hit shows. */
const LEAD_LENGTH = 280;
const MARK_TAG = "<mark>";

/**
 * One hit as a list item: its number, linked (highlighted) title, date, haiku and body snippets.
 * `href(id)` gives the article's address; `number` counts from 1; `mode` is the mode the answer
 * used. A hit with no marked word in a search by meaning was found by meaning alone, and says so.
 */
export function hitItem(hit, href, number, mode = "lexical") {
  const title = hit.snippets?.title ? marked(hit.snippets.title) : hit.title || hit.id;
  const snippets = (hit.snippets?.body ?? []).filter((snippet) => snippet.trim());
  const body = snippets.map((snippet) => h("p", { className: "snippet" }, marked(lead(snippet))));
  const byMeaning = mode !== "lexical" && ![hit.snippets?.title ?? "", ...snippets].some((s) => s.includes(MARK_TAG));
  const date = hit.published ? h("time", { dateTime: hit.published, text: shortDate(hit.published) }) : null;
  return h("li", { className: "hit" },
    h("span", { className: "hit-number", attrs: { "aria-hidden": "true" }, text: `${count(number)}.` }),
    h("h2", { className: "hit-title" },
      h("a", { href: href(hit.id), attrs: { "data-article": hit.id } }, title)),
    date || byMeaning
      ? h("p", { className: "hit-meta" }, date, byMeaning ? h("span", { className: "by-meaning", text: "Found by meaning" }) : null)
      : null,
    haiku(hit.haiku, "hit-haiku"),
    body.length ? h("div", { className: "hit-snippets" }, body) : null);
}

/**
 * A snippet as shown: marked passages as the server cut them; a passage without marks (the lead
 * the server sends for a hit found by meaning, which may be a whole long paragraph) cut to about
 * three lines, at the end of a sentence when one ends in the second half, else at a space with "…"
 * (a space never splits an escaped character; a passage without one stays whole).
 */
function lead(snippet) {
  if (snippet.length <= LEAD_LENGTH || snippet.includes(MARK_TAG)) {
    return snippet;
  }
  const cut = snippet.slice(0, LEAD_LENGTH + 1);
  const sentence = Math.max(cut.lastIndexOf(". "), cut.lastIndexOf("? "), cut.lastIndexOf("! "));
  if (sentence > LEAD_LENGTH / 2) {
    return cut.slice(0, sentence + 1);
  }
  const space = cut.lastIndexOf(" ");
  return space > 0 ? `${cut.slice(0, space).replace(/[,;:]+$/, "")}…` : snippet;
}

/** A haiku's lines as one block, or null when there is none. */
export function haiku(lines, className) {
  if (!lines?.length) {
    return null;
  }
  return h("p", { className: `haiku ${className}` }, lines.map((line) => h("span", { className: "haiku-line", text: line })));
}

/** "129 articles · 12 ms" and how many are shown, into `element`. */
export function renderSummary(element, result, shown) {
  if (result.total === 0) {
    replace(element, h("strong", { text: "0 articles" }), h("span", { className: "took", text: ` · ${count(result.tookMs)} ms` }));
    return;
  }
  const showing = shown < result.total ? ` · showing ${count(shown)}` : "";
  replace(element,
    h("strong", { text: plural(result.total, "article") }),
    h("span", { className: "took", text: ` · ${count(result.tookMs)} ms${showing}` }));
}

/**
 * Did-you-mean and typo notices into `element`. `link(q)` gives the address of a search for
 * q; the link carries data-query so the page can follow it without a reload.
 */
export function renderNotice(element, result, query, link) {
  const parts = [];
  if (result.typoTolerant) {
    parts.push(h("p", { className: "notice-typo" },
      "Nothing matched ", h("span", { className: "query-text", text: query }), " exactly; showing articles with close spellings."));
  }
  if (result.didYouMean) {
    parts.push(h("p", { className: "notice-dym" }, "Did you mean ",
      h("a", { href: link(result.didYouMean), attrs: { "data-query": result.didYouMean } },
        h("strong", { text: result.didYouMean })),
      "?"));
  }
  replace(element, parts);
}

/**
 * The chosen filters and dates as removable chips into `element`; `onRemove(filter)` runs with
 * the filter ({dimension, value}) or "dates".
 */
export function renderActiveFilters(element, state, onRemove) {
  const chip = (kind, label, what) => h("li", {},
    h("button", {
      type: "button",
      className: "active-filter",
      attrs: { "aria-label": `Remove ${kind}: ${label}` },
      onclick: () => onRemove(what),
    },
    h("span", { className: "active-kind", text: kind }),
    h("span", { text: label }),
    h("span", { className: "remove", attrs: { "aria-hidden": "true" }, text: "×" })));
  const chips = state.filters.map((f) => chip(dimensionLabel(f.dimension),
    f.dimension === "published" && f.value.includes("/") ? `${publishedLabel(f.value)} ${f.value.split("/")[0]}` : f.value,
    f));
  if (state.from || state.to) {
    chips.push(chip("Dates", `${state.from || "…"} to ${state.to || "…"}`, "dates"));
  }
  element.hidden = !chips.length;
  replace(element, chips);
}

/** The results' heading: the query as typed (no quotes added around a quoted phrase), or the latest articles. */
export function renderHeading(element, query) {
  replace(element, query ? ["Results for ", h("span", { className: "query-text", text: query })] : "Latest articles");
}
