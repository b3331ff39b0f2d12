// The search API, as the page uses it.

/**
 * A failed call: the server's error message when it sent one, its status (0 when unreachable) and
 * the parameter it named, if any.
 */
export class ApiError extends Error {
  constructor(status, code, message, parameter = null) {
    super(message);
    this.status = status;
    this.code = code;
    this.parameter = parameter;
  }
}

/** GETs `path` and returns its JSON; throws ApiError on any failure (aborts throw AbortError). */
export async function getJson(path, signal) {
  let response;
  try {
    response = await fetch(path, { signal, headers: { Accept: "application/json" } });
  } catch (error) {
    if (error.name === "AbortError") {
      throw error;
    }
    throw new ApiError(0, "unreachable", "The search server cannot be reached. Check that it is running.");
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: reported below by status.
  }
  if (!response.ok) {
    const error = body?.error;
    throw new ApiError(response.status, error?.code ?? "http_error", error?.message ?? `The server answered ${response.status}.`,
      error?.parameter ?? null);
  }
  return body;
}

/** The server's statistics: documents and the facet dimensions with their top values. */
export function stats(signal) {
  return getJson("/api/stats", signal);
}

/** One search; `params` are the API's query parameters. */
export function search(params, signal) {
  return getJson(`/api/search?${params}`, signal);
}

/** One article as stored. */
export function article(id, signal) {
  return getJson(`/api/articles/${encodeURIComponent(id)}`, signal);
}

/** Up to `size` articles like `id`, or null when the server does not offer them (anything but 200). */
export async function related(id, size, signal) {
  try {
    return await getJson(`/api/articles/${encodeURIComponent(id)}/related?size=${size}`, signal);
  } catch (error) {
    if (error.name === "AbortError") {
      throw error;
    }
    return null;
  }
}

/** Completions of `prefix`; throws ApiError with status 404 or 501 when the server does not offer them. */
export function suggest(prefix, signal) {
  return getJson(`/api/suggest?${new URLSearchParams({ q: prefix })}`, signal);
}

/** Up to `limit` values of facet `dimension` starting with `prefix`, over the whole archive. */
export function facetValues(dimension, prefix, limit, signal) {
  return getJson(`/api/facets/${encodeURIComponent(dimension)}?${new URLSearchParams({ prefix, limit })}`, signal);
}
