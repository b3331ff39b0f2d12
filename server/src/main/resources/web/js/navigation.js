// Moving about the page without reloading it: links within the page, and the keys that work
// anywhere outside a field.

import { fromUrl } from "./state.js";

const STEPS = { n: 1, ArrowRight: 1, p: -1, ArrowLeft: -1 };

/**
 * Wires the document's links and keys. `page` offers: go(state), step(offset) to the previous or
 * next result, back() to leave the article, reading() whether an article is shown, and the search
 * box `q`.
 */
export function bindNavigation(page) {
  document.addEventListener("click", (event) => followLink(event, page));
  document.addEventListener("keydown", (event) => pageKey(event, page));
}

/** Follows links within the page without reloading it. */
function followLink(event, page) {
  const link = event.target.closest("a[href]");
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return;
  }
  const url = new URL(link.href);
  if (url.origin !== location.origin || url.pathname !== "/") {
    return;
  }
  event.preventDefault();
  if (link.dataset.step) {
    page.step(Number(link.dataset.step));
  } else if (link.hasAttribute("data-back") && history.state?.fromResults) {
    history.back();
  } else {
    page.go(fromUrl(url.search));
  }
  if (link.classList.contains("brand")) {
    page.q.focus();
  }
}

/** `/` goes to the search box; in an article, Escape goes back and n/p (or the arrows) step through the results. */
function pageKey(event, page) {
  if (event.target.closest("input, select, textarea") || event.ctrlKey || event.metaKey || event.altKey) {
    return;
  }
  if (event.key === "/") {
    event.preventDefault();
    page.q.focus();
    page.q.select();
  } else if (event.key === "Escape" && page.reading()) {
    page.back();
  } else if (event.key in STEPS && page.reading()) {
    event.preventDefault();
    page.step(STEPS[event.key]);
  }
}
