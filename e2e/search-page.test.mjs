// Browser tests of the search page: headless Debian Chromium, driven by playwright-core, against a
// real Gazette server. The JUnit test SearchPageBrowserTest starts the server (seeds, the
// fixtures/ articles and, when the shared data is there, part of Reuters-21578) and runs this file
// with GAZETTE_URL, GAZETTE_SCREENSHOTS and GAZETTE_LARGE_INDEX set. By hand, against a server
// holding the same articles:  GAZETTE_URL=http://127.0.0.1:8080 npm test
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  api, apiSearch, assertCountsMatch, done, LARGE, number, open, PAGE_SIZE, settled, shot, shownCounts, shownTotal, urlParams,
} from "./helpers.mjs";

test("the page is served with its security headers and shows the latest articles", async () => {
  const opened = await open("/");
  const { page, response } = opened;
  const headers = response.headers();
  assert.match(headers["content-security-policy"], /default-src 'self'/);
  assert.doesNotMatch(headers["content-security-policy"], /unsafe-inline/);
  assert.equal(headers["x-content-type-options"], "nosniff");
  assert.ok(headers["referrer-policy"]);
  const all = await apiSearch("");
  assert.equal(await shownTotal(page), all.total);
  assert.equal(await page.locator(".hit").count(), Math.min(PAGE_SIZE, all.total));
  const dates = await page.$$eval(".hit time", (times) => times.map((t) => t.dateTime));
  assert.deepEqual(dates, [...dates].sort().reverse(), "with no query the newest come first");
  assert.ok(await page.locator("#timeline .bar").count() > 0, "timeline bars");
  assert.ok(await page.locator('[data-facet="country"] input').count() > 0, "country facet");
  assert.ok(await page.locator('#published-facet input[data-dimension="published"]').count() > 0, "years");
  await shot(page, "front");
  await done(opened);
});

test("typing a query shows highlighted results as you type and puts the query in the URL", async () => {
  const opened = await open("/");
  const { page } = opened;
  await page.locator("#q").pressSequentially("north korea", { delay: 40 });
  await page.waitForURL((url) => url.searchParams.get("q") === "north korea");
  await settled(page);
  // Typed queries ask for the unfinished last word as a prefix too (prefixLast), so "korea" also finds "Korean".
  const result = await apiSearch("q=north korea&prefixLast=true");
  assert.ok(result.total >= (await apiSearch("q=north korea")).total);
  assert.ok(result.total >= 2);
  assert.equal(await shownTotal(page), result.total);
  assert.match(await page.locator("#summary").innerText(), /\d+ ms/);
  const titles = await page.locator(".hit-title mark").allInnerTexts();
  assert.ok(titles.some((t) => /north korea/i.test(t)), `marked titles: ${titles}`);
  assert.ok(await page.locator(".snippet mark").count() > 0, "marked snippets");
  assert.ok(await page.locator(".hit .haiku-line").count() >= 3, "haiku lines");
  assert.equal(await page.locator(".hit-title a").first().innerText(), result.hits[0].title);
  assert.equal(await page.title(), "north korea — Gazette search");
  await assertCountsMatch(page, result);
  await shot(page, "search");

  await page.locator("#q").pressSequentially(" pact", { delay: 400 });
  await page.waitForURL((url) => url.searchParams.get("q") === "north korea pact");
  await page.goBack();
  await page.waitForURL((url) => !url.searchParams.has("q"));
  assert.equal(await page.locator("#q").inputValue(), "", "one history entry for a run of typing");
  await done(opened);
});

test("the Match switch and the meaning line show only when the server searches by meaning", async () => {
  const embedder = Boolean((await api("/api/stats")).body.embedding);
  // A mode in the address is not sent to a server without an embedder, which would refuse it (done() checks no 400).
  const opened = await open("/?q=korea&mode=semantic");
  const { page } = opened;
  assert.equal(await page.locator("#mode").isVisible(), embedder);
  assert.equal(await shownTotal(page), (await apiSearch(embedder ? "q=korea&mode=semantic" : "q=korea")).total);
  if (!embedder) {
    assert.ok(await page.locator("#meaning-note").isHidden(), "no line about meaning search");
    assert.equal(await page.locator(".by-meaning").count(), 0);
  }
  await done(opened);
});

test("ticking facets narrows the results and updates the counts; values of one facet add up", async () => {
  const opened = await open("/?q=climate OR drought OR heatwave");
  const { page } = opened;
  const before = await shownCounts(page);
  const first = await apiSearch("q=climate OR drought OR heatwave&filter=tags:climate");
  await page.locator('input[data-dimension="tags"][data-value="climate"]').check();
  await page.waitForURL((url) => url.searchParams.getAll("filter").includes("tags:climate"));
  await settled(page);
  assert.equal(await shownTotal(page), first.total);
  assert.equal(await page.locator(".hit").count(), Math.min(PAGE_SIZE, first.total));
  const after = await assertCountsMatch(page, first);
  assert.notDeepEqual(after, before, "counts change with the filter");
  assert.ok(await page.locator('input[data-dimension="tags"][data-value="climate"]').isChecked());
  await shot(page, "facet");

  const both = await apiSearch("q=climate OR drought OR heatwave&filter=tags:climate&filter=tags:agriculture");
  await page.locator('input[data-dimension="tags"][data-value="agriculture"]').check();
  await page.waitForURL((url) => url.searchParams.getAll("filter").includes("tags:agriculture"));
  await settled(page);
  assert.ok(both.total > first.total, "a second value of the same facet widens the results");
  assert.equal(await shownTotal(page), both.total);
  await assertCountsMatch(page, both);

  const chips = await page.$$eval("#active-filters button", (buttons) => buttons.map((b) => b.getAttribute("aria-label")));
  assert.deepEqual(chips, ["Remove Tags: climate", "Remove Tags: agriculture"]);
  await page.getByRole("button", { name: "Remove Tags: climate" }).click();
  await page.waitForURL((url) => !url.searchParams.getAll("filter").includes("tags:climate"));
  await settled(page);
  assert.equal(await shownTotal(page), (await apiSearch("q=climate OR drought OR heatwave&filter=tags:agriculture")).total);
  await done(opened);
});

test("an article opens with its full text, haiku and references; back restores the search", async () => {
  const opened = await open("/?q=korea&filter=country:Russia");
  const { page } = opened;
  const listed = await page.locator(".hit-title a").allInnerTexts();
  const link = page.locator(".hit-title a").first();
  const id = await link.getAttribute("data-article");
  const article = (await api(`/api/articles/${encodeURIComponent(id)}`)).body;
  await link.click();
  await page.waitForURL((url) => url.searchParams.get("article") === id);
  await page.locator("#article-title").waitFor();
  assert.equal(await page.locator("#article-title").innerText(), article.title);
  assert.equal(await page.evaluate(() => document.activeElement.id), "article-title", "focus moves to the article");
  assert.equal(await page.locator(".article-haiku .haiku-line").count(), article.haiku.length);
  assert.equal(await page.locator(".article-body p").count(), article.body.length);
  assert.ok(await page.locator(".references").isVisible(), "references shown");
  assert.ok(await page.locator("#results-view").isHidden());
  const related = await api(`/api/articles/${encodeURIComponent(id)}/related?size=5`);
  assert.equal(await page.locator("#related").isVisible(), related.status === 200 && related.body.hits.length > 0,
    "related articles shown exactly when the server offers them");
  assert.equal(await page.title(), `${article.title} — Gazette`);
  await shot(page, "article", { fullPage: true });

  await page.goBack();
  await page.waitForURL((url) => !url.searchParams.has("article"));
  await settled(page);
  assert.equal(urlParams(page).get("q"), "korea");
  assert.equal(await page.locator("#q").inputValue(), "korea");
  assert.ok(await page.locator('input[data-dimension="country"][data-value="Russia"]').isChecked());
  assert.deepEqual(await page.locator(".hit-title a").allInnerTexts(), listed);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.article), id, "focus returns to the article's link");

  await page.goForward();
  await page.locator("#article-title").waitFor();
  await page.locator("a[data-back]").click();
  await page.waitForURL((url) => !url.searchParams.has("article"));
  assert.equal(await page.locator("#q").inputValue(), "korea");
  await done(opened);
});

test("a bookmarked address restores the query, filters, dates and sort", async () => {
  const query = "q=grain OR wheat OR coffee&filter=tags:agriculture&from=2023-01-01&to=2023-12-31&sort=newest";
  const opened = await open(`/?${query}`);
  const { page } = opened;
  const result = await apiSearch(query);
  assert.ok(result.total > 1);
  assert.equal(await page.locator("#q").inputValue(), "grain OR wheat OR coffee");
  assert.equal(await page.locator("#sort").inputValue(), "newest");
  assert.equal(await page.locator("#from").inputValue(), "1 Jan 2023", "dates read as elsewhere on the page");
  assert.equal(await page.locator("#to").inputValue(), "31 Dec 2023");
  assert.ok(await page.locator('input[data-dimension="tags"][data-value="agriculture"]').isChecked());
  assert.equal(await shownTotal(page), result.total);
  const dates = await page.$$eval(".hit time", (times) => times.map((t) => t.dateTime));
  assert.deepEqual(dates, result.hits.map((h) => h.published));

  await page.selectOption("#sort", "oldest");
  await page.waitForURL((url) => url.searchParams.get("sort") === "oldest");
  await settled(page);
  const oldest = await page.$$eval(".hit time", (times) => times.map((t) => t.dateTime));
  assert.deepEqual(oldest, [...dates].reverse());

  await page.locator("#clear-filters").click();
  await page.waitForURL((url) => !url.searchParams.has("filter") && !url.searchParams.has("from"));
  await settled(page);
  assert.equal(await shownTotal(page), (await apiSearch("q=grain OR wheat OR coffee")).total);
  await done(opened);
});

test("a timeline bar narrows the search to its period", async () => {
  const opened = await open("/?q=election OR drought OR climate");
  const { page } = opened;
  const bar = page.locator("#timeline .bar:not(.empty)").first();
  const label = await bar.getAttribute("aria-label");
  await bar.click();
  await page.waitForURL((url) => url.searchParams.has("from") && url.searchParams.has("to"));
  await settled(page);
  const params = urlParams(page);
  const result = await apiSearch(`q=election OR drought OR climate&from=${params.get("from")}&to=${params.get("to")}`);
  assert.equal(await shownTotal(page), result.total);
  assert.equal(result.total, Number(label.match(/: ([\d,]+) article/)[1].replaceAll(",", "")), label);
  assert.ok(await page.locator("#clear-dates").isVisible());

  await page.locator("#clear-dates").click();
  await page.waitForURL((url) => !url.searchParams.has("from") && !url.searchParams.has("to"));
  await page.locator("#from").fill("31 Feb 2024");
  await page.locator("#from").press("Enter");
  assert.ok(await page.locator("#date-error").isVisible(), "a day that does not exist is explained");
  await page.locator("#from").fill("1 January 2024");
  await page.locator("#from").press("Enter");
  await page.waitForURL((url) => url.searchParams.get("from") === "2024-01-01");
  assert.ok(await page.locator("#date-error").isHidden());
  await settled(page);
  assert.equal(await shownTotal(page), (await apiSearch("q=election OR drought OR climate&from=2024-01-01")).total);
  await done(opened);
});

test("a misspelt query is answered with close spellings or a suggestion to follow", async () => {
  const opened = await open("/");
  const { page } = opened;
  await page.locator("#q").fill("drougth");
  await page.locator("#q").press("Enter");
  await page.waitForURL((url) => url.searchParams.get("q") === "drougth");
  await settled(page);
  const result = await apiSearch("q=drougth");
  assert.ok(result.typoTolerant || result.didYouMean, "the engine helps with this typo");
  assert.equal(await page.locator(".notice-typo").isVisible(), result.typoTolerant);
  if (result.didYouMean) {
    await page.locator(".notice-dym a").click();
    await page.waitForURL((url) => url.searchParams.get("q") === result.didYouMean);
    assert.equal(await page.locator("#q").inputValue(), result.didYouMean);
  }
  await done(opened);
});

test("more results come through the cursor, without repeats", async () => {
  const opened = await open("/");
  const { page } = opened;
  const total = await shownTotal(page);
  assert.ok(total > PAGE_SIZE, "enough articles to page");
  await page.locator("#more").click();
  await page.waitForFunction((n) => document.querySelectorAll(".hit").length >= n, Math.min(total, 2 * PAGE_SIZE));
  const ids = await page.$$eval(".hit-title a", (links) => links.map((a) => a.dataset.article));
  assert.equal(new Set(ids).size, ids.length, "no article twice");
  assert.match(await page.locator("#summary").innerText(), new RegExp(`showing ${number.format(ids.length)}|^${number.format(total)} article`));
  await done(opened);
});

test("markup inside articles is shown as text, never run", async () => {
  const opened = await open("/?q=editors debate markup");
  const { page } = opened;
  const title = page.locator(".hit-title a").first();
  assert.match(await title.innerText(), /<script>window.__pwned = 1<\/script> tags & <b>bold<\/b>/);
  assert.equal(await page.locator("#results script, #results img, #results b").count(), 0);
  await title.click();
  await page.locator("#article-title").waitFor();
  assert.match(await page.locator(".article-haiku").innerText(), /<img src=x onerror/);
  assert.match(await page.locator(".references").innerText(), /<a href="javascript:alert\(1\)">/);
  assert.equal(await page.locator("#article-view script, #article-view img, #article-view b, .references a").count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);

  await page.route((url) => url.pathname === "/api/suggest", (route) => route.fulfill({ json: { q: "edi", suggestions: [
    { text: "x", highlighted: "<img src=x onerror=\"window.__pwned=1\"><mark>edi</mark>", kind: "PHRASE", articleId: null },
  ] } }));
  await page.locator("#q").fill("");
  await page.locator("#q").pressSequentially("edi", { delay: 40 });
  await page.locator("#suggestion-0").waitFor();
  assert.equal(await page.locator("#suggestion-0 .suggestion-text").innerText(), '<img src=x onerror="window.__pwned=1">edi');
  assert.equal(await page.locator("#suggestions img, #suggestions mark").count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await done(opened);
});

test("the page works from the keyboard", async () => {
  const opened = await open("/?q=korea");
  const { page } = opened;
  await page.locator("body").press("/");
  assert.equal(await page.evaluate(() => document.activeElement.id), "q", "slash focuses the search box");
  const box = page.locator('input[data-dimension="country"][data-value="Japan"]');
  await box.focus();
  await page.keyboard.press("Space");
  await page.waitForURL((url) => url.searchParams.getAll("filter").includes("country:Japan"));
  await settled(page);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.value), "Japan", "focus stays on the ticked box");
  const bar = page.locator("#timeline .bar[tabindex='0']");
  await bar.focus();
  await page.keyboard.press("Home");
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains("bar")), true);
  await page.locator(".hit-title a").first().focus();
  await page.keyboard.press("Enter");
  await page.locator("#article-title").waitFor();
  await page.keyboard.press("Escape");
  await page.waitForURL((url) => !url.searchParams.has("article"));
  await done(opened);
});

test("at phone width the filters fold away and nothing overflows", async () => {
  const opened = await open("/?q=drought", { width: 390, height: 844 });
  const { page } = opened;
  assert.ok(await page.locator("#sidebar").isHidden(), "filters folded");
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), "no sideways scrolling");
  await shot(page, "phone");
  await page.locator("#filters-toggle").click();
  assert.ok(await page.locator("#sidebar").isVisible(), "filters open");
  assert.equal(await page.locator("#filters-toggle").getAttribute("aria-expanded"), "true");
  await shot(page, "phone-filters");
  await page.locator(".hit-title a").first().click();
  await page.locator("#article-title").waitFor();
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), "article fits");
  await done(opened);
});

test("autocomplete offers phrases and titles as you type, from the keyboard or the mouse", async () => {
  const { body } = await api("/api/suggest?q=nor");
  const opened = await open("/");
  const { page } = opened;
  await page.locator("#q").pressSequentially("nor", { delay: 40 });
  await page.locator("#suggestions [role=option]").first().waitFor();
  assert.equal(await page.locator("#q").getAttribute("aria-expanded"), "true");
  assert.equal(await page.locator("#suggestions [role=option]").count(), body.suggestions.length);
  assert.deepEqual(await page.locator("#suggestions mark").allInnerTexts(),
    body.suggestions.map((s) => s.highlighted.match(/<mark>(.*?)<\/mark>/)[1]));
  await shot(page, "autocomplete");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.locator("#q").getAttribute("aria-activedescendant"), "suggestion-1");
  assert.equal(await page.locator("#suggestion-1").getAttribute("aria-selected"), "true");
  await page.keyboard.press("Enter");
  const second = body.suggestions[1];
  await page.waitForURL((url) => (second.articleId ? url.searchParams.get("article") === second.articleId
    : url.searchParams.get("q") === second.text));
  assert.ok(await page.locator("#suggestions").isHidden());
  assert.equal(await page.locator("#q").getAttribute("aria-expanded"), "false");

  await page.locator("#q").fill("");
  await page.locator("#q").pressSequentially("pyongy", { delay: 40 });
  const title = page.locator("#suggestions .suggestion-article").first();
  await title.waitFor();
  const { body: titles } = await api("/api/suggest?q=pyongy");
  const article = titles.suggestions.find((s) => s.articleId);
  await title.click();
  await page.waitForURL((url) => url.searchParams.get("article") === article.articleId);
  await page.locator("#article-title").waitFor();
  assert.equal(await page.locator("#article-title").innerText(), article.text);
  await page.locator("#q").press("Escape");
  await done(opened);
});

test("related articles follow an article and open in turn", async () => {
  const { body } = await api("/api/articles/nr-summit-pyongyang/related?size=5");
  const opened = await open("/?article=nr-summit-pyongyang");
  const { page } = opened;
  await page.locator("#related li").first().waitFor();
  assert.deepEqual(await page.locator("#related li a").allInnerTexts(), body.hits.map((hit) => hit.title));
  await shot(page, "related", { fullPage: true });
  const target = page.locator("#related a").first();
  const id = await target.getAttribute("data-article");
  await target.click();
  await page.waitForURL((url) => url.searchParams.get("article") === id);
  await page.locator("#article-title").waitFor();
  assert.equal(await page.locator("#article-title").innerText(), body.hits[0].title);
  await done(opened);
});

test("without the suggest and related endpoints the page leaves them out", async () => {
  const opened = await open("/");
  const { page } = opened;
  const missing = (route) => route.fulfill({ status: 404, json: { error: { status: 404, code: "not_found", message: "no endpoint" } } });
  await page.route((url) => url.pathname === "/api/suggest" || url.pathname.endsWith("/related"), missing);
  await page.locator("#q").pressSequentially("nor", { delay: 40 });
  await page.waitForURL((url) => url.searchParams.get("q") === "nor");
  await settled(page);
  assert.ok(await page.locator("#suggestions").isHidden());
  await page.locator(".hit-title a").first().click();
  await page.locator("#article-title").waitFor();
  await page.waitForTimeout(300);
  assert.ok(await page.locator("#related").isHidden());
  await done(opened);
});

test("with a large index, long facets show their top values and open onto the rest", { skip: !LARGE && "no large index loaded" }, async () => {
  const opened = await open("/?q=oil");
  const { page } = opened;
  const group = page.locator('[data-facet="places"]');
  assert.equal(await group.locator("input").count(), 0, "source places start folded, and are not counted");
  await group.locator('button[data-toggle="group"]').click();
  await group.locator("input").first().waitFor();
  assert.equal(await group.locator("input[data-dimension]").count(), 8);
  await group.locator('button[data-toggle="more"]').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-facet="places"] input[data-dimension]').length > 9);
  const listed = await group.locator("input[data-dimension]").count();
  assert.ok(listed > 9, `more values after Show more: ${listed}`);
  assert.ok(await group.locator('button[data-toggle="fewer"]').isVisible());

  await group.locator("input[data-find]").fill("ja");
  await page.waitForFunction(() => [...document.querySelectorAll('[data-facet="places"] input[data-dimension]')]
    .every((input) => input.dataset.value.toLowerCase().startsWith("ja")));
  const found = (await api("/api/facets/places?prefix=ja&limit=50")).body.values.map((v) => v.value);
  assert.deepEqual(await group.locator("input[data-dimension]").evaluateAll((inputs) => inputs.map((i) => i.dataset.value)), found);
  assert.ok(await group.locator(".facet-note").isVisible(), "archive-wide counts are labelled as such");
  await group.locator("input[data-find]").fill("");
  await page.waitForFunction(() => document.querySelectorAll('[data-facet="places"] input[data-dimension]').length > 9);
  await page.locator('#published-facet button[data-key="1987"]').click();
  await page.locator('input[data-dimension="published"][data-value="1987/03"]').check();
  await page.waitForURL((url) => url.searchParams.getAll("filter").includes("published:1987/03"));
  await settled(page);
  const result = await apiSearch("q=oil&filter=published:1987/03", "facets=places,published&facetLimit=100");
  assert.equal(await shownTotal(page), result.total);
  await assertCountsMatch(page, result);
  await shot(page, "large-index", { fullPage: true });
  await done(opened);
});
