// The timeline histogram: matching articles per year, month or day. Each bar is a button that
// narrows the search to its period.

import { h, replace } from "./dom.js";
import { periodLabel, periodRange, plural } from "./format.js";

/**
 * Renders `timeline` ({interval, buckets}) into `container`; `onPick(from, to)` runs with the
 * first and last day of a clicked bar's period. Nothing is shown without buckets.
 */
export function renderTimeline(container, timeline, onPick) {
  const buckets = timeline?.buckets ?? [];
  if (!buckets.length) {
    replace(container);
    return;
  }
  const focusedPeriod = container.contains(document.activeElement) ? document.activeElement.dataset.period : null;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const bars = buckets.map((bucket) => {
    const label = `${periodLabel(bucket.period)}: ${plural(bucket.count, "article")}`;
    const bar = h("button", {
      type: "button",
      className: bucket.count ? "bar" : "bar empty",
      title: label,
      attrs: { "aria-label": label, "data-period": bucket.period },
    }, h("span", { className: "bar-fill" }));
    bar.style.setProperty("--height", `${bucket.count ? Math.max(4, (100 * bucket.count) / max) : 0}%`);
    bar.addEventListener("click", () => onPick(...periodRange(bucket.period)));
    return bar;
  });
  const start = bars.find((b) => b.dataset.period === focusedPeriod) ?? bars[bars.length - 1];
  bars.forEach((bar) => { bar.tabIndex = bar === start ? 0 : -1; });
  const group = h("div", { className: "bars", attrs: { role: "group", "aria-label": `Articles per ${timeline.interval}; arrow keys move between bars` } }, bars);
  group.addEventListener("keydown", (event) => moveFocus(event, bars));
  const first = buckets[0].period;
  const last = buckets[buckets.length - 1].period;
  replace(container,
    group,
    h("div", { className: "axis", attrs: { "aria-hidden": "true" } },
      h("span", { text: periodLabel(first) }),
      first === last ? null : h("span", { text: periodLabel(last) })));
  if (focusedPeriod) {
    start.focus();
  }
}

/** Arrow keys, Home and End move the focus between bars (one tab stop for the whole histogram). */
function moveFocus(event, bars) {
  const index = bars.indexOf(document.activeElement);
  const target = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: bars.length - 1 }[event.key];
  if (index < 0 || target === undefined) {
    return;
  }
  event.preventDefault();
  const next = bars[Math.min(bars.length - 1, Math.max(0, target))];
  bars.forEach((bar) => { bar.tabIndex = bar === next ? 0 : -1; });
  next.focus();
}
