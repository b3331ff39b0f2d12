// What the browser tests share: the server's address, a browser, pages opened and checked for
// problems, the API's answers to compare the page with, and screenshots.
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { after, before } from "node:test";
import { launch } from "./browser.mjs";

export const BASE = (process.env.GAZETTE_URL ?? "http://127.0.0.1:8080").replace(/\/$/, "");
export const SHOTS = process.env.GAZETTE_SCREENSHOTS ?? "../server/target/e2e-screenshots";
export const LARGE = Boolean(process.env.GAZETTE_LARGE_INDEX);
export const PAGE_SIZE = 10;
const OPTIONAL = /\/api\/suggest|\/related$/;
/** The search parameter the page sends while typing; a server without it answers 400 once, and the page goes on without. */
export const number = new Intl.NumberFormat("en");

let browser;

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** The API's JSON answer to `path` (the tests compare the page with it). */
export async function api(path) {
  const response = await fetch(BASE + path);
  return { status: response.status, body: response.ok ? await response.json() : null };
}

/** The API's search answer for the parameters the page would send for its address `query`. */
export async function apiSearch(query, extra = "facets=country,tags,section,published&facetLimit=100") {
  const params = new URLSearchParams(query);
  params.delete("article");
  const { status, body } = await api(`/api/search?${params}&${extra}`);
  assert.equal(status, 200);
  return body;
}

/**
 * A fresh page at `path`, loaded and settled. Page errors, console errors, CSP violations and
 * failed requests (other than the optional endpoints) are collected in `problems`.
 */
export async function open(path, viewport = { width: 1280, height: 900 }) {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
  await page.setViewportSize(viewport);
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && !/Failed to load resource/.test(message.text())) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400 && !OPTIONAL.test(url.pathname)) {
      problems.push(`${response.status()} for ${response.url()}`);
    }
  });
  const response = await page.goto(BASE + path);
  await settled(page);
  return { page, problems, response };
}

/** Waits until no search is in flight and the results (or an article) are shown. */
export async function settled(page) {
  await page.waitForFunction(() => {
    const main = document.getElementById("main");
    const results = document.getElementById("results");
    const article = document.getElementById("article-view");
    return main.getAttribute("aria-busy") === "false" && (results.children.length > 0 || !article.hidden);
  });
}

/** Closes `page` after checking it logged no problem. */
export async function done({ page, problems }) {
  await page.close();
  assert.deepEqual(problems, []);
}

export async function shot(page, name, options = {}) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, `${name}.png`), ...options });
}

/** The page's address parameters. */
export function urlParams(page) {
  return new URL(page.url()).searchParams;
}

/** The summary line's total, as shown. */
export async function shownTotal(page) {
  const text = await page.locator("#summary").innerText();
  const match = text.match(/^([\d,]+) articles?/);
  return match ? Number(match[1].replaceAll(",", "")) : 0;
}

/** Every facet checkbox shown: "dimension:value" to the count shown beside it. */
export function shownCounts(page) {
  return page.$$eval("input[data-dimension]", (inputs) => Object.fromEntries(inputs.map((input) => [
    `${input.dataset.dimension}:${input.dataset.value}`,
    Number(input.nextElementSibling.querySelector(".facet-count").firstChild.textContent.replaceAll(",", "")),
  ])));
}

/** The API's facet counts as "dimension:value" to count, months included. */
export function apiCounts(result) {
  const counts = {};
  const add = (dimension, values) => values.forEach((v) => {
    counts[`${dimension}:${v.value}`] = v.count;
    add(dimension, v.children ?? []);
  });
  Object.entries(result.facets).forEach(([dimension, values]) => add(dimension, values));
  return counts;
}

/** Checks each shown count against the API's count for the same search. */
export async function assertCountsMatch(page, result) {
  const expected = apiCounts(result);
  const shown = await shownCounts(page);
  for (const [key, count] of Object.entries(shown)) {
    if (key.split(":")[0] in result.facets) {
      assert.equal(count, expected[key] ?? 0, `count of ${key}`);
    }
  }
  return shown;
}

