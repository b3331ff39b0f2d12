// The facet sidebar: one group of checkboxes per dimension, with counts, the top values first and
// the rest behind "Show all"; publication years open onto their months.

import { h, replace } from "./dom.js";
import { count, dimensionLabel, publishedLabel } from "./format.js";
import { hasFilter } from "./state.js";

/** Values shown per dimension before "Show all". */
const VISIBLE = 8;

/** Renders facet counts into two containers: the published years, and every other dimension. */
export class FacetSidebar {
  /**
   * `onChange(dimension, value, checked)` runs when a box is ticked or cleared; `facetLimit` is
   * the number of values per dimension the searches ask for.
   */
  constructor({ published, others, facetLimit, onChange }) {
    this.published = published;
    this.others = others;
    this.facetLimit = facetLimit;
    this.expanded = new Set();
    this.openYears = new Set();
    this.data = null;
    for (const container of [published, others]) {
      container.addEventListener("change", (event) => {
        const input = event.target.closest("input[data-dimension]");
        if (input) {
          onChange(input.dataset.dimension, input.dataset.value, input.checked);
        }
      });
      container.addEventListener("click", (event) => this.toggle(event.target.closest("button[data-toggle]")));
    }
  }

  /** Shows `facets` (the search answer's counts) for `dimensions`, with `filters` ticked. */
  render(dimensions, facets, filters) {
    this.data = { dimensions, facets, filters };
    const focus = focused(this.published) ?? focused(this.others);
    for (const { dimension, value } of filters) {
      if (dimension === "published" && value.includes("/")) {
        this.openYears.add(value.split("/")[0]);
      }
    }
    replace(this.published, dimensions.includes("published") ? this.yearList(facets.published ?? [], filters) : null);
    replace(this.others, dimensions.filter((d) => d !== "published").map((d) => this.group(d, facets[d] ?? [], filters)));
    restore(focus, this.published, this.others);
  }

  toggle(button) {
    if (!button || !this.data) {
      return;
    }
    const [kind, key] = [button.dataset.toggle, button.dataset.key];
    const set = kind === "year" ? this.openYears : this.expanded;
    set.has(key) ? set.delete(key) : set.add(key);
    this.render(this.data.dimensions, this.data.facets, this.data.filters);
    const again = [...document.querySelectorAll("button[data-toggle]")]
      .find((b) => b.dataset.toggle === kind && b.dataset.key === key);
    again?.focus();
  }

  /** One dimension's group, or null when it has nothing to offer for these results. */
  group(dimension, counted, filters) {
    const values = withSelected(counted, dimension, filters);
    if (!values.length) {
      return null;
    }
    const open = this.expanded.has(dimension);
    const shown = open ? values : values.filter((v, i) => i < VISIBLE || hasFilter(filters, dimension, v.value));
    const headingId = `facet-${cssId(dimension)}`;
    return h("section", { className: open ? "panel facet expanded" : "panel facet", attrs: { "aria-labelledby": headingId, "data-facet": dimension } },
      h("h2", { className: "panel-heading", id: headingId, text: dimensionLabel(dimension) }),
      h("ul", { className: "facet-values" }, shown.map((v) => item(dimension, v, v.value, filters))),
      values.length > VISIBLE ? this.moreButton(dimension, open, values.length) : null);
  }

  moreButton(dimension, open, total) {
    const all = total >= this.facetLimit ? `Show top ${count(total)}` : `Show all ${count(total)}`;
    return h("button", {
      type: "button",
      className: "link-button facet-more",
      text: open ? "Show fewer" : all,
      attrs: { "data-toggle": "more", "data-key": dimension, "aria-expanded": String(open) },
    });
  }

  /** Publication years, newest first, each opening onto its months. */
  yearList(years, filters) {
    const values = withSelected(years, "published", filters.filter((f) => !f.value.includes("/")))
      .sort((a, b) => b.value.localeCompare(a.value));
    if (!values.length) {
      return null;
    }
    return h("ul", { className: "facet-values years", attrs: { "aria-label": "Publication years" } }, values.map((year) => {
      const months = withSelected(year.children ?? [], "published",
        filters.filter((f) => f.value.startsWith(`${year.value}/`))).sort((a, b) => a.value.localeCompare(b.value));
      const open = this.openYears.has(year.value);
      const toggle = months.length ? h("button", {
        type: "button",
        className: "year-toggle",
        text: open ? "▾" : "▸",
        attrs: {
          "data-toggle": "year", "data-key": year.value, "aria-expanded": String(open),
          "aria-label": `Months of ${year.value}`,
        },
      }) : null;
      const row = item("published", year, year.value, filters, toggle);
      if (open && months.length) {
        row.append(h("ul", { className: "facet-values months", attrs: { "aria-label": `Months of ${year.value}` } },
          months.map((m) => item("published", m, publishedLabel(m.value), filters))));
      }
      return row;
    }));
  }
}

let nextId = 0;

/** One checkbox with its label and count. */
function item(dimension, facetValue, label, filters, extra = null) {
  const id = `fv-${nextId++}`;
  const checked = hasFilter(filters, dimension, facetValue.value);
  return h("li", { className: "facet-value" },
    h("input", {
      type: "checkbox", id, checked,
      attrs: { "data-dimension": dimension, "data-value": facetValue.value },
    }),
    h("label", { htmlFor: id },
      h("span", { className: "facet-label", text: label }),
      h("span", { className: "facet-count" },
        count(facetValue.count),
        h("span", { className: "visually-hidden", text: facetValue.count === 1 ? " article" : " articles" }))),
    extra);
}

/** The counted values plus any ticked value of `dimension` the counts left out (with count 0). */
function withSelected(counted, dimension, filters) {
  const values = [...counted];
  for (const f of filters) {
    if (f.dimension === dimension && !values.some((v) => v.value === f.value)) {
      values.push({ value: f.value, count: 0, children: [] });
    }
  }
  return values;
}

function cssId(text) {
  return text.replace(/[^A-Za-z0-9_-]/g, "_");
}

/** Which checkbox has the focus, to give it back after a re-render. */
function focused(container) {
  const active = document.activeElement;
  return container.contains(active) && active.dataset.dimension
    ? { dimension: active.dataset.dimension, value: active.dataset.value }
    : null;
}

function restore(focus, ...containers) {
  if (!focus) {
    return;
  }
  for (const container of containers) {
    const input = [...container.querySelectorAll("input[data-dimension]")]
      .find((i) => i.dataset.dimension === focus.dimension && i.dataset.value === focus.value);
    if (input) {
      input.focus();
      return;
    }
  }
}
