package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.SourceGraph.Edges;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Mermaid diagram of {@code docs/architecture.md} against core's sources: its boxes are core's
 * packages, and its arrows are exactly the dependencies between packages, leaving out the arrows
 * into the public API that every package has. A new dependency, package or arrow without a cause
 * fails here until the page says so.
 */
class ArchitectureDiagramTest {
  private static final String ROOT = "dev.gazette";
  private static final Pattern BLOCK = Pattern.compile("```mermaid\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern NODE = Pattern.compile("^\\s*(\\w+)\\[", Pattern.MULTILINE);
  private static final Pattern ARROW = Pattern.compile("^\\s*(\\w+) --> (\\w+)\\s*$", Pattern.MULTILINE);

  @Test
  void theDiagramDrawsEveryPackageAndEveryDependencyBetweenThem() throws IOException {
    String page = Files.readString(TestData.repository().resolve("docs/architecture.md"));
    Matcher block = BLOCK.matcher(page);
    assertTrue(block.find(), "docs/architecture.md has a mermaid block");
    String diagram = block.group(1);
    Set<String> drawnPackages = new TreeSet<>();
    NODE.matcher(diagram).results().forEach(node -> drawnPackages.add(packageOf(node.group(1))));
    Set<String> drawnArrows = new TreeSet<>();
    ARROW.matcher(diagram).results()
        .forEach(arrow -> drawnArrows.add(packageOf(arrow.group(1)) + " --> " + packageOf(arrow.group(2))));

    Map<String, String> sources = SourceGraph.sources(TestData.repository().resolve("core/src/main/java"));
    SourceGraph graph = SourceGraph.of(sources, Edges.ALL);
    Set<String> packages = new TreeSet<>();
    Set<String> arrows = new TreeSet<>();
    graph.dependencies().forEach((file, uses) -> {
      packages.add(packageName(file));
      for (String used : uses) {
        String from = packageName(file);
        String to = packageName(used);
        if (!from.equals(to) && !to.equals(ROOT)) {
          arrows.add(from + " --> " + to);
        }
      }
    });
    assertEquals(packages, drawnPackages, "the diagram's boxes are core's packages");
    assertEquals(arrows, drawnArrows, "the diagram's arrows are the dependencies between packages");
  }

  private static String packageOf(String node) {
    return node.equals("api") ? ROOT : ROOT + "." + node;
  }

  private static String packageName(String type) {
    String name = type;
    while (name.contains(".") && Character.isUpperCase(name.charAt(name.lastIndexOf('.') + 1))) {
      name = name.substring(0, name.lastIndexOf('.'));
    }
    return name;
  }
}
