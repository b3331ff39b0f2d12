package dev.gazette.cli;

import dev.gazette.SearchResult.Hit;
import java.io.PrintWriter;
import java.util.List;

/** Prints ranked hits as the terminal commands show them: rank and title, date and id, haiku, snippets. */
final class HitList {
  private HitList() {}

  /** Prints {@code hits}, numbered from {@code firstRank}; snippets rendered for {@code terminal}. */
  static void print(PrintWriter out, List<Hit> hits, int firstRank, Terminal terminal) {
    int rank = firstRank;
    for (Hit hit : hits) {
      out.println();
      String title = hit.snippets() == null ? hit.title() : SnippetText.render(hit.snippets().title(), terminal);
      out.printf("%d. %s%n", rank++, title);
      String day = Units.day(hit.published());
      out.printf("   %sid %s%n", day.isEmpty() ? "" : day + " · ", hit.id());
      if (!hit.haiku().isEmpty()) {
        out.printf("   %s%n", SnippetText.render(String.join(" / ", hit.haiku()), terminal));
      }
      if (hit.snippets() != null && !hit.snippets().body().isEmpty()) {
        out.printf("   %s%n", SnippetText.render(String.join(" … ", hit.snippets().body()), terminal));
      }
      hit.fields().forEach((field, values) -> out.printf("   %s: %s%n", field, String.join(" | ", values)));
    }
  }
}
