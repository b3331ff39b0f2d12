// Words and numbers as a reader sees them.

const LABELS = {
  published: "Published",
  country: "Countries mentioned",
  person: "People mentioned",
  organization: "Organisations mentioned",
  section: "Section",
  author: "Author",
  tags: "Tags",
  language: "Language",
  topics: "Topics",
  places: "Places",
  people: "People",
  orgs: "Organisations",
  exchanges: "Exchanges",
};

const NUMBER = new Intl.NumberFormat("en");
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const DAY_LONG = new Intl.DateTimeFormat("en-GB", {
  weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC",
});
const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" });
const MONTH_YEAR = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/** A facet dimension's heading: a known name, or the dimension itself with a capital. */
export function dimensionLabel(dimension) {
  return LABELS[dimension] ?? dimension.charAt(0).toUpperCase() + dimension.slice(1);
}

/** 21578 as "21,578". */
export function count(n) {
  return NUMBER.format(n);
}

/** "1 article", "3 articles". */
export function plural(n, word) {
  return `${count(n)} ${word}${n === 1 ? "" : "s"}`;
}

/** An ISO instant as "19 Jun 2024" (UTC, as the archive stores it). */
export function shortDate(instant) {
  return instant ? DAY.format(new Date(instant)) : "";
}

/** An ISO instant as "Wednesday 19 June 2024 at 11:03 UTC". */
export function longDate(instant) {
  return instant ? `${DAY_LONG.format(new Date(instant))} UTC` : "";
}

/** A published facet value: "2024" stays, "2024/06" becomes "June". */
export function publishedLabel(value) {
  const [year, month] = value.split("/");
  return month ? MONTH.format(Date.UTC(Number(year), Number(month) - 1, 1)) : year;
}

/** A timeline period ("2024", "2024-06", "2024-06-19") for a reader. */
export function periodLabel(period) {
  const [year, month, day] = period.split("-").map(Number);
  if (day) {
    return DAY.format(Date.UTC(year, month - 1, day));
  }
  return month ? MONTH_YEAR.format(Date.UTC(year, month - 1, 1)) : String(year);
}

/** The first and last day ("YYYY-MM-DD") of a timeline period. */
export function periodRange(period) {
  const [year, month, day] = period.split("-").map(Number);
  const iso = (time) => new Date(time).toISOString().slice(0, 10);
  if (day) {
    return [iso(Date.UTC(year, month - 1, day)), iso(Date.UTC(year, month - 1, day))];
  }
  if (month) {
    return [iso(Date.UTC(year, month - 1, 1)), iso(Date.UTC(year, month, 0))];
  }
  return [iso(Date.UTC(year, 0, 1)), iso(Date.UTC(year, 11, 31))];
}
