// Searches as the page sends them: each superseded one cancelled, and, while the reader types, the
// last word taken as a prefix.

import * as api from "./api.js";

/** The search API's parameter asking for the last word as a prefix (named here only). */
export const PREFIX_LAST = "prefixLast";

/** Runs one search with the API's `params`; with `prefix`, asks for the last word as a prefix too. */
export async function search(params, { prefix = false, signal } = {}) {
  if (!prefix) {
    return api.search(params, signal);
  }
  const asked = new URLSearchParams(params);
  asked.set(PREFIX_LAST, "true");
  return api.search(asked, signal);
}

/** One kind of request of which only the latest counts: starting one cancels the one before. */
export class Latest {
  constructor() {
    this.controller = null;
  }

  /** Cancels the request in flight, if any, and returns the signal of the next one. */
  next() {
    this.controller?.abort();
    this.controller = new AbortController();
    return this.controller.signal;
  }

  /** Cancels the request in flight, if any. */
  cancel() {
    this.controller?.abort();
    this.controller = null;
  }
}
