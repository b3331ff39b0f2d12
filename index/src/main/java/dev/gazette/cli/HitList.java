package dev.gazette.cli;

import dev.gazette.SearchResult.Hit;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Prints ranked hits as the terminal commands show them: rank and title, date and id, haiku, snippets. */
final class HitList {
  private HitList() {}

  /** Prints {@code hits}, numbered from {@code firstRank}; snippets rendered for {@code terminal}. */
  static void print(PrintWriter out, List<Hit> hits, int firstRank, Terminal terminal) {
    print(out, hits, firstRank, terminal, hit -> "");
  }

  /** {@link #print(PrintWriter, List, int, Terminal)}, showing {@code text} of a hit that has no snippets (plain text). */
  static void print(PrintWriter out, List<Hit> hits, int firstRank, Terminal terminal, Function<Hit, String> text) {
    int rank = firstRank;
    for (Hit hit : hits) {
      out.println();
      String title = hit.snippets() == null ? hit.title() : SnippetText.render(hit.snippets().title(), terminal);
      out.printf("%d. %s%n", rank++, title);
      out.printf("   %s%n", dateAndId(hit.published(), hit.id()));
      if (!hit.haiku().isEmpty()) {
        out.printf("   %s%n", SnippetText.render(String.join(" / ", hit.haiku()), terminal));
      }
      String body = hit.snippets() == null ? text.apply(hit)
          : SnippetText.render(String.join(" … ", hit.snippets().body()), terminal);
      if (!body.isEmpty()) {
        out.printf("   %s%n", body);
      }
      hit.fields().forEach((field, values) -> out.printf("   %s: %s%n", field, String.join(" | ", values)));
    }
  }

  /** {@code 1987-02-26 · id 42}, or {@code id 42} without a date. */
  static String dateAndId(Instant published, String id) {
    String day = Units.day(published);
    return (day.isEmpty() ? "" : day + " · ") + "id " + id;
  }
}
