// The page's state and its URL: everything a reader chose lives in the query string, with the
// search API's own parameter names, so a search can be bookmarked, shared and gone back to.

export const SORTS = ["relevance", "newest", "oldest", "recency"];
/** What a search matches by: words and meaning (the default), words only, meaning only. */
export const MODES = ["hybrid", "lexical", "semantic"];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The state a URL describes: { q, filters: [{dimension, value}], from, to, sort, mode, article }.
 * Malformed parts are dropped rather than sent to the server.
 */
export function fromUrl(search) {
  const params = new URLSearchParams(search);
  const filters = [];
  for (const filter of params.getAll("filter")) {
    const colon = filter.indexOf(":");
    if (colon > 0 && colon < filter.length - 1) {
      addFilter(filters, filter.slice(0, colon), filter.slice(colon + 1));
    }
  }
  const sort = params.get("sort");
  const mode = params.get("mode");
  const date = (name) => (DATE.test(params.get(name) ?? "") ? params.get(name) : "");
  return {
    q: params.get("q") ?? "",
    filters,
    from: date("from"),
    to: date("to"),
    sort: SORTS.includes(sort) ? sort : "relevance",
    mode: MODES.includes(mode) ? mode : "hybrid",
    article: params.get("article") || null,
  };
}

/** The query string for `state`, defaults left out; starts with "?" (or is "" for the front page). */
export function toUrl(state) {
  const params = searchParams(state);
  if (state.article) {
    params.set("article", state.article);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The search part of `state` as parameters of the search API (and of the page's URL). */
export function searchParams(state) {
  const params = new URLSearchParams();
  if (state.q.trim()) {
    params.set("q", state.q.trim());
  }
  for (const { dimension, value } of state.filters) {
    params.append("filter", `${dimension}:${value}`);
  }
  if (state.from) {
    params.set("from", state.from);
  }
  if (state.to) {
    params.set("to", state.to);
  }
  if (state.sort !== "relevance") {
    params.set("sort", state.sort);
  }
  if (state.mode && state.mode !== "hybrid") {
    params.set("mode", state.mode);
  }
  return params;
}

/** Whether `filters` holds dimension:value. */
export function hasFilter(filters, dimension, value) {
  return filters.some((f) => f.dimension === dimension && f.value === value);
}

/** Adds dimension:value to `filters` unless it is there. */
export function addFilter(filters, dimension, value) {
  if (!hasFilter(filters, dimension, value)) {
    filters.push({ dimension, value });
  }
  return filters;
}

/** `filters` without the ones `drop(filter)` says to drop. */
export function withoutFilters(filters, drop) {
  return filters.filter((f) => !drop(f));
}

/**
 * `filters` with dimension:value ticked (`checked`) or cleared. A publication year and its months
 * overlap: ticking one drops the other, keeping the latest choice only.
 */
export function toggled(filters, dimension, value, checked) {
  if (!checked) {
    return withoutFilters(filters, (f) => f.dimension === dimension && f.value === value);
  }
  let kept = [...filters];
  if (dimension === "published") {
    const year = value.split("/")[0];
    kept = withoutFilters(kept, (f) => f.dimension === "published"
      && (value.includes("/") ? f.value === year : f.value.startsWith(`${year}/`)));
  }
  return addFilter(kept, dimension, value);
}
