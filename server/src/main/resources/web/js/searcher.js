// Searches as the page sends them: each superseded one cancelled, and, while the reader types, the
// last word taken as a prefix for as long as the server offers that.

import * as api from "./api.js";

/** The search API's parameter asking for the last word as a prefix (named here only). */
export const PREFIX_LAST = "prefixLast";

let prefixOffered = true;

/** Whether `error` is the server refusing the prefix parameter (one that predates it: 400 unknown parameter). */
function refusesPrefix(error) {
  return error.status === 400 && (error.parameter === PREFIX_LAST || String(error.message).includes(PREFIX_LAST));
}

/**
 * Runs one search with the API's `params`. With `prefix`, asks for the last word as a prefix and,
 * when the server refuses that parameter, searches whole words from then on.
 */
export async function search(params, { prefix = false, signal } = {}) {
  if (prefix && prefixOffered) {
    const asked = new URLSearchParams(params);
    asked.set(PREFIX_LAST, "true");
    try {
      return await api.search(asked, signal);
    } catch (error) {
      if (!refusesPrefix(error)) {
        throw error;
      }
      prefixOffered = false;
    }
  }
  return api.search(params, signal);
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
