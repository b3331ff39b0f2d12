package dev.gazette.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.gazette.SearchResult.Hit;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints hits one a line for scripts and spreadsheets ({@code search --format ndjson|csv}): rank,
 * id, score, date, title and the snippets as plain text.
 */
final class HitRows {
  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
  private static final List<String> HEADER = List.of("rank", "id", "score", "published", "title", "snippet");

  private HitRows() {}

  /** Prints {@code hits}, ranked from {@code firstRank}, as {@code format} (NDJSON or CSV). */
  static void print(PrintWriter out, SearchCommand.HitFormat format, List<Hit> hits, int firstRank) {
    try {
      if (format == SearchCommand.HitFormat.CSV) {
        CsvArticles.row(out, HEADER);
      }
      int rank = firstRank;
      for (Hit hit : hits) {
        Map<String, Object> row = row(rank++, hit);
        if (format == SearchCommand.HitFormat.CSV) {
          CsvArticles.row(out, row.values().stream().map(value -> value == null ? "" : value.toString()).toList());
        } else {
          out.println(GSON.toJson(row));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  private static Map<String, Object> row(int rank, Hit hit) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("rank", rank);
    row.put("id", hit.id());
    row.put("score", hit.score());
    row.put("published", hit.published() == null ? null : hit.published().toString());
    row.put("title", hit.title());
    row.put("snippet", hit.snippets() == null ? "" : SnippetText.render(String.join(" … ", hit.snippets().body()), Terminal.PLAIN));
    return row;
  }
}
