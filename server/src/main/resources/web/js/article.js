// The article view: full text, haiku, references, facets and related articles.

import { h, replace } from "./dom.js";
import { dimensionLabel, longDate, shortDate } from "./format.js";
import { haiku } from "./results.js";

/**
 * Renders `article` into `view`. `links` gives addresses: back() to the results, search(filter)
 * for a search narrowed to one facet value, article(id) for another article.
 */
export function renderArticle(view, article, links) {
  const byline = [article.author ? `By ${article.author}` : null, article.section].filter(Boolean).join(" · ");
  replace(view,
    h("p", { className: "back" }, h("a", { href: links.back(), className: "back-link", attrs: { "data-back": "" }, text: "← Back to results" })),
    h("header", { className: "article-header" },
      h("h1", { id: "article-title", className: "article-title", tabIndex: -1, text: article.title || article.id }),
      h("p", { className: "article-meta" },
        article.published ? h("time", { dateTime: article.published, text: longDate(article.published) }) : null,
        byline ? h("span", { className: "byline", text: byline }) : null)),
    haiku(article.haiku, "article-haiku"),
    h("div", { className: "article-body" }, paragraphs(article.body).map((paragraph) => h("p", { text: paragraph }))),
    references(article.references),
    source(article.url),
    facetLinks(article, links.search),
    h("section", { className: "related", id: "related", hidden: true, attrs: { "aria-labelledby": "related-heading" } }));
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
