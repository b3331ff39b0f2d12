// Search by meaning on the page: the "Match" switch (words and meaning, words only, meaning only)
// and the quiet line saying how far the archive is embedded. Both show only when the server has an
// embedder; vectors are computed in the background, so for a while only part of the archive can be
// found by meaning, and the page says so.

import { count } from "./format.js";

/**
 * The line under the summary for `result`, the answer to `query` with `mode` chosen, or "" for
 * none: that the answer matched by words although meaning was chosen, or, while the archive is
 * partly embedded, how far it is.
 */
export function meaningNote(result, mode, query) {
  const embedding = result.embedding;
  if (!embedding) {
    return "";
  }
  const progress = `${count(embedding.embedded)} of ${count(embedding.articles)} articles`;
  if (mode !== "lexical" && query && result.mode === "lexical") {
    return embedding.partial
      ? `Meaning search is not ready yet: ${progress} embedded; showing matches by words`
      : "Meaning search could not be used for this query; showing matches by words";
  }
  return embedding.partial ? `Meaning search: ${progress} so far` : "";
}

/**
 * The "Match" select (inside `label`, hidden until the server is known to search by meaning) and
 * the `note` line; `onChange(mode)` runs when the reader picks another mode.
 */
export class MeaningControls {
  constructor({ select, label, note, onChange }) {
    this.select = select;
    this.label = label;
    this.note = note;
    this.available = false;
    select.addEventListener("change", () => onChange(select.value));
  }

  /** Learns from the server's statistics or a search answer whether it has an embedder. */
  learn(answer) {
    this.available = Boolean(answer?.embedding);
    this.label.hidden = !this.available;
  }

  /** Shows `mode` as the one chosen. */
  choose(mode) {
    this.select.value = mode;
  }

  /** The search API's `params` without a mode when the server has no embedder (it would refuse one). */
  request(params) {
    if (!this.available) {
      params.delete("mode");
    }
    return params;
  }

  /** Shows what `result`, the answer to `query` with `mode` chosen, says about search by meaning. */
  show(result, mode, query) {
    this.learn(result);
    const text = meaningNote(result, mode, query);
    this.note.textContent = text;
    this.note.hidden = !text;
  }
}
