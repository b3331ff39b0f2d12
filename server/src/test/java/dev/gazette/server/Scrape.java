package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of {@code GET /metrics}, parsed from the Prometheus text format into samples. */
final class Scrape {
  private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final List<Sample> samples;
  final String text;

  /** One sample line: metric name, labels and value. */
  record Sample(String name, Map<String, String> labels, double value) {}

  private Scrape(String text, List<Sample> samples) {
    this.text = text;
    this.samples = samples;
  }

  /** Scrapes {@code api}'s server; fails unless the answer is 200 in the Prometheus text format. */
  static Scrape of(Api api) {
    Api.Response response = api.get("/metrics");
    assertEquals(200, response.status(), response.body());
    assertEquals("text/plain; version=0.0.4; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
    List<Sample> samples = new ArrayList<>();
    for (String line : response.body().lines().toList()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher sample = SAMPLE.matcher(line);
      if (!sample.matches()) {
        throw new AssertionError("not a sample line: " + line);
      }
      Map<String, String> labels = new LinkedHashMap<>();
      Matcher label = LABEL.matcher(sample.group(2) == null ? "" : sample.group(2));
      while (label.find()) {
        labels.put(label.group(1), label.group(2));
      }
      samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
    }
    return new Scrape(response.body(), samples);
  }

  /**
   * The value of the sample {@code name} whose labels include {@code labels} (name, value, name,
   * value...), or 0 when there is none (a series not recorded yet).
   */
  double value(String name, String... labels) {
    List<Sample> found = matching(name, labels);
    if (found.size() > 1) {
      throw new AssertionError(found.size() + " samples match " + name + " " + List.of(labels));
    }
    return found.isEmpty() ? 0 : found.getFirst().value();
  }

  /** The samples {@code name} whose labels include {@code labels}. */
  List<Sample> matching(String name, String... labels) {
    return samples.stream().filter(s -> s.name().equals(name) && hasLabels(s, labels)).toList();
  }

  private static boolean hasLabels(Sample sample, String... labels) {
    for (int i = 0; i < labels.length; i += 2) {
      if (!labels[i + 1].equals(sample.labels().get(labels[i]))) {
        return false;
      }
    }
    return true;
  }
}
