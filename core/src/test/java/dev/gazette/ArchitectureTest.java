package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.SourceGraph.Edges;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks the shape of core's main sources: no files that depend on each other in a circle, and
 * evaluation a public package of its own that the rest of core does not depend on.
 */
class ArchitectureTest {
  private static final Map<String, String> SOURCES = SourceGraph.sources(TestData.repository().resolve("core/src/main/java"));
  private static final SourceGraph GRAPH = SourceGraph.of(SOURCES, Edges.ALL);

  @Test
  void sourcesAreFound() {
    assertTrue(SOURCES.size() > 100 && SOURCES.containsKey("dev.gazette.eval.Evaluation"), "core sources: " + SOURCES.keySet());
  }

  @Test
  void noTwoFilesImportEachOtherInACircle() {
    SourceGraph imports = SourceGraph.of(SOURCES, Edges.IMPORTS);
    List<Set<String>> cycles = imports.cycles();
    assertEquals(List.of(), cycles, () -> "files whose imports form a circle:\n" + describe(imports, cycles));
  }

  @Test
  void noTwoFilesDependOnEachOtherInACircle() {
    List<Set<String>> cycles = GRAPH.cycles();
    assertEquals(List.of(), cycles, () -> "files that depend on each other in a circle (by import, or by naming"
        + " a type of the same package):\n" + describe(GRAPH, cycles));
  }

  @Test
  void evaluationIsAPublicPackageNothingElseInCoreDependsOn() {
    Map<String, Set<String>> intoEval = new TreeMap<>();
    GRAPH.dependencies().forEach((file, uses) -> {
      Set<String> evalFiles = uses.stream().filter(ArchitectureTest::inEval).collect(Collectors.toSet());
      if (!inEval(file) && !evalFiles.isEmpty()) {
        intoEval.put(file, evalFiles);
      }
    });
    assertEquals(Map.of(), intoEval, "core files outside dev.gazette.eval that depend on it");

    Pattern publicType = Pattern.compile("^public\\s+(?:final\\s+)?(?:class|record|enum|interface)\\b", Pattern.MULTILINE);
    Set<String> publicEval = SOURCES.entrySet().stream()
        .filter(source -> inEval(source.getKey()) && publicType.matcher(SourceGraph.code(source.getValue())).find())
        .map(source -> source.getKey().substring("dev.gazette.eval.".length()))
        .collect(Collectors.toSet());
    assertEquals(Set.of("Evaluation", "Topic", "Qrels", "Retrieved", "Metric", "Scores", "QueryScores", "Report"),
        publicEval, "the public types of dev.gazette.eval");
  }

  @Test
  void graphCountsImportsAndSamePackageNamesButNotCommentsOrStrings() {
    Map<String, String> sources = Map.of(
        "p.A", "package p;\nimport q.C.Nested;\nclass A { B b; }",
        "p.B", "package p;\n/** See {@link A}. */\nclass B { String s = \"A\"; char c = 'A'; }",
        "q.C", "package q;\nclass C { static class Nested { p.B b; } }",
        "q.D", "package q;\nimport static p.A.run;\nclass D { E e; }",
        "q.E", "package q;\nclass E { D d; }");
    SourceGraph graph = SourceGraph.of(sources, Edges.ALL);

    assertEquals(Map.of("p.A", Set.of("p.B", "q.C"), "p.B", Set.of(), "q.C", Set.of("p.B"),
        "q.D", Set.of("p.A", "q.E"), "q.E", Set.of("q.D")), graph.dependencies());
    assertEquals(List.of(Set.of("q.D", "q.E")), graph.cycles());
    assertEquals(List.of(), SourceGraph.of(sources, Edges.IMPORTS).cycles());
  }

  private static boolean inEval(String file) {
    return file.startsWith("dev.gazette.eval.");
  }

  private static String describe(SourceGraph graph, List<Set<String>> cycles) {
    return cycles.stream().map(graph::describe).collect(Collectors.joining("\n"));
  }
}
