package example;

import dev.gazette.ArticleReader;
import dev.gazette.Gazette;
import dev.gazette.IngestReport;
import dev.gazette.SearchRequest;
import dev.gazette.SearchResult;
import java.nio.file.Path;

/**
 * An application embedding Gazette: opens (or creates) an index, loads a folder of articles and
 * commits them, then opens the index read-only, searches it and prints each hit's snippets and the
 * facet counts.
 *
 * <p>Usage: {@code java example.EmbeddedSearch <index folder> <articles folder or file> <query>}
 */
public final class EmbeddedSearch {
  private EmbeddedSearch() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: EmbeddedSearch <index folder> <articles> <query>");
      System.exit(2);
    }
    Path index = Path.of(args[0]);
    try (Gazette gazette = Gazette.open(index)) {
      IngestReport report = gazette.load(ArticleReader.of(Path.of(args[1])));
      gazette.commit();
      System.out.println("loaded " + report.accepted() + " articles");
    }
    // A reader process (or a second JVM next to a running server) opens the committed index read-only.
    try (Gazette gazette = Gazette.openReadOnly(index)) {
      SearchResult result = gazette.search(SearchRequest.builder()
          .query(args[2]).facets("country", "published").build());
      System.out.println(result.total() + " found");
      for (SearchResult.Hit hit : result.hits()) {
        System.out.println(hit.published() + "  " + hit.snippets().title());
        hit.snippets().body().forEach(passage -> System.out.println("    " + passage));
      }
      result.facets().forEach((dimension, values) -> values.forEach(value ->
          System.out.println(dimension + ": " + value.value() + " (" + value.count() + ")")));
    }
  }
}
