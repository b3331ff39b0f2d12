package dev.gazette.bench.report;

import java.util.ArrayList;
import java.util.List;

/** A Markdown table built row by row. */
public final class Table {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  /** A table with these column titles. */
  public Table(String... header) {
    this.header = List.of(header);
  }

  /** Adds a row; it must have one cell per column. */
  public Table row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
    }
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(String.valueOf(cell).replace("|", "\\|"));
    }
    rows.add(row);
    return this;
  }

  /** The table in Markdown. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("| ").append(String.join(" | ", header)).append(" |\n");
    out.append("|").append(" --- |".repeat(header.size())).append('\n');
    for (List<String> row : rows) {
      out.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    return out.toString();
  }
}
