// Measures the search page as a reader feels it, in headless Chromium against a running server
// (GAZETTE_URL): the first load (navigation to the first results drawn, browser cache emptied) and
// keystroke-to-results (the last key of a typed query to its results drawn, the page's typing
// pause included), split into the typing pause, the request (network and server; the server's
// own `tookMs` beside it), the page's work from the answer to the results in the DOM, and the wait
// for the next frame; then the same request is sent again alone, as the baseline measured in the
// same moment. Prints one JSON line with every sample in milliseconds. The benchmark harness
// runs it (`./gazette bench --only page`); by hand: GAZETTE_URL=http://127.0.0.1:8080 node page-bench.mjs
import { launch } from "./browser.mjs";

const BASE = (process.env.GAZETTE_URL ?? "http://127.0.0.1:8080").replace(/\/$/, "");
const ROUNDS = Number(process.env.GAZETTE_BENCH_ROUNDS ?? 3);
const LOADS = Number(process.env.GAZETTE_BENCH_LOADS ?? 10);
/** Typing speed: a brisk typist's gap between keys. */
const KEY_GAP_MS = 120;
/** Queries a newsroom would type into Reuters-21578. */
const QUERIES = [
  "oil prices", "bank of japan", "coffee exports", "trade deficit", "wheat", "gold mine", "interest rates",
  "opec output", "dollar yen", "takeover bid", "crude oil", "grain shipments", "brazil debt", "steel",
];

/** Resolves with the page's clock when the results for `query` ("" for the front page) are drawn. */
function drawn(page, query) {
  return page.waitForFunction((q) => {
    const main = document.getElementById("main");
    const heading = document.getElementById("results-heading").textContent;
    const ready = main.getAttribute("aria-busy") === "false" && document.getElementById("results").children.length > 0
      && (q ? heading === `Results for ${q}` : heading === "Latest articles");
    return ready ? performance.now() : false;
  }, query, { polling: "raf", timeout: 30_000 }).then((handle) => handle.jsonValue());
}

async function firstLoads(context) {
  const samples = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.clearBrowserCache");
    await page.goto(`${BASE}/`);
    samples.push(await drawn(page, ""));
    await page.close();
  }
  return samples;
}

async function keystrokes(context) {
  const page = await context.newPage();
  await page.goto(`${BASE}/`);
  await drawn(page, "");
  await page.evaluate(() => {
    document.addEventListener("keydown", () => { window.lastKey = performance.now(); }, true);
    new MutationObserver(() => { window.changed = performance.now(); })
      .observe(document.getElementById("results-heading"), { childList: true, subtree: true, characterData: true });
  });
  const samples = [];
  const server = [];
  const parts = { pause: [], request: [], page: [], frame: [], alone: [], beyond: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of QUERIES) {
      await page.locator("#q").fill("");
      await page.locator("#q").press("Backspace");
      await drawn(page, "");
      await page.evaluate(() => performance.clearResourceTimings());
      await page.locator("#q").pressSequentially(query, { delay: KEY_GAP_MS });
      const at = await drawn(page, query);
      const t = await page.evaluate((q) => {
        const request = performance.getEntriesByType("resource")
          .filter((e) => new URL(e.name).pathname === "/api/search" && new URL(e.name).searchParams.get("q") === q).pop();
        return { key: window.lastKey, start: request.startTime, end: request.responseEnd, changed: window.changed, url: request.name };
      }, query);
      const alone = await page.evaluate(async (url) => {
        const start = performance.now();
        await (await fetch(url)).json();
        return performance.now() - start;
      }, t.url);
      samples.push(at - t.key);
      parts.pause.push(t.start - t.key);
      parts.request.push(t.end - t.start);
      parts.page.push(t.changed - t.end);
      parts.frame.push(at - t.changed);
      parts.alone.push(alone);
      parts.beyond.push(at - t.key - alone);
      server.push(Number((await page.locator("#summary .took").innerText()).match(/([\d,]+) ms/)[1].replaceAll(",", "")));
    }
  }
  await page.close();
  return { samples, server, parts };
}

const browser = await launch();
try {
  const loads = await firstLoads(browser.context);
  const typed = await keystrokes(browser.context);
  console.log(JSON.stringify({ firstLoadMs: loads, keystrokeMs: typed.samples, serverMs: typed.server,
    pauseMs: typed.parts.pause, requestMs: typed.parts.request, pageMs: typed.parts.page, frameMs: typed.parts.frame,
    aloneMs: typed.parts.alone, beyondMs: typed.parts.beyond, queries: QUERIES.length, rounds: ROUNDS, keyGapMs: KEY_GAP_MS }));
} finally {
  await browser.close();
}
