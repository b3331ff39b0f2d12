/**
 * Gazette's embeddable engine: read articles, index them with Lucene (or on an OpenSearch
 * cluster), search them with ranking, facets and highlighting, and evaluate the ranking.
 *
 * <p>The API is two packages. {@code dev.gazette} is the engine: {@link dev.gazette.Gazette}, its
 * {@link dev.gazette.GazetteConfig}, {@link dev.gazette.SearchRequest} and {@link
 * dev.gazette.SearchResult}, {@link dev.gazette.Article} and {@link dev.gazette.ArticleReader},
 * {@link dev.gazette.Filter}, {@link dev.gazette.Suggestion}, {@link dev.gazette.IndexStats}, {@link
 * dev.gazette.IngestReport}, {@link dev.gazette.Embedder}, the values their methods take and
 * return, and the exceptions. {@code dev.gazette.eval} is relevance evaluation against judged test
 * collections.
 *
 * <p>Every other package (analysis, embedded, facet, highlight, index, opensearch, parse, plan,
 * search, store, suggest, vector) is internal and not exported: it may change at any release. Gazette's own server
 * and command line run from shaded jars on the class path, where nothing is encapsulated, and use a
 * few internal types (the data folder of {@code dev.gazette.store}, the query kinds of {@code
 * dev.gazette.search}); {@code docs/architecture.md} lists them and why.
 */
module dev.gazette.core {
  exports dev.gazette;
  exports dev.gazette.eval;

  requires com.google.gson;
  requires java.net.http;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.backward_codecs;
  requires org.apache.lucene.core;
  requires org.apache.lucene.facet;
  requires org.apache.lucene.highlighter;
  requires org.apache.lucene.queries;
  requires org.apache.lucene.suggest;

  // The synonym files, read by Lucene's resource loader.
  opens dev.gazette.analysis to org.apache.lucene.core;

  provides org.apache.lucene.codecs.PostingsFormat with dev.gazette.suggest.PhrasePostingsFormat;
}
