// Suggestions under the search box (an ARIA combobox), from GET /api/suggest when the server has it.

import * as api from "./api.js";
import { h, marked, replace } from "./dom.js";

const DELAY_MS = 120;

/** The id of the article a suggestion names (its title), or null for a phrase to search. */
export function articleOf(suggestion) {
  return suggestion.articleId ?? suggestion.id ?? null;
}

/**
 * Wires suggestions to `input` and its `list`. `onPick(suggestion)` runs when one is chosen with
 * Enter or a click. Turns itself off for good once the server answers 404 (no such endpoint) or 501
 * (its index backend, such as OpenSearch, offers none).
 */
export class Autocomplete {
  constructor(input, list, onPick) {
    this.input = input;
    this.list = list;
    this.onPick = onPick;
    this.available = true;
    this.items = [];
    this.active = -1;
    this.timer = 0;
    this.controller = null;
    input.addEventListener("keydown", (event) => this.key(event));
    input.addEventListener("blur", () => this.close());
    list.addEventListener("mousedown", (event) => event.preventDefault());
    list.addEventListener("click", (event) => {
      const option = event.target.closest("[role=option]");
      if (option) {
        this.pick(Number(option.dataset.index));
      }
    });
  }

  /** Asks for suggestions for the box's text, shortly after typing pauses. */
  update() {
    clearTimeout(this.timer);
    const text = this.input.value.trim();
    if (!this.available || !text) {
      this.close();
      return;
    }
    this.timer = setTimeout(() => this.fetch(text), DELAY_MS);
  }

  async fetch(text) {
    this.controller?.abort();
    this.controller = new AbortController();
    try {
      const answer = await api.suggest(text, this.controller.signal);
      if (document.activeElement === this.input && this.input.value.trim() === text) {
        this.show(answer?.suggestions ?? []);
      }
    } catch (error) {
      if (error.status === 404 || error.status === 501) {
        this.available = false;
      }
      if (error.name !== "AbortError") {
        this.close();
      }
    }
  }

  show(suggestions) {
    this.items = suggestions.filter((s) => s && typeof s.text === "string");
    this.active = -1;
    if (!this.items.length) {
      this.close();
      return;
    }
    replace(this.list, this.items.map((s, index) => h("li", {
      id: `suggestion-${index}`,
      className: articleOf(s) ? "suggestion suggestion-article" : "suggestion",
      attrs: { role: "option", "aria-selected": "false", "data-index": index },
    }, h("span", { className: "suggestion-text" }, marked(s.highlighted ?? s.text)),
      articleOf(s) ? h("span", { className: "suggestion-kind", text: "article" }) : null)));
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  }

  /** Hides the list. */
  close() {
    clearTimeout(this.timer);
    this.controller?.abort();
    this.items = [];
    this.active = -1;
    this.list.hidden = true;
    replace(this.list);
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
  }

  key(event) {
    if (this.list.hidden) {
      return;
    }
    const moves = { ArrowDown: 1, ArrowUp: -1 };
    if (event.key in moves) {
      event.preventDefault();
      const stops = this.items.length + 1; // the options, then the box itself
      this.highlight(((this.active + 1 + moves[event.key] + stops) % stops) - 1);
    } else if (event.key === "Enter" && this.active >= 0) {
      event.preventDefault();
      this.pick(this.active);
    } else if (event.key === "Escape") {
      event.preventDefault();
      this.close();
    }
  }

  /** Marks option `index` active (-1: none, the box itself). */
  highlight(index) {
    this.active = index;
    [...this.list.children].forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
    if (index >= 0) {
      this.input.setAttribute("aria-activedescendant", `suggestion-${index}`);
      this.list.children[index].scrollIntoView({ block: "nearest" });
    } else {
      this.input.removeAttribute("aria-activedescendant");
    }
  }

  pick(index) {
    const suggestion = this.items[index];
    this.close();
    if (suggestion) {
      this.onPick(suggestion);
    }
  }
}
