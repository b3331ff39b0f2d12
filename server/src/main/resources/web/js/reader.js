// The article view's behaviour: loads one article, marks the query's words in it, places it among
// the results (previous, next, "Result 3 of 129") and adds the related articles.

import * as api from "./api.js";
import { renderArticle, renderRelated, renderResultNav } from "./article.js";
import { h, replace } from "./dom.js";
import { queryPattern } from "./query-words.js";
import { Latest } from "./searcher.js";

const RELATED = 5;

/** Shows articles in `view`; `links` gives the addresses back(), search(dimension, value) and article(id). */
export class Reader {
  constructor(view, links) {
    this.view = view;
    this.links = links;
    this.id = null;
    this.query = null;
    this.position = null;
    this.latest = new Latest();
  }

  /** Shows article `id` with the words of `query` marked, at `position` among the results (or null). */
  async show(id, query, position) {
    this.position = position;
    if (this.id === id && this.query === query) {
      renderResultNav(this.view, position, this.links.article);
      return;
    }
    this.id = id;
    this.query = query;
    const signal = this.latest.next();
    replace(this.view, h("p", { className: "loading-text", text: "Loading the article…" }));
    try {
      const article = await api.article(id, signal);
      renderArticle(this.view, article, this.links, queryPattern(query));
      renderResultNav(this.view, this.position, this.links.article);
      document.title = `${article.title || article.id} — Gazette`;
      this.view.querySelector("#article-title").focus();
      renderRelated(this.view, await api.related(id, RELATED, signal), this.links.article);
    } catch (error) {
      if (error.name === "AbortError") {
        return;
      }
      this.id = null;
      replace(this.view,
        h("p", { className: "back" }, h("a", { href: this.links.back(), text: "← Back to results" })),
        h("h1", { id: "article-title", tabIndex: -1, text: error.status === 404 ? "Article not found" : "The article could not be loaded" }),
        h("p", { text: error.message }));
      this.view.querySelector("#article-title").focus();
    }
  }

  /** Places the article shown among results that arrived after it. */
  place(position) {
    this.position = position;
    renderResultNav(this.view, position, this.links.article);
  }

  /** Stops showing an article (the results are back). */
  leave() {
    this.latest.cancel();
    this.id = null;
    this.query = null;
  }
}
