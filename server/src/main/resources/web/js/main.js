// The search page: keeps the state in the URL, runs searches as the reader types or filters, and
// switches between the results and one article.

import * as api from "./api.js";
import { renderArticle, renderRelated } from "./article.js";
import { articleOf, Autocomplete } from "./autocomplete.js";
import { h, replace } from "./dom.js";
import { FacetSidebar } from "./facets.js";
import { hitItem, renderActiveFilters, renderNotice, renderSummary } from "./results.js";
import { addFilter, fromUrl, searchParams, toUrl, withoutFilters } from "./state.js";
import { renderTimeline } from "./timeline.js";

const PAGE_SIZE = 10;
const FACET_LIMIT = 100;
const RELATED = 5;
const TYPING_DELAY_MS = 250;
const RETRY_MS = 1000;
/** Known dimensions in the order the sidebar shows them; others follow as the index lists them. */
const ORDER = [
  "published", "country", "person", "organization", "section", "tags",
  "topics", "places", "people", "orgs", "exchanges", "author", "language",
];

const $ = (id) => document.getElementById(id);
const el = {
  form: $("search-form"), q: $("q"), suggestions: $("suggestions"), sort: $("sort"), from: $("from"), to: $("to"),
  clearDates: $("clear-dates"), clearFilters: $("clear-filters"), timeline: $("timeline"),
  filtersToggle: $("filters-toggle"), sidebar: $("sidebar"), main: $("main"),
  resultsView: $("results-view"), heading: $("results-heading"), summary: $("summary"), notice: $("notice"),
  error: $("error"), active: $("active-filters"), results: $("results"), more: $("more"), articleView: $("article-view"),
};

let state = fromUrl(location.search);
let dimensions = ["published", "country"];
let typing = false;
let typingTimer = 0;
const search = { key: null, controller: null, cursor: null, shown: 0, loadingMore: false };
const reading = { id: null, controller: null };

const sidebar = new FacetSidebar({
  published: $("published-facet"),
  others: $("facets"),
  facetLimit: FACET_LIMIT,
  onChange: toggleFilter,
});
const autocomplete = new Autocomplete(el.q, el.suggestions, (suggestion) => {
  if (articleOf(suggestion)) {
    go({ ...state, article: articleOf(suggestion) });
  } else {
    el.q.value = suggestion.text;
    go({ ...state, q: suggestion.text, article: null });
  }
});

/** The page address for `s`. */
const href = (s) => `/${toUrl(s)}`;
const articleHref = (id) => href({ ...state, article: id });

/**
 * Moves to state `next` as a new history entry (`push`), by changing the current one (`replace`),
 * or as typing (`typing`: the first search of a run of typing is a new entry, the rest change it).
 */
function go(next, mode = "push") {
  typing = mode === "typing";
  if (!typing) {
    clearTimeout(typingTimer); // a search still waiting for typing to pause must not undo this move
  }
  const fromResults = !state.article && next.article;
  state = next;
  const url = href(state);
  if (mode === "push" || (mode === "typing" && !history.state?.typing)) {
    history.pushState({ fromResults: Boolean(fromResults), typing }, "", url);
  } else if (mode === "replace" || mode === "typing") {
    history.replaceState({ ...history.state, typing }, "", url);
  }
  render();
}

/** Shows what `state` says: the controls, then the results or the article. */
function render() {
  if (el.q.value.trim() !== state.q.trim()) {
    el.q.value = state.q;
  }
  el.sort.value = state.sort;
  el.from.value = state.from;
  el.to.value = state.to;
  el.clearDates.hidden = !state.from && !state.to;
  const chosen = state.filters.length + (state.from || state.to ? 1 : 0);
  el.clearFilters.hidden = !chosen;
  el.filtersToggle.textContent = chosen ? `Filters (${chosen})` : "Filters";
  renderActiveFilters(el.active, state, removeFilter);
  el.resultsView.hidden = Boolean(state.article);
  el.articleView.hidden = !state.article;
  runSearch();
  if (state.article) {
    showArticle(state.article);
  } else {
    reading.controller?.abort();
    reading.id = null;
    document.title = state.q.trim() ? `${state.q.trim()} — Gazette search` : "Gazette search";
  }
}

function searchRequest(extra) {
  const params = searchParams(state);
  if (!state.q.trim() && (state.sort === "relevance" || state.sort === "recency")) {
    params.set("sort", "newest"); // with no words to rank by, the latest news comes first
  }
  for (const [name, value] of Object.entries(extra)) {
    params.set(name, value);
  }
  return params;
}

async function runSearch() {
  const key = searchParams(state).toString();
  if (key === search.key) {
    return;
  }
  search.key = key;
  search.controller?.abort();
  search.controller = new AbortController();
  const signal = search.controller.signal;
  const wanted = [...new Set([...dimensions, ...state.filters.map((f) => f.dimension)])];
  setBusy(true);
  try {
    const result = await api.search(searchRequest({
      facets: wanted.join(","), facetLimit: FACET_LIMIT, timeline: "true", size: PAGE_SIZE,
    }), signal);
    showResults(result, wanted);
  } catch (error) {
    if (error.name !== "AbortError") {
      search.key = null;
      showError(error);
    }
  } finally {
    if (!signal.aborted) {
      setBusy(false);
    }
  }
}

function showResults(result, wanted) {
  el.error.hidden = true;
  el.heading.textContent = state.q.trim() ? `Results for “${state.q.trim()}”` : "Latest articles";
  replace(el.results, result.hits.map((hit) => hitItem(hit, articleHref)));
  if (!result.hits.length) {
    el.results.append(h("li", { className: "empty" },
      state.filters.length || state.from || state.to
        ? "No articles match. Try fewer words, or clear some filters."
        : "No articles match. Try fewer or other words."));
  }
  search.cursor = result.nextCursor;
  search.shown = result.hits.length;
  el.more.hidden = !search.cursor;
  renderSummary(el.summary, result, search.shown);
  renderNotice(el.notice, result, state.q.trim(), (q) => href({ ...state, q, article: null }));
  renderTimeline(el.timeline, result.timeline, (from, to) => go({ ...state, from, to, article: null }));
  sidebar.render(wanted, result.facets ?? {}, state.filters);
}

/** The next page of hits, through the cursor. */
async function loadMore() {
  if (!search.cursor || search.loadingMore || state.article) {
    return;
  }
  search.loadingMore = true;
  el.more.disabled = true;
  const key = search.key;
  const signal = search.controller.signal;
  try {
    const result = await api.search(searchRequest({ cursor: search.cursor, size: PAGE_SIZE }), signal);
    if (key !== search.key) {
      return;
    }
    el.results.append(...result.hits.map((hit) => hitItem(hit, articleHref)));
    search.cursor = result.nextCursor;
    search.shown += result.hits.length;
    el.more.hidden = !search.cursor;
    renderSummary(el.summary, result, search.shown);
  } catch (error) {
    if (error.name !== "AbortError") {
      showError(error);
    }
  } finally {
    search.loadingMore = false;
    el.more.disabled = false;
  }
}

async function showArticle(id) {
  if (reading.id === id) {
    return;
  }
  reading.id = id;
  reading.controller?.abort();
  reading.controller = new AbortController();
  const signal = reading.controller.signal;
  replace(el.articleView, h("p", { className: "loading-text", text: "Loading the article…" }));
  try {
    const article = await api.article(id, signal);
    renderArticle(el.articleView, article, {
      back: () => href({ ...state, article: null }),
      search: (dimension, value) => href({ q: "", filters: [{ dimension, value }], from: "", to: "", sort: "relevance", article: null }),
    });
    document.title = `${article.title || article.id} — Gazette`;
    $("article-title").focus();
    renderRelated(el.articleView, await api.related(id, RELATED, signal), articleHref);
  } catch (error) {
    if (error.name === "AbortError") {
      return;
    }
    reading.id = null;
    replace(el.articleView,
      h("p", { className: "back" }, h("a", { href: href({ ...state, article: null }), text: "← Back to results" })),
      h("h1", { id: "article-title", tabIndex: -1, text: error.status === 404 ? "Article not found" : "The article could not be loaded" }),
      h("p", { text: error.message }));
    $("article-title").focus();
  }
}

function toggleFilter(dimension, value, checked) {
  let filters = [...state.filters];
  if (checked) {
    if (dimension === "published") {
      // A year and its months overlap: keep the finer choice only.
      const year = value.split("/")[0];
      filters = withoutFilters(filters, (f) => f.dimension === "published"
        && (value.includes("/") ? f.value === year : f.value.startsWith(`${year}/`)));
    }
    addFilter(filters, dimension, value);
  } else {
    filters = withoutFilters(filters, (f) => f.dimension === dimension && f.value === value);
  }
  go({ ...state, filters, article: null });
}

/** Drops one filter, or the dates, keeping the focus among the remaining chips. */
function removeFilter(what) {
  const index = [...el.active.querySelectorAll("button")].indexOf(document.activeElement);
  go(what === "dates"
    ? { ...state, from: "", to: "", article: null }
    : { ...state, filters: withoutFilters(state.filters, (f) => f === what), article: null });
  const left = el.active.querySelectorAll("button");
  (left[Math.min(index, left.length - 1)] ?? el.q).focus();
}

function setBusy(busy) {
  el.main.setAttribute("aria-busy", String(busy));
  document.body.classList.toggle("busy", busy);
}

function showError(error) {
  el.error.hidden = false;
  replace(el.error, h("strong", { text: "Search failed. " }), error.message);
}

/** The facet dimensions the index has values in, from its statistics; retried while the server starts. */
async function loadDimensions() {
  for (;;) {
    try {
      const stats = await api.stats();
      const present = Object.entries(stats.topFacetValues ?? {}).filter(([, values]) => values.length).map(([d]) => d);
      dimensions = [...ORDER.filter((d) => present.includes(d)), ...present.filter((d) => !ORDER.includes(d))];
      el.error.hidden = true;
      return;
    } catch (error) {
      showError(error);
      if (error.status !== 503 && error.status !== 0) {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
}

/** Follows links within the page without reloading it. */
function followLink(event) {
  const link = event.target.closest("a[href]");
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return;
  }
  const url = new URL(link.href);
  if (url.origin !== location.origin || url.pathname !== "/") {
    return;
  }
  event.preventDefault();
  if (link.hasAttribute("data-back") && history.state?.fromResults) {
    history.back();
    return;
  }
  go(fromUrl(url.search));
  if (link.classList.contains("brand")) {
    el.q.focus();
  }
}

function bind() {
  el.q.addEventListener("input", () => {
    autocomplete.update();
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => go({ ...state, q: el.q.value, article: null }, "typing"), TYPING_DELAY_MS);
  });
  el.form.addEventListener("submit", (event) => {
    event.preventDefault();
    autocomplete.close();
    go({ ...state, q: el.q.value, article: null }, typing ? "replace" : "push");
  });
  el.sort.addEventListener("change", () => go({ ...state, sort: el.sort.value, article: null }));
  for (const input of [el.from, el.to]) {
    input.addEventListener("change", () => go({ ...state, from: el.from.value, to: el.to.value, article: null }));
  }
  el.clearDates.addEventListener("click", () => {
    go({ ...state, from: "", to: "", article: null });
    el.from.focus();
  });
  el.clearFilters.addEventListener("click", () => {
    go({ ...state, filters: [], from: "", to: "", article: null });
    el.q.focus();
  });
  el.more.addEventListener("click", loadMore);
  new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) {
      loadMore();
    }
  }, { rootMargin: "200px" }).observe(el.more);
  el.filtersToggle.addEventListener("click", () => {
    const open = el.filtersToggle.getAttribute("aria-expanded") !== "true";
    el.filtersToggle.setAttribute("aria-expanded", String(open));
    el.sidebar.classList.toggle("open", open);
  });
  document.addEventListener("click", followLink);
  document.addEventListener("keydown", (event) => {
    const inField = event.target.closest("input, select, textarea");
    if (event.key === "/" && !inField) {
      event.preventDefault();
      el.q.focus();
      el.q.select();
    } else if (event.key === "Escape" && state.article && !inField) {
      el.articleView.querySelector("a[data-back]")?.click();
    }
  });
  window.addEventListener("popstate", () => {
    const leaving = state.article;
    state = fromUrl(location.search);
    typing = false;
    render();
    if (leaving && !state.article) {
      el.results.querySelector(`a[data-article="${CSS.escape(leaving)}"]`)?.focus();
    }
  });
}

bind();
await loadDimensions();
history.replaceState({ fromResults: false, typing: false }, "", href(state));
render();
