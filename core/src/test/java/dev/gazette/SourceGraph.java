package dev.gazette;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The dependencies between the files of a Java source tree, read from the sources alone: a file
 * depends on another when it imports it (or a type nested in it, or a static member), names it by
 * its qualified name, or names it as a type by its simple name where that name is visible without
 * an import (same package, or a package imported with {@code .*}). Comments and string literals
 * are ignored. Files are named by their fully qualified top-level type ({@code dev.gazette.Gazette}).
 */
record SourceGraph(Map<String, Set<String>> dependencies) {
  private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final Pattern IMPORT =
      Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w.]+?)(\\.\\*)?\\s*;", Pattern.MULTILINE);
  private static final Pattern QUALIFIED = Pattern.compile("\\b[a-z]\\w*(?:\\.\\w+)+");
  private static final Pattern TYPE_NAME = Pattern.compile("\\b[A-Z]\\w*\\b");

  /** Which references count as dependencies. */
  enum Edges {
    /** Only import statements. */
    IMPORTS,
    /** Imports, qualified names and simple type names visible without an import. */
    ALL
  }

  /** The graph of {@code sources} (fully qualified top-level type to its source text), counting {@code edges}. */
  static SourceGraph of(Map<String, String> sources, Edges edges) {
    Map<String, Set<String>> byPackage = new HashMap<>();
    sources.keySet().forEach(name -> byPackage.computeIfAbsent(packageOf(name), p -> new TreeSet<>()).add(name));
    Map<String, Set<String>> dependencies = new TreeMap<>();
    sources.forEach((name, source) -> {
      String code = code(source);
      Set<String> uses = new TreeSet<>();
      List<String> visiblePackages = new ArrayList<>(List.of(packageOf(name)));
      Matcher imports = IMPORT.matcher(code);
      while (imports.find()) {
        if (imports.group(3) != null && imports.group(1) == null) {
          visiblePackages.add(imports.group(2));
        } else if (imports.group(3) != null) {
          resolve(imports.group(2) + ".*", sources.keySet(), uses);
        } else {
          resolve(imports.group(2), sources.keySet(), uses);
        }
      }
      String body = edges == Edges.ALL ? IMPORT.matcher(PACKAGE.matcher(code).replaceAll("")).replaceAll("") : "";
      Matcher qualified = QUALIFIED.matcher(body);
      while (qualified.find()) {
        resolve(qualified.group(), sources.keySet(), uses);
      }
      Set<String> names = new TreeSet<>();
      TYPE_NAME.matcher(body).results().forEach(match -> names.add(match.group()));
      for (String visible : visiblePackages) {
        for (String other : byPackage.getOrDefault(visible, Set.of())) {
          if (names.contains(simpleName(other))) {
            uses.add(other);
          }
        }
      }
      uses.remove(name);
      dependencies.put(name, uses);
    });
    return new SourceGraph(dependencies);
  }

  /**
   * The source texts of the {@code .java} files under {@code root}, leaving out {@code
   * package-info} and {@code module-info}, keyed by fully qualified top-level type.
   */
  static Map<String, String> sources(Path root) {
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(SourceGraph::isTypeSource).toList()) {
        String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
        sources.put(relative.substring(0, relative.length() - ".java".length()),
            Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sources;
  }

  /**
   * The groups of two or more files that depend on each other in a circle (the strongly connected
   * components of the graph with more than one file), each sorted, in a stable order.
   */
  List<Set<String>> cycles() {
    return new Tarjan(dependencies).components().stream()
        .filter(component -> component.size() > 1)
        .sorted((a, b) -> a.first().compareTo(b.first()))
        .map(component -> (Set<String>) component)
        .toList();
  }

  /** Each file of {@code cycle} with the files of the cycle it depends on, one a line. */
  String describe(Set<String> cycle) {
    StringBuilder text = new StringBuilder();
    for (String file : cycle) {
      Set<String> inCycle = new TreeSet<>(dependencies.get(file));
      inCycle.retainAll(cycle);
      text.append("  ").append(file).append(" -> ").append(String.join(", ", inCycle)).append('\n');
    }
    return text.toString();
  }

  private static boolean isTypeSource(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".java") && !name.equals("package-info.java") && !name.equals("module-info.java");
  }

  /** Adds the file that {@code qualifiedName} (a type, a nested type or a member) lives in, if it is one of ours. */
  private static void resolve(String qualifiedName, Set<String> files, Set<String> uses) {
    for (String candidate = qualifiedName; candidate.contains("."); candidate = packageOf(candidate)) {
      if (files.contains(candidate)) {
        uses.add(candidate);
        return;
      }
    }
  }

  private static String packageOf(String name) {
    return name.substring(0, Math.max(0, name.lastIndexOf('.')));
  }

  private static String simpleName(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /** {@code source} with comments removed and string, text-block and character literals emptied. */
  static String code(String source) {
    StringBuilder code = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      if (source.startsWith("//", i)) {
        i = end(source, "\n", i + 2) - 1;
      } else if (source.startsWith("/*", i)) {
        i = end(source, "*/", i + 2);
        code.append(' ');
      } else if (source.startsWith("\"\"\"", i)) {
        i = end(source, "\"\"\"", i + 3);
        code.append("\"\"");
      } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
        char quote = source.charAt(i++);
        while (i < source.length() && source.charAt(i) != quote) {
          i += source.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
        code.append(quote).append(quote);
      } else {
        code.append(source.charAt(i++));
      }
    }
    return code.toString();
  }

  /** The index just past the first {@code closing} at or after {@code from}, or the end of {@code text}. */
  private static int end(String text, String closing, int from) {
    int at = text.indexOf(closing, from);
    return at < 0 ? text.length() : at + closing.length();
  }

  /** Tarjan's strongly connected components of a graph given as each node's successors. */
  private static final class Tarjan {
    private final Map<String, Set<String>> graph;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new TreeSet<>();
    private final List<TreeSet<String>> components = new ArrayList<>();

    Tarjan(Map<String, Set<String>> graph) {
      this.graph = graph;
    }

    List<TreeSet<String>> components() {
      graph.keySet().forEach(node -> {
        if (!index.containsKey(node)) {
          visit(node);
        }
      });
      return components;
    }

    private void visit(String node) {
      enter(node);
      for (String next : graph.getOrDefault(node, Set.of())) {
        if (!index.containsKey(next)) {
          visit(next);
          low.put(node, Math.min(low.get(node), low.get(next)));
        } else if (onStack.contains(next)) {
          low.put(node, Math.min(low.get(node), index.get(next)));
        }
      }
      if (low.get(node).equals(index.get(node))) {
        TreeSet<String> component = new TreeSet<>();
        String member;
        do {
          member = stack.pop();
          onStack.remove(member);
          component.add(member);
        } while (!member.equals(node));
        components.add(component);
      }
    }

    private void enter(String node) {
      index.put(node, index.size());
      low.put(node, index.get(node));
      stack.push(node);
      onStack.add(node);
    }
  }
}
