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
  places: "Places (source tags)",
  people: "People (source tags)",
  orgs: "Organisations (source tags)",
  exchanges: "Exchanges",
};

/**
 * Concepts the archive holds twice: once found in the text by Gazette, once tagged by the source.
 * The sidebar shows each as one group with two labelled lists.
 */
export const CONCEPTS = [
  { title: "Countries", parts: [["country", "Mentioned in the text"], ["places", "Tagged by the source"]] },
  { title: "People", parts: [["person", "Mentioned in the text"], ["people", "Tagged by the source"]] },
  { title: "Organisations", parts: [["organization", "Mentioned in the text"], ["orgs", "Tagged by the source"]] },
];

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

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * A day as a reader writes it ("26 Feb 1987", "26 February 1987" or "1987-02-26") as
 * "1987-02-26"; "" for an empty box, null for anything that is not a real day.
 */
export function parseDay(text) {
  const trimmed = text.trim();
  if (!trimmed) {
    return "";
  }
  let year;
  let month;
  let day;
  const iso = trimmed.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  const written = trimmed.match(/^(\d{1,2})\s+([A-Za-z]{3,})\.?\s+(\d{4})$/);
  if (iso) {
    [year, month, day] = iso.slice(1).map(Number);
  } else if (written && MONTHS.includes(written[2].slice(0, 3).toLowerCase())) {
    [day, month, year] = [Number(written[1]), MONTHS.indexOf(written[2].slice(0, 3).toLowerCase()) + 1, Number(written[3])];
  } else {
    return null;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.toISOString().slice(0, 10) : null;
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
