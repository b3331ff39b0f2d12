package dev.gazette.bench.corpus;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.gazette.SearchRequest.Operator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the 962 queries of the search-benchmark-game's {@code queries.txt} (one JSON object a line). */
public final class BenchQueries {
  private BenchQueries() {}

  /** The queries of {@code file}, in file order. */
  public static List<BenchQuery> read(Path file) {
    try {
      return Files.readAllLines(file).stream()
          .filter(line -> !line.isBlank())
          .map(BenchQueries::parse)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the benchmark queries " + file, e);
    }
  }

  /** The queries in the shared data folder. */
  public static List<BenchQuery> shared() {
    return read(SharedData.queries());
  }

  private static BenchQuery parse(String line) {
    JsonObject object = JsonParser.parseString(line).getAsJsonObject();
    String type = object.getAsJsonArray("tags").get(0).getAsString();
    Operator operator = type.startsWith("union") || type.equals("intersection_union") ? Operator.OR : Operator.AND;
    return new BenchQuery(object.get("query").getAsString(), type, operator);
  }
}
