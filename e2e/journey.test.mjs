// A reader's journey through the search page, as issue 17 asks for it: type with the last word
// unfinished, tick and untick facets at desktop and phone widths, open an article and step to the
// next one, page down, use autocomplete; plus the details a first hour trips over (the sort menu on
// the front page, a quoted phrase, Escape, no results, dark mode). Run by SearchPageBrowserTest
// against the real server, like search-page.test.mjs.
import assert from "node:assert/strict";
import { test } from "node:test";
import { api, apiSearch, assertCountsMatch, done, open, PAGE_SIZE, settled, shot, shownTotal } from "./helpers.mjs";

const PREFIX_LAST = "prefixLast";
/** Dimensions folded on a first visit: a search while typing must not count them. */
const FOLDED = ["places", "person", "people", "organization", "orgs", "exchanges", "author", "language"];

/** Records the /api/search requests `page` makes, as URLSearchParams. */
function recordSearches(page) {
  const searches = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname === "/api/search") {
      searches.push(url.searchParams);
    }
  });
  return searches;
}

/** Whether `locator`'s top edge is within the window. */
function inView(page, selector) {
  return page.$eval(selector, (element) => {
    const top = element.getBoundingClientRect().top;
    return top >= 0 && top < window.innerHeight;
  });
}

test("typing with the last word unfinished asks for it as a prefix and only for the facets on screen", async () => {
  const opened = await open("/", { width: 1280, height: 900 });
  const { page } = opened;
  const searches = recordSearches(page);
  await page.locator("#q").pressSequentially("north kor", { delay: 50 });
  await page.waitForURL((url) => url.searchParams.get("q") === "north kor");
  await settled(page);
  const typed = searches.filter((s) => s.has("q"));
  assert.ok(typed.length >= 1, "searched while typing");
  assert.ok(typed.some((s) => s.get(PREFIX_LAST) === "true"), "the typed search asks for the last word as a prefix");
  for (const s of typed.filter((p) => p.has("facets"))) {
    const asked = s.get("facets").split(",");
    assert.deepEqual(asked.filter((d) => FOLDED.includes(d)), [], `folded groups not counted: ${asked}`);
    assert.ok(Number(s.get("facetLimit")) <= 9, "only the values shown, plus one");
  }
  const expected = await apiSearch(`q=north kor&${PREFIX_LAST}=true`);
  assert.equal(await shownTotal(page), expected.total);
  assert.ok(expected.total > 0, "an unfinished word finds the words it begins");
  assert.match((await page.locator(".hit-title mark, .snippet mark").allInnerTexts()).join(" "), /kor/i);

  await page.locator("#q").press("Escape");
  await page.locator("#q").press("Escape");
  assert.equal(await page.locator("#q").inputValue(), "north kor", "Escape never wipes the query");
  await done(opened);
});

test("the front page's sort menu tells the truth; a quoted phrase is shown as typed", async () => {
  const opened = await open("/");
  const { page } = opened;
  assert.equal(await page.locator("#sort").inputValue(), "newest", "the latest articles are sorted newest");
  assert.ok(await page.locator('#sort option[value="relevance"]').isDisabled(), "relevance needs words");
  await page.locator("#q").fill('"north korea"');
  await page.locator("#q").press("Enter");
  await page.waitForURL((url) => url.searchParams.get("q") === '"north korea"');
  await settled(page);
  assert.equal(await page.locator("#results-heading").innerText(), 'Results for "north korea"');
  assert.equal(await page.locator("#sort").inputValue(), "relevance");
  await done(opened);
});

test("ticking and unticking a facet at desktop width brings the new results into view", async () => {
  const opened = await open("/", { width: 1280, height: 700 });
  const { page } = opened;
  await page.evaluate(() => window.scrollTo(0, 900));
  assert.equal(await inView(page, "#results-heading"), false, "scrolled past the results' top");
  const box = page.locator('[data-facet="country"] input[data-dimension]').first();
  const value = await box.getAttribute("data-value");
  await box.check();
  await page.waitForURL((url) => url.searchParams.getAll("filter").includes(`country:${value}`));
  await settled(page);
  assert.ok(await inView(page, "#results-heading"), "the results' top is in view after ticking");
  assert.ok(await box.isChecked());
  await assertCountsMatch(page, await apiSearch(`filter=country:${value}`));
  await shot(page, "journey-desktop");

  await page.evaluate(() => window.scrollTo(0, 900));
  await page.locator(`[data-facet="country"] input[data-value="${value}"]`).uncheck();
  await page.waitForURL((url) => !url.searchParams.has("filter"));
  await settled(page);
  assert.ok(await inView(page, "#results-heading"), "and after unticking");
  assert.equal(await shownTotal(page), (await apiSearch("")).total);
  await done(opened);
});

test("on a phone the filter panel closes with a button counting the results", async () => {
  const opened = await open("/?q=korea", { width: 390, height: 844 });
  const { page } = opened;
  const searches = recordSearches(page);
  await page.locator("#filters-toggle").click();
  const box = page.locator('[data-facet="country"] input[data-dimension]').first();
  await box.waitFor();
  assert.ok(searches.some((s) => s.has("facets")), "the folded panel's counts are fetched when it opens");
  const value = await box.getAttribute("data-value");
  await box.check();
  await page.waitForURL((url) => url.searchParams.getAll("filter").includes(`country:${value}`));
  await settled(page);
  const expected = await apiSearch(`q=korea&filter=country:${value}`);
  const button = page.locator("#show-results");
  await page.waitForFunction((text) => document.getElementById("show-results").innerText === text,
    `Show ${expected.total} result${expected.total === 1 ? "" : "s"}`);
  await shot(page, "journey-phone-filters");
  await button.click();
  assert.ok(await page.locator("#sidebar").isHidden(), "the panel closed");
  assert.equal(await page.locator("#filters-toggle").getAttribute("aria-expanded"), "false");
  assert.ok(await inView(page, "#results-heading"), "the results are in view");
  assert.equal(await shownTotal(page), expected.total);
  await shot(page, "journey-phone");

  await page.locator("#filters-toggle").click();
  await page.locator(`[data-facet="country"] input[data-value="${value}"]`).uncheck();
  await page.waitForURL((url) => !url.searchParams.has("filter"));
  await settled(page);
  const all = await apiSearch("q=korea");
  await page.waitForFunction((text) => document.getElementById("show-results").innerText === text, `Show ${all.total} results`);
  await button.click();
  assert.ok(await page.locator("#sidebar").isHidden());
  await done(opened);
});

test("an article marks the query's words and steps to the next and previous result", async () => {
  const opened = await open("/?q=korea");
  const { page } = opened;
  const ids = await page.$$eval(".hit-title a", (links) => links.map((a) => a.dataset.article));
  assert.ok(ids.length >= 2, "two results to step between");
  await page.locator(".hit-title a").first().click();
  await page.locator("#article-title").waitFor();
  const marks = await page.locator(".article-body mark, #article-title mark").allInnerTexts();
  assert.ok(marks.length > 0 && marks.every((m) => /^korea/i.test(m)), `marked: ${marks}`);
  const total = await shownTotal(page);
  assert.equal(await page.locator("#result-nav .position").innerText(), `Result 1 of ${total}`);
  await page.keyboard.press("n");
  await page.waitForURL((url) => url.searchParams.get("article") === ids[1]);
  await page.locator("#result-nav .position").filter({ hasText: "Result 2 of" }).waitFor();
  await page.locator("#result-nav a[data-step='-1']").click();
  await page.waitForURL((url) => url.searchParams.get("article") === ids[0]);
  await page.keyboard.press("Escape");
  await page.waitForURL((url) => !url.searchParams.has("article"));
  assert.equal(await page.locator("#q").inputValue(), "korea");
  await done(opened);
});

test("paging down loads more results through the cursor, numbered on", async () => {
  const opened = await open("/");
  const { page } = opened;
  const total = await shownTotal(page);
  assert.ok(total > 2 * PAGE_SIZE, "enough articles to page");
  await page.mouse.move(800, 500);
  for (let loaded = PAGE_SIZE; loaded < 3 * PAGE_SIZE; loaded += PAGE_SIZE) {
    await page.mouse.wheel(0, 20_000);
    await page.waitForFunction((n) => document.querySelectorAll(".hit").length > n, loaded);
  }
  const ids = await page.$$eval(".hit-title a", (links) => links.map((a) => a.dataset.article));
  assert.equal(new Set(ids).size, ids.length, "no article twice");
  assert.equal(await page.locator(".hit-number").first().innerText(), "1.", "results are numbered");
  assert.equal(await page.locator(".hit-number").nth(PAGE_SIZE).innerText(), `${PAGE_SIZE + 1}.`, "numbered on");
  await done(opened);
});

test("autocomplete completes the unfinished word and opens what is picked", async () => {
  const opened = await open("/");
  const { page } = opened;
  await page.locator("#q").pressSequentially("pyongy", { delay: 50 });
  await page.locator("#suggestions [role=option]").first().waitFor();
  const { body } = await api("/api/suggest?q=pyongy");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  const first = body.suggestions[0];
  await page.waitForURL((url) => (first.articleId ? url.searchParams.get("article") === first.articleId
    : url.searchParams.get("q") === first.text));
  await done(opened);
});

test("with no results the filters stay to be removed, and the page says so once", async () => {
  const opened = await open("/?q=korea&filter=country:Japan&filter=tags:zzz-none");
  const { page } = opened;
  assert.equal(await shownTotal(page), 0);
  assert.equal(await page.locator("#summary").innerText().then((t) => t.startsWith("0 articles")), true);
  assert.equal(await page.locator(".empty").count(), 1);
  assert.ok(await page.locator('input[data-dimension="country"][data-value="Japan"]').isChecked(), "the ticked box stays");
  assert.ok(await page.locator('input[data-dimension="tags"][data-value="zzz-none"]').isChecked());
  // A click, not uncheck(): the value leaves the sidebar with the new results, so there is no box left to read back.
  await page.locator('input[data-dimension="tags"][data-value="zzz-none"]').click();
  await page.waitForURL((url) => !url.searchParams.getAll("filter").includes("tags:zzz-none"));
  await settled(page);
  assert.equal(await shownTotal(page), (await apiSearch("q=korea&filter=country:Japan")).total);
  await done(opened);
});

test("dark mode follows the system setting", async () => {
  const opened = await open("/?q=korea");
  const { page } = opened;
  const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await shot(page, "journey-light");
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.notEqual(dark, light);
  const [r, g, b] = dark.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 150, `a dark background: ${dark}`);
  await shot(page, "journey-dark");
  await done(opened);
});
