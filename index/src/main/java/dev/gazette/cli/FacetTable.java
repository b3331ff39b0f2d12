package dev.gazette.cli;

import dev.gazette.SearchResult.FacetValue;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints facet counts one dimension a line, aligned: {@code topics  earn (3,987), acq (2,448)}. */
final class FacetTable {
  private FacetTable() {}

  /** Prints every dimension of {@code facets} that has values, each line starting with {@code indent}. */
  static void print(PrintWriter out, String indent, Map<String, List<FacetValue>> facets) {
    int width = facets.keySet().stream().mapToInt(String::length).max().orElse(0);
    facets.forEach((dimension, values) -> {
      if (!values.isEmpty()) {
        out.printf("%s%-" + width + "s  %s%n", indent, dimension, values.stream()
            .map(value -> value.value() + " (" + Units.count(value.count()) + ")")
            .collect(Collectors.joining(", ")));
      }
    });
  }
}
