// Browser tests of search by meaning on the page: the "Match" switch, the line saying how far the
// archive is embedded, and hits found by meaning alone. They need a server of their own, with the
// bundled model and an empty index (SearchPageBrowserTest starts one with --seeds none --embedder
// bundled); the tests add the fixtures/ articles through the API and run in order. By hand, against
// such a fresh server:  GAZETTE_URL=http://127.0.0.1:8080 npm run test:meaning
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { test } from "node:test";
import { api, BASE, done, number, open, PAGE_SIZE, settled, shot, shownTotal, urlParams } from "./helpers.mjs";

const FIXTURES = (await readFile(new URL("./fixtures/newsroom.jsonl", import.meta.url), "utf8"))
  .trim().split("\n").map((line) => JSON.parse(line));
/** The newsroom articles three times over (the copies' ids numbered): enough for several of the embedder's batches. */
const ARTICLES = [1, 2, 3].flatMap((copy) => FIXTURES.map((article) => ({ ...article, id: `${article.id}-${copy}` })));
/** An article whose lead is one long paragraph, as a hit found by meaning shows it before its passages are embedded. */
const LONG_LEAD = {
  id: "e2e-long-lead",
  title: "The central bank keeps borrowing costs where they were",
  published: "2024-05-01",
  body: [
    "The central bank left its benchmark lending rate unchanged on Wednesday for the sixth meeting in a row, "
      + "citing stubborn inflation in services, a tight labour market and uncertain energy prices over the winter "
      + "months ahead, while its governor signalled that cuts could come next year if wage growth slows as most "
      + "economists expect. Bond yields fell slightly after the announcement, and the currency held steady against "
      + "the dollar and the euro in afternoon trading.",
    "Mortgage lenders said they would keep their own rates as they are.",
  ],
};
/** A query none of the articles holds a word of, which finds the central bank's decisions by meaning. */
const MEANING_QUERY = "monetary policy";

/** The next answer to the page's own search (a page of results, not a facet count or the next page). */
function nextAnswer(page) {
  return page.waitForResponse((response) => {
    const url = new URL(response.url());
    return url.pathname === "/api/search" && url.searchParams.get("size") === String(PAGE_SIZE) && !url.searchParams.has("cursor");
  }).then((response) => response.json());
}

/** Opens the page at `path` (after the front page) and returns it with the answer it shows. */
async function openWithAnswer(path) {
  const opened = await open("/");
  const answer = nextAnswer(opened.page);
  await opened.page.goto(BASE + path);
  await settled(opened.page);
  return { opened, result: await answer };
}

async function send(method, path, body, type = "application/json") {
  const response = await fetch(BASE + path, { method, headers: { "Content-Type": type }, body });
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${await response.text()}`);
}

const NDJSON = [...ARTICLES, LONG_LEAD].map((a) => JSON.stringify(a)).join("\n");

/**
 * Keeps writing until stopped: all the articles again and again, and meanwhile two one-line
 * articles of its own, each 50 ms after the last write. The server embeds only once writes have
 * paused for half a second, drops what a batch computed for articles rewritten meanwhile, and
 * keeps the vector of an article rewritten unchanged: so how far the archive is embedded holds
 * still (a write slow enough to let a batch through is rare). `start` resolves once the articles
 * are written the first time.
 */
class Writer {
  start() {
    this.running = true;
    const repeat = async (write) => {
      while (this.running) {
        await write();
        await sleep(50);
      }
    };
    const articles = () => send("POST", "/api/articles", NDJSON, "application/x-ndjson");
    const check = (id) => () => send("PUT", `/api/articles/${id}`, JSON.stringify({ title: "Wire check", body: "A routine check." }));
    const first = articles();
    this.loops = Promise.all([first.then(() => repeat(articles)), repeat(check("e2e-check-1")), repeat(check("e2e-check-2"))]);
    return first;
  }

  async stop() {
    this.running = false;
    await this.loops;
  }
}

/** The server's embedding progress once `ready(embedding)` holds (polled for up to three minutes). */
async function embeddingWhen(ready) {
  for (const deadline = Date.now() + 180_000; Date.now() < deadline; await sleep(25)) {
    const { body } = await api("/api/stats");
    if (ready(body.embedding)) {
      return body.embedding;
    }
  }
  assert.fail("the server did not embed the articles within three minutes");
}

const progress = (embedding) => `${number.format(embedding.embedded)} of ${number.format(embedding.articles)} articles`;
const writer = new Writer();

test("while articles are written, the switch shows and the page says how far meaning search reaches", async () => {
  assert.deepEqual((await api("/api/stats")).body.embedding?.embedded, 0, "these tests need a server with an embedder and an empty index");
  // The model loaded first (a search by meaning waits for it), so that no write is slow enough to let a batch through.
  assert.equal((await api("/api/search?q=warm+up&mode=semantic")).status, 200);
  await writer.start();
  const { opened, result } = await openWithAnswer("/?q=grain");
  const { page } = opened;
  assert.ok(result.embedding.partial, `partly embedded while articles are being written: ${JSON.stringify(result.embedding)}`);
  // Nearly always nothing is embedded yet, and the page says it matches by words; a batch that got through makes it hybrid.
  console.log(`# embedded when the page asked: ${result.embedding.embedded} of ${result.embedding.articles}`);
  assert.equal(result.mode, result.embedding.embedded === 0 ? "lexical" : "hybrid");
  assert.equal(await page.locator("#meaning-note").innerText(), result.embedding.embedded === 0
    ? `Meaning search is not ready yet: ${progress(result.embedding)} embedded; showing matches by words`
    : `Meaning search: ${progress(result.embedding)} so far`);
  const select = page.getByRole("combobox", { name: "Match" });
  assert.ok(await select.isVisible(), "the switch shows with an embedder");
  assert.equal(await select.inputValue(), "hybrid");
  assert.deepEqual(await select.locator("option").allInnerTexts(), ["Words and meaning", "Words only", "Meaning only"]);
  assert.equal(await shownTotal(page), result.total);
  await done(opened);
});

test("part way through, a quiet line under the summary says how far meaning search reaches", async () => {
  await writer.stop();
  await embeddingWhen((embedding) => embedding.embedded > 0);
  await writer.start();
  const { opened, result } = await openWithAnswer("/?q=grain");
  const { page } = opened;
  assert.equal(result.mode, "hybrid");
  assert.ok(result.embedding.partial, `still partly embedded: ${JSON.stringify(result.embedding)}`);
  assert.equal(await page.locator("#meaning-note").innerText(), `Meaning search: ${progress(result.embedding)} so far`);
  assert.ok(await page.locator("#summary + #meaning-note").isVisible(), "right under the summary");
  await shot(page, "meaning-partial");
  await done(opened);
});

test("once every article is embedded the line goes", async () => {
  await writer.stop();
  await embeddingWhen((embedding) => embedding.embedded === embedding.articles);
  const { opened, result } = await openWithAnswer("/?q=grain");
  assert.equal(result.mode, "hybrid");
  assert.equal(result.embedding.partial, false);
  assert.ok(await opened.page.locator("#meaning-note").isHidden());
  await done(opened);
});

test("Meaning only, chosen with the keyboard, asks for mode=semantic, stays in the address and survives a reload", async () => {
  const { opened } = await openWithAnswer(`/?q=${MEANING_QUERY}`);
  const { page } = opened;
  const select = page.getByRole("combobox", { name: "Match" });
  await select.focus();
  const asked = page.waitForRequest((request) => new URL(request.url()).searchParams.get("mode") === "semantic");
  const answer = nextAnswer(page);
  await page.keyboard.press("End");
  await asked;
  await page.waitForURL((url) => url.searchParams.get("mode") === "semantic");
  await settled(page);
  const result = await answer;
  assert.equal(result.mode, "semantic");
  assert.equal(await select.inputValue(), "semantic");
  const expected = (await api(`/api/search?q=${encodeURIComponent(MEANING_QUERY)}&mode=semantic&size=${PAGE_SIZE}`)).body;
  // The three copies of an article are tied by meaning, and a writer keeps rewriting them, which reorders ties: compare stories.
  const story = (id) => id.replace(/-\d+$/, "");
  assert.deepEqual((await page.$$eval(".hit-title a", (links) => links.map((a) => a.dataset.article))).map(story),
    expected.hits.map((h) => story(h.id)));

  const reloaded = page.waitForRequest((request) => new URL(request.url()).searchParams.get("mode") === "semantic");
  await page.reload();
  await reloaded;
  await settled(page);
  assert.equal(await select.inputValue(), "semantic", "the choice comes back from the address");
  assert.equal(urlParams(page).get("mode"), "semantic");

  await select.selectOption("hybrid");
  await page.waitForURL((url) => !url.searchParams.has("mode"));
  await settled(page);
  await page.goBack();
  await page.waitForURL((url) => url.searchParams.get("mode") === "semantic");
  await settled(page);
  assert.equal(await select.inputValue(), "semantic", "back brings the choice back");
  await done(opened);
});

test("a hit found by meaning alone says so, and shows its lead or its passage closest to the query, cut to a few lines, never an empty box", async () => {
  const { opened, result } = await openWithAnswer(`/?q=${MEANING_QUERY}&mode=semantic`);
  const { page } = opened;
  const hit = page.locator(".hit", { has: page.locator(`a[data-article="${LONG_LEAD.id}"]`) });
  assert.ok(await hit.isVisible(), `the long lead is among the hits found by meaning: ${result.hits.map((h) => h.id)}`);
  assert.equal(await hit.locator("mark").count(), 0, "no word of the query to mark");
  assert.equal(await hit.locator(".by-meaning").innerText(), "Found by meaning");
  const sent = result.hits.find((h) => h.id === LONG_LEAD.id).snippets.body[0];
  // The lead until the article's passages have their vectors (after every article has its own), then the passage closest to the query.
  assert.ok(LONG_LEAD.body.join(" ").includes(sent.replace(/…$/, "")), `text of the article's body, as sent: ${sent}`);
  const shown = await hit.locator(".snippet").innerText();
  assert.ok(shown.length <= 281, `cut to about three lines: ${shown}`);
  if (sent.length > 300) {
    assert.ok(shown.length > 140, `a long snippet fills about three lines: ${shown}`);
  }
  assert.ok(sent.startsWith(shown.replace(/…$/, "")), "the start of the snippet, as sent");
  assert.match(shown, /[.…]$/, "ends at a sentence's end or with an ellipsis");
  for (const box of await page.locator(".hit-snippets").all()) {
    assert.ok((await box.innerText()).trim(), "no empty snippet box");
  }
  assert.equal(await page.locator(".snippet").filter({ hasText: /^\s*$/ }).count(), 0);
  await shot(page, "meaning-only");

  const words = await openWithAnswer("/?q=grain&mode=lexical");
  assert.equal(words.result.mode, "lexical");
  assert.equal(await words.opened.page.locator(".by-meaning").count(), 0, "matches by words carry their marks instead");
  await done(words.opened);
  await done(opened);
});
