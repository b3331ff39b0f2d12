// The article view: full text, haiku, references, facets and related articles.

import { h, replace } from "./dom.js";
import { count, dimensionLabel, longDate, shortDate } from "./format.js";
import { markWords } from "./query-words.js";

/**
 * Renders `article` into `view`, with what `pattern` matches (the query's words) marked. `links`
 * gives addresses: back() to the results, search(filter) for a search narrowed to one facet value.
 */
export function renderArticle(view, article, links, pattern) {
  const byline = [article.author ? `By ${article.author}` : null, article.section].filter(Boolean).join(" · ");
  const marked = (text) => markWords(text, pattern);
  replace(view,
    h("div", { className: "article-bar" },
      h("p", { className: "back" }, h("a", { href: links.back(), className: "back-link", attrs: { "data-back": "" }, text: "← Back to results" })),
      h("nav", { id: "result-nav", className: "result-nav", attrs: { "aria-label": "Results" } })),
    h("header", { className: "article-header" },
      h("h1", { id: "article-title", className: "article-title", tabIndex: -1 }, marked(article.title || article.id)),
      h("p", { className: "article-meta" },
        article.published ? h("time", { dateTime: article.published, text: longDate(article.published) }) : null,
        byline ? h("span", { className: "byline", text: byline }) : null)),
    article.haiku?.length ? h("p", { className: "haiku article-haiku" },
      article.haiku.map((line) => h("span", { className: "haiku-line" }, marked(line)))) : null,
    h("div", { className: "article-body" }, paragraphs(article.body).map((paragraph) => h("p", {}, marked(paragraph)))),
    references(article.references),
    source(article.url),
    facetLinks(article, links.search),
    h("section", { className: "related", id: "related", hidden: true, attrs: { "aria-labelledby": "related-heading" } }));
}

/**
 * The previous/next links of an article opened from the results into `view`'s navigation:
 * `position` is {index, total, previous, next} (ids or null), or null when the article is not
 * among the results shown. `href(id)` gives an article's address.
 */
export function renderResultNav(view, position, href) {
  const nav = view.querySelector("#result-nav");
  if (!nav) {
    return;
  }
  if (!position) {
    replace(nav);
    return;
  }
  const step = (id, offset, text, key) => (id
    ? h("a", { href: href(id), className: "step", attrs: { "data-step": offset, "aria-keyshortcuts": key }, text })
    : h("span", { className: "step disabled", attrs: { "aria-hidden": "true" }, text }));
  replace(nav,
    step(position.previous, -1, "← Previous", "p"),
    h("span", { className: "position", text: `Result ${count(position.index + 1)} of ${count(position.total)}` }),
    step(position.next, 1, "Next →", "n"));
}

/**
 * Fills the related-articles section with `result` (search-shaped: {total, hits}); leaves it
 * hidden when there is nothing to show.
 */
export function renderRelated(view, result, articleHref) {
  const section = view.querySelector("#related");
  const hits = result?.hits ?? [];
  if (!section || !hits.length) {
    return;
  }
  replace(section,
    h("h2", { id: "related-heading", text: "Related articles" }),
    h("ul", { className: "related-list" }, hits.map((hit) => h("li", {},
      h("a", { href: articleHref(hit.id), attrs: { "data-article": hit.id }, text: hit.title || hit.id }),
      hit.published ? h("span", { className: "related-date", text: ` · ${shortDate(hit.published)}` }) : null))));
  section.hidden = false;
}

/**
 * The body's paragraphs. Wire copy such as Reuters keeps its paragraphs in one string, each
 * starting on a new indented line, with hard line breaks inside: those are split and joined.
 */
function paragraphs(body) {
  return (body ?? []).flatMap((text) => text.split(/\n[ \t]+/))
    .map((text) => text.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean);
}

function references(text) {
  if (!text?.trim()) {
    return null;
  }
  return h("section", { className: "references", attrs: { "aria-labelledby": "references-heading" } },
    h("h2", { id: "references-heading", text: "Referenced articles" }),
    h("p", { text }));
}

/** A link to the article at its source, for http and https addresses only. */
function source(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    return null;
  }
  return h("p", { className: "source" }, h("a", { href: parsed.href, rel: "noopener noreferrer", text: "Read at the source" }));
}

/** The article's facet values (tags, section, author, source facets), each a search link. */
function facetLinks(article, searchHref) {
  const groups = [];
  const add = (dimension, values) => {
    const list = (values ?? []).filter(Boolean);
    if (list.length) {
      groups.push([dimension, list]);
    }
  };
  add("section", [article.section]);
  add("author", [article.author]);
  add("tags", article.tags);
  add("language", [article.language]);
  for (const [dimension, values] of Object.entries(article.facets ?? {})) {
    add(dimension, values);
  }
  if (!groups.length) {
    return null;
  }
  return h("section", { className: "article-facets", attrs: { "aria-label": "Filed under" } },
    h("dl", {}, groups.map(([dimension, values]) => [
      h("dt", { text: dimensionLabel(dimension) }),
      h("dd", {}, values.map((value) => h("a", {
        href: searchHref(dimension, value),
        className: "chip",
        attrs: { "data-filter-dimension": dimension, "data-filter-value": value },
        text: value,
      }))),
    ])));
}
