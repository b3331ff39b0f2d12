// The facet sidebar: the publication years, then one group per facet dimension, or one per concept
// for the dimensions an archive holds twice (found in the text, tagged by the source). A group opens
// and closes, and only open groups are counted, so that a search asks for no more than is on screen;
// a long list grows page by page and has a box to find values by their first letters.

import * as api from "./api.js";
import { h, replace } from "./dom.js";
import { findBox, valueList, withSelected, yearList } from "./facet-list.js";
import { CONCEPTS, dimensionLabel } from "./format.js";
import { Latest } from "./searcher.js";

/** Values shown per dimension before "Show more". */
export const VISIBLE = 8;
/** Values a search counts per open dimension: one more than shown, to know whether there are more. */
export const BASE_LIMIT = VISIBLE + 1;
/** The lengths a list grows to, one "Show more" at a time (the API's most is 1,000). */
const STEPS = [BASE_LIMIT, 50, 200, 1000];
/** Groups open on a first visit; the others are counted once opened. */
const OPEN_AT_FIRST = ["published", "country", "topics", "tags", "section"];
/** Known dimensions in the order the sidebar shows them; others follow as the index lists them. */
const ORDER = [
  "published", "country", "places", "person", "people", "organization", "orgs", "topics", "section", "tags",
  "exchanges", "author", "language",
];
const FIND_DELAY_MS = 150;
const FOUND = 50;

/** The facet sidebar, rendered into two containers: the published years, and every other group. */
export class FacetSidebar {
  /**
   * `onChange(dimension, value, checked)` runs when a box is ticked or cleared; `onNeed()` when a
   * group was opened or lengthened and needs counts.
   */
  constructor({ published, others, onChange, onNeed }) {
    Object.assign(this, { published, others, onNeed });
    this.finding = new Latest();
    this.dimensions = [];
    this.open = new Set(OPEN_AT_FIRST);
    this.limits = new Map();
    this.counted = new Map();
    this.facets = {};
    this.filters = [];
    this.scoped = false;
    this.finds = new Map();
    this.openYears = new Set();
    this.findTimer = 0;
    for (const container of [published, others]) {
      container.addEventListener("change", (event) => {
        const input = event.target.closest("input[data-dimension]");
        if (input) {
          onChange(input.dataset.dimension, input.dataset.value, input.checked);
        }
      });
      container.addEventListener("click", (event) => this.toggle(event.target.closest("button[data-toggle]")));
      container.addEventListener("input", (event) => this.typed(event.target.closest("input[data-find]")));
    }
  }

  /** Takes the dimensions the index holds (`present`), putting them in the sidebar's order. */
  setDimensions(present) {
    this.dimensions = [...ORDER.filter((d) => present.includes(d)), ...present.filter((d) => !ORDER.includes(d))];
  }

  /** Starts a new search: its counts are yet to come. `scoped`: it has words or filters. */
  reset(filters, scoped) {
    this.counted.clear();
    this.filters = filters;
    this.scoped = scoped;
    for (const { dimension, value } of filters) {
      this.open.add(dimension);
      if (dimension === "published" && value.includes("/")) {
        this.openYears.add(value.split("/")[0]);
      }
    }
  }

  /** The open dimensions whose counts are missing or too short, as [dimension, limit]. */
  missing() {
    return this.dimensions.filter((d) => this.open.has(d) && (this.counted.get(d) ?? 0) < this.limit(d))
      .map((d) => [d, this.limit(d)]);
  }

  /** Takes the counts of `dimensions` from a search that asked for `limit` values of each. */
  merge(facets, dimensions, limit) {
    for (const dimension of dimensions) {
      this.facets[dimension] = facets?.[dimension] ?? [];
      this.counted.set(dimension, Math.max(limit, this.counted.get(dimension) ?? 0));
    }
  }

  limit(dimension) {
    return dimension === "published" ? BASE_LIMIT : this.limits.get(dimension) ?? BASE_LIMIT;
  }

  /** Draws the sidebar from what it holds, keeping the focus where it was. */
  render() {
    const focus = focused();
    replace(this.published, this.dimensions.includes("published")
      ? yearList(this.facets.published ?? [], this.filters, this.openYears) : null);
    const grouped = new Set(CONCEPTS.flatMap((c) => c.parts.map(([d]) => d)));
    const groups = [];
    for (const dimension of this.dimensions.filter((d) => d !== "published")) {
      const concept = CONCEPTS.find((c) => c.parts[0][0] === dimension || c.parts[1][0] === dimension);
      const present = concept?.parts.filter(([d]) => this.dimensions.includes(d));
      if (!grouped.has(dimension) || present.length < 2) {
        groups.push(h("section", { className: "panel facet", attrs: { "data-facet": dimension } },
          h("h2", { className: "panel-heading" }, this.toggleButton(dimension, dimensionLabel(dimension))),
          this.body(dimension, dimensionLabel(dimension), dimensionLabel(dimension).toLowerCase())));
      } else if (present[0][0] === dimension) {
        groups.push(h("section", { className: "panel facet-concept", attrs: { "data-concept": concept.title } },
          h("h2", { className: "panel-heading", text: concept.title }),
          present.map(([d, label]) => h("div", { className: "facet facet-part", attrs: { "data-facet": d } },
            h("h3", { className: "part-heading" }, this.toggleButton(d, label)),
            this.body(d, `${concept.title} ${label.toLowerCase()}`, concept.title.toLowerCase())))));
      }
    }
    replace(this.others, groups);
    restore(focus);
  }

  toggleButton(dimension, label) {
    const open = this.open.has(dimension);
    const ticked = this.filters.filter((f) => f.dimension === dimension).length;
    return h("button", {
      type: "button",
      className: "facet-toggle",
      attrs: { "data-toggle": "group", "data-key": dimension, "aria-expanded": String(open) },
    }, h("span", { className: "toggle-mark", attrs: { "aria-hidden": "true" }, text: open ? "▾" : "▸" }),
    h("span", { text: label }),
    ticked ? h("span", { className: "ticked", text: ` (${ticked} chosen)` }) : null);
  }

  /** An open group's contents: find box, values, and the buttons that lengthen or shorten the list. */
  body(dimension, label, kind) {
    if (!this.open.has(dimension)) {
      return null;
    }
    if (!this.counted.has(dimension) && !(dimension in this.facets)) {
      return h("p", { className: "facet-none", text: "Counting…" });
    }
    const counted = this.facets[dimension] ?? [];
    const limit = this.limit(dimension);
    const found = this.finds.get(dimension);
    const long = counted.length >= limit || limit > BASE_LIMIT || found;
    const values = withSelected(found ? found.values : counted, dimension, this.filters);
    const shown = found || limit > BASE_LIMIT ? values
      : values.filter((v, i) => i < VISIBLE || this.filters.some((f) => f.dimension === dimension && f.value === v.value));
    return h("div", { className: limit > BASE_LIMIT ? "facet-body expanded" : "facet-body" },
      long ? findBox(dimension, label, kind, found?.prefix ?? "") : null,
      found && this.scoped ? h("p", { className: "facet-note", text: "Counts across the whole archive" }) : null,
      valueList(dimension, shown, this.filters, found ? "No value starts so." : "None in these results."),
      found ? null : this.lengthButtons(dimension, counted.length, limit));
  }

  lengthButtons(dimension, counted, limit) {
    const button = (kind, text) => h("button", {
      type: "button", className: "link-button facet-more", text, attrs: { "data-toggle": kind, "data-key": dimension },
    });
    return [
      counted >= limit && limit < STEPS[STEPS.length - 1] ? button("more", "Show more") : null,
      limit > BASE_LIMIT ? button("fewer", "Show fewer") : null,
    ];
  }

  toggle(button) {
    if (!button) {
      return;
    }
    const { toggle: kind, key } = button.dataset;
    if (kind === "year") {
      flip(this.openYears, key);
    } else if (kind === "group") {
      flip(this.open, key);
    } else if (kind === "more") {
      this.limits.set(key, STEPS.find((s) => s > this.limit(key)));
    } else {
      this.limits.delete(key);
    }
    this.render();
    const again = document.querySelector(`button[data-toggle="${kind}"][data-key="${CSS.escape(key)}"]`)
      ?? document.querySelector(`button[data-toggle="more"][data-key="${CSS.escape(key)}"]`)
      ?? document.querySelector(`button[data-toggle="group"][data-key="${CSS.escape(key)}"]`);
    again?.focus();
    if (this.missing().length) {
      this.onNeed();
    }
  }

  /** Text typed in a find box: asks for the values starting with it, shortly after typing pauses. */
  typed(input) {
    if (!input) {
      return;
    }
    clearTimeout(this.findTimer);
    const dimension = input.dataset.find;
    const prefix = input.value.trim();
    this.findTimer = setTimeout(async () => {
      if (!prefix) {
        this.finds.delete(dimension);
      } else {
        try {
          const found = await api.facetValues(dimension, prefix, FOUND, this.finding.next());
          this.finds.set(dimension, { prefix, values: found.values });
        } catch {
          return; // superseded, or the server could not say: the list stays as it was
        }
      }
      this.render();
    }, FIND_DELAY_MS);
  }
}

/**
 * Counts the open groups `sidebar` is missing, one search per list length: `search(params)` runs a
 * search with extra API parameters; while `current()` holds, the counts are drawn, and the first
 * search also brings the timeline for `showTimeline(timeline)` when `timeline` is asked.
 */
export async function countMissing(sidebar, { timeline, search, current, showTimeline }) {
  const byLimit = new Map();
  for (const [dimension, limit] of sidebar.missing()) {
    byLimit.set(limit, [...(byLimit.get(limit) ?? []), dimension]);
  }
  if (timeline && !byLimit.size) {
    byLimit.set(BASE_LIMIT, []);
  }
  await Promise.all([...byLimit].map(async ([limit, dimensions], i) => {
    const result = await search({
      size: 1, highlight: "false", didYouMean: "false", timeline: String(timeline && i === 0),
      ...(dimensions.length ? { facets: dimensions.join(","), facetLimit: limit } : {}),
    });
    if (current()) {
      sidebar.merge(result.facets, dimensions, limit);
      sidebar.render();
      if (result.timeline) {
        showTimeline(result.timeline);
      }
    }
  }));
}

function flip(set, key) {
  if (set.has(key)) {
    set.delete(key);
  } else {
    set.add(key);
  }
}

/** What in the sidebar has the focus (a checkbox, a toggle or a find box), to give it back after a render. */
function focused() {
  const active = document.activeElement;
  if (!active?.closest?.("#sidebar")) {
    return null;
  }
  if (active.dataset.find) {
    return { selector: `input[data-find="${CSS.escape(active.dataset.find)}"]`, caret: active.selectionStart };
  }
  if (active.dataset.dimension) {
    return { selector: `input[data-dimension="${CSS.escape(active.dataset.dimension)}"][data-value="${CSS.escape(active.dataset.value)}"]` };
  }
  return null;
}

function restore(focus) {
  const target = focus && document.querySelector(`#sidebar ${focus.selector}`);
  if (!target || target === document.activeElement) {
    return;
  }
  target.focus();
  if (focus.caret !== undefined) {
    target.setSelectionRange(focus.caret, focus.caret);
  }
}
