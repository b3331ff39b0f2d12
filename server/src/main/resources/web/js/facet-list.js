// The pieces of the facet sidebar: a checkbox with its count, a dimension's list of values, its
// find box, and the publication years opening onto their months.

import { h } from "./dom.js";
import { count, publishedLabel } from "./format.js";
import { hasFilter } from "./state.js";

let nextId = 0;

/** One checkbox with its label and count; `extra` (a node or null) follows the label. */
export function item(dimension, facetValue, label, filters, extra = null) {
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
export function withSelected(counted, dimension, filters) {
  const values = [...counted];
  for (const f of filters) {
    if (f.dimension === dimension && !values.some((v) => v.value === f.value)) {
      values.push({ value: f.value, count: 0, children: [] });
    }
  }
  return values;
}

/** A dimension's values as a list of checkboxes, or a line saying there are none. */
export function valueList(dimension, values, filters, emptyText) {
  if (!values.length) {
    return h("p", { className: "facet-none", text: emptyText });
  }
  return h("ul", { className: "facet-values" }, values.map((v) => item(dimension, v, v.value, filters)));
}

/** The box that finds values of a long list (`label`, of `kind`: "countries") by their first letters. */
export function findBox(dimension, label, kind, prefix) {
  return h("input", {
    type: "search",
    className: "facet-find",
    value: prefix,
    placeholder: `Find ${kind}…`,
    spellcheck: false,
    attrs: { "data-find": dimension, "aria-label": `Find in ${label}`, maxlength: 200 },
  });
}

/** Publication years, newest first, each opening onto its months when its key is in `openYears`. */
export function yearList(years, filters, openYears) {
  const values = withSelected(years, "published", filters.filter((f) => !f.value.includes("/")))
    .sort((a, b) => b.value.localeCompare(a.value));
  if (!values.length) {
    return null;
  }
  return h("ul", { className: "facet-values years", attrs: { "aria-label": "Publication years" } }, values.map((year) => {
    const months = withSelected(year.children ?? [], "published",
      filters.filter((f) => f.value.startsWith(`${year.value}/`))).sort((a, b) => a.value.localeCompare(b.value));
    const open = openYears.has(year.value);
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
