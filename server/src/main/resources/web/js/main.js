// The search page: keeps the state in the URL, runs searches as the reader types or filters, and
// switches between the results and one article.

import * as api from "./api.js";
import { articleOf, Autocomplete } from "./autocomplete.js";
import { h, replace } from "./dom.js";
import { BASE_LIMIT, countMissing, FacetSidebar } from "./facets.js";
import { parseDay, plural, shortDate } from "./format.js";
import { MeaningControls } from "./meaning.js";
import { bindNavigation } from "./navigation.js";
import { Reader } from "./reader.js";
import { hitItem, renderActiveFilters, renderHeading, renderNotice, renderSummary } from "./results.js";
import { Latest, search as runApiSearch } from "./searcher.js";
import { fromUrl, searchParams, toggled, toUrl, withoutFilters } from "./state.js";
import { renderTimeline } from "./timeline.js";

const PAGE_SIZE = 10;
/**
 * How long typing must pause before a search: short enough to feel instant (it is part of the
 * benchmark's keystroke-to-results), long enough that a burst of keys or a paste makes one search.
 */
const TYPING_DELAY_MS = 25;
const RETRY_MS = 1000;

const $ = (id) => document.getElementById(id);
const el = {
  form: $("search-form"), q: $("q"), suggestions: $("suggestions"), sort: $("sort"), from: $("from"), to: $("to"),
  dateError: $("date-error"), clearDates: $("clear-dates"), clearFilters: $("clear-filters"), timeline: $("timeline"),
  filtersToggle: $("filters-toggle"), sidebar: $("sidebar"), showResults: $("show-results"), main: $("main"),
  resultsView: $("results-view"), heading: $("results-heading"), summary: $("summary"), notice: $("notice"),
  error: $("error"), active: $("active-filters"), results: $("results"), more: $("more"), articleView: $("article-view"),
};
const phone = matchMedia("(max-width: 860px)");

let state = fromUrl(location.search);
let typing = false;
let typingTimer = 0;
const search = { key: null, latest: new Latest(), cursor: null, ids: [], total: 0, timeline: false, loadingMore: false, reveal: false };

/** The page address for `s`. */
const href = (s) => `/${toUrl(s)}`;
const articleHref = (id) => href({ ...state, article: id });

const sidebar = new FacetSidebar({ published: $("published-facet"), others: $("facets"), onChange: toggleFilter, onNeed: loadFacets });
const reader = new Reader(el.articleView, {
  back: () => href({ ...state, article: null }),
  search: (dimension, value) => href({ q: "", filters: [{ dimension, value }], from: "", to: "", sort: "relevance", article: null }),
  article: articleHref,
});
const meaning = new MeaningControls({ select: $("mode"), label: $("match"), note: $("meaning-note"),
  onChange: (mode) => go({ ...state, mode, article: null }) });
const autocomplete = new Autocomplete(el.q, el.suggestions, (suggestion) => {
  if (articleOf(suggestion)) {
    go({ ...state, article: articleOf(suggestion) });
  } else {
    el.q.value = suggestion.text;
    go({ ...state, q: suggestion.text, prefix: false, article: null });
  }
});

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

/** With no words to rank by, the latest news comes first: the sort the search really uses. */
function effectiveSort() {
  return !state.q.trim() && (state.sort === "relevance" || state.sort === "recency") ? "newest" : state.sort;
}

/** Shows what `state` says: the controls, then the results or the article. */
function render() {
  if (el.q.value.trim() !== state.q.trim()) {
    el.q.value = state.q;
  }
  const words = Boolean(state.q.trim());
  for (const option of el.sort.options) {
    option.disabled = !words && (option.value === "relevance" || option.value === "recency");
  }
  el.sort.value = effectiveSort();
  meaning.choose(state.mode);
  el.from.value = shortDate(state.from);
  el.to.value = shortDate(state.to);
  el.dateError.hidden = true;
  el.clearDates.hidden = !state.from && !state.to;
  const chosen = state.filters.length + (state.from || state.to ? 1 : 0);
  el.clearFilters.hidden = !chosen;
  el.filtersToggle.textContent = chosen ? `Filters (${chosen})` : "Filters";
  renderActiveFilters(el.active, state, removeFilter);
  el.resultsView.hidden = Boolean(state.article);
  el.articleView.hidden = !state.article;
  runSearch();
  if (state.article) {
    reader.show(state.article, state.q, position(state.article));
  } else {
    reader.leave();
    document.title = words ? `${state.q.trim()} — Gazette search` : "Gazette search";
  }
}

function searchRequest(extra) {
  const params = searchParams(state);
  params.set("sort", effectiveSort());
  for (const [name, value] of Object.entries(extra)) {
    params.set(name, value);
  }
  return meaning.request(params);
}

/** Whether the filters are on screen (always at desktop width; on a phone, when opened). */
const sidebarShown = () => !phone.matches || el.sidebar.classList.contains("open");

async function runSearch() {
  const key = `${searchParams(state)}${state.prefix ? "&prefix" : ""}`;
  if (key === search.key) {
    return;
  }
  search.key = key;
  const signal = search.latest.next();
  const scoped = Boolean(state.q.trim() || state.filters.length || state.from || state.to);
  sidebar.reset(state.filters, scoped);
  const shown = sidebarShown();
  const dimensions = shown ? sidebar.missing().map(([d]) => d) : [];
  search.timeline = shown;
  setBusy(true);
  try {
    const result = await runApiSearch(searchRequest({
      size: PAGE_SIZE, timeline: String(shown), ...(dimensions.length ? { facets: dimensions.join(","), facetLimit: BASE_LIMIT } : {}),
    }), { prefix: state.prefix, signal });
    sidebar.merge(result.facets, dimensions, BASE_LIMIT);
    showResults(result);
    loadFacets();
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

function showResults(result) {
  el.error.hidden = true;
  renderHeading(el.heading, state.q.trim());
  replace(el.results, result.hits.map((hit, i) => hitItem(hit, articleHref, i + 1, result.mode)));
  if (!result.hits.length) {
    el.results.append(h("li", { className: "empty" },
      state.filters.length || state.from || state.to
        ? "No articles match. Try fewer words, or remove a filter."
        : "No articles match. Try fewer or other words."));
  }
  search.cursor = result.nextCursor;
  search.ids = result.hits.map((hit) => hit.id);
  search.total = result.total;
  el.more.hidden = !search.cursor;
  el.showResults.textContent = `Show ${plural(result.total, "result")}`;
  renderSummary(el.summary, result, search.ids.length);
  meaning.show(result, state.mode, state.q.trim());
  renderNotice(el.notice, result, state.q.trim(), (q) => href({ ...state, q, article: null }));
  if (search.timeline) {
    renderTimeline(el.timeline, result.timeline, (from, to) => go({ ...state, from, to, article: null }));
  }
  sidebar.render();
  if (state.article) {
    reader.place(position(state.article));
  }
  if (search.reveal && !phone.matches && el.resultsView.getBoundingClientRect().top < 0) {
    el.resultsView.scrollIntoView({ block: "start" });
  }
  search.reveal = false;
}

/** Counts what the sidebar shows but the search did not bring (opened groups, longer lists, the timeline). */
async function loadFacets() {
  if (!sidebarShown() || !search.key) {
    return;
  }
  const key = search.key;
  const timeline = !search.timeline;
  search.timeline = true;
  try {
    await countMissing(sidebar, {
      timeline,
      search: (extra) => runApiSearch(searchRequest(extra), { prefix: state.prefix, signal: search.latest.controller?.signal }),
      current: () => key === search.key,
      showTimeline: (result) => renderTimeline(el.timeline, result, (from, to) => go({ ...state, from, to, article: null })),
    });
  } catch (error) {
    if (error.name !== "AbortError") {
      showError(error);
    }
  }
}

/** The next page of hits, through the cursor; resolves once they are shown. */
async function loadMore() {
  if (!search.cursor || search.loadingMore) {
    return;
  }
  search.loadingMore = true;
  el.more.disabled = true;
  const key = search.key;
  try {
    const result = await runApiSearch(searchRequest({ cursor: search.cursor, size: PAGE_SIZE }),
      { prefix: state.prefix, signal: search.latest.controller.signal });
    if (key !== search.key) {
      return;
    }
    el.results.append(...result.hits.map((hit, i) => hitItem(hit, articleHref, search.ids.length + i + 1, result.mode)));
    search.ids.push(...result.hits.map((hit) => hit.id));
    search.cursor = result.nextCursor;
    el.more.hidden = !search.cursor;
    renderSummary(el.summary, result, search.ids.length);
  } catch (error) {
    if (error.name !== "AbortError") {
      showError(error);
    }
  } finally {
    search.loadingMore = false;
    el.more.disabled = false;
  }
}

/** Where article `id` stands among the results: {index, total, previous, next}, or null. */
function position(id) {
  const index = search.ids.indexOf(id);
  if (index < 0) {
    return null;
  }
  // Past the last result shown, "next" loads more first (step); its address stays on this article.
  const next = search.ids[index + 1] ?? (search.cursor ? id : null);
  return { index, total: search.total, previous: search.ids[index - 1] ?? null, next };
}

/** Opens the previous (-1) or next (1) result, loading more results first when needed. */
async function step(offset) {
  const here = search.ids.indexOf(state.article);
  if (here < 0) {
    return;
  }
  if (here + offset >= search.ids.length && search.cursor) {
    await loadMore();
  }
  const id = search.ids[here + offset];
  if (id) {
    go({ ...state, article: id }, "replace");
  }
}

function toggleFilter(dimension, value, checked) {
  search.reveal = true;
  go({ ...state, filters: toggled(state.filters, dimension, value, checked), article: null });
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

/** Applies the date boxes, or says how to write a date. */
function applyDates() {
  const [from, to] = [parseDay(el.from.value), parseDay(el.to.value)];
  if (from === null || to === null) {
    el.dateError.hidden = false;
    return;
  }
  if (from !== state.from || to !== state.to) {
    go({ ...state, from, to, article: null });
  }
}

function setFiltersOpen(open) {
  el.filtersToggle.setAttribute("aria-expanded", String(open));
  el.sidebar.classList.toggle("open", open);
  if (open) {
    loadFacets();
  }
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
      meaning.learn(stats);
      sidebar.setDimensions(Object.entries(stats.topFacetValues ?? {}).filter(([, values]) => values.length).map(([d]) => d));
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

function bind() {
  el.q.addEventListener("input", () => {
    autocomplete.update();
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => go({ ...state, q: el.q.value, prefix: !/\s$/.test(el.q.value), article: null }, "typing"),
      TYPING_DELAY_MS);
  });
  el.q.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault(); // the browser would empty the box: Escape only closes the suggestions
    }
  });
  el.form.addEventListener("submit", (event) => {
    event.preventDefault();
    autocomplete.close();
    const q = el.q.value;
    go({ ...state, q, prefix: q.trim() === state.q.trim() && Boolean(state.prefix), article: null }, typing ? "replace" : "push");
  });
  el.sort.addEventListener("change", () => go({ ...state, sort: el.sort.value, article: null }));
  for (const input of [el.from, el.to]) {
    input.addEventListener("change", applyDates);
    input.addEventListener("keydown", (event) => event.key === "Enter" && applyDates());
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
    if (entries.some((e) => e.isIntersecting) && !state.article) {
      loadMore();
    }
  }, { rootMargin: "200px" }).observe(el.more);
  el.filtersToggle.addEventListener("click", () => setFiltersOpen(el.filtersToggle.getAttribute("aria-expanded") !== "true"));
  el.showResults.addEventListener("click", () => {
    setFiltersOpen(false);
    el.resultsView.scrollIntoView({ block: "start" });
    el.heading.focus();
  });
  phone.addEventListener("change", () => loadFacets());
  bindNavigation({
    go, step, q: el.q,
    reading: () => Boolean(state.article),
    // As the article's "Back to results" link does, without waiting for the article to be drawn.
    back: () => (history.state?.fromResults ? history.back() : go({ ...state, article: null })),
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
