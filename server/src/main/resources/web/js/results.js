// The list of hits, the summary line and the notices above it.

import { h, marked, replace } from "./dom.js";
import { count, dimensionLabel, plural, publishedLabel, shortDate } from "./format.js";

/**
 * One hit as a list item: its number, linked (highlighted) title, date, haiku and body snippets.
 * `href(id)` gives the article's address; `number` counts from 1.
 */
export function hitItem(hit, href, number) {
  const title = hit.snippets?.title ? marked(hit.snippets.title) : hit.title || hit.id;
  const body = (hit.snippets?.body ?? []).map((snippet) => h("p", { className: "snippet" }, marked(snippet)));
  return h("li", { className: "hit" },
    h("span", { className: "hit-number", attrs: { "aria-hidden": "true" }, text: `${count(number)}.` }),
    h("h2", { className: "hit-title" },
      h("a", { href: href(hit.id), attrs: { "data-article": hit.id } }, title)),
    hit.published ? h("p", { className: "hit-meta" }, h("time", { dateTime: hit.published, text: shortDate(hit.published) })) : null,
    haiku(hit.haiku, "hit-haiku"),
    body.length ? h("div", { className: "hit-snippets" }, body) : null);
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
