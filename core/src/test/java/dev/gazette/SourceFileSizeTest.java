package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * No main source file of any module (Java, and the search page's JavaScript, CSS and HTML) is
 * longer than {@value #MAX_LINES} lines: a file past that holds more than one job and is split by
 * responsibility. Tests, data and generated files (build output, npm packages) are not counted.
 */
class SourceFileSizeTest {
  private static final int MAX_LINES = 400;
  private static final Set<String> SOURCE_EXTENSIONS = Set.of("java", "js", "mjs", "css", "html");
  private static final Set<String> SKIPPED_FOLDERS = Set.of("target", "node_modules", ".git");

  @Test
  void noMainSourceFileIsLongerThanTheLimit() throws IOException {
    Map<String, Integer> lines = mainSourceLines(TestData.repository());
    assertTrue(lines.size() > 300 && lines.containsKey("core/src/main/java/dev/gazette/Gazette.java")
        && lines.containsKey("server/src/main/resources/web/js/main.js"), "main sources found: " + lines.keySet());

    Map<String, Integer> tooLong = new TreeMap<>();
    lines.forEach((file, count) -> {
      if (count > MAX_LINES) {
        tooLong.put(file, count);
      }
    });
    assertEquals(Map.of(), tooLong, "main source files over " + MAX_LINES + " lines (file: lines)");
  }

  /** The line count of every main source file under {@code repository}, by path relative to it. */
  private static Map<String, Integer> mainSourceLines(Path repository) throws IOException {
    Map<String, Integer> lines = new TreeMap<>();
    Files.walkFileTree(repository, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        boolean skipped = !dir.equals(repository) && SKIPPED_FOLDERS.contains(dir.getFileName().toString());
        return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        String relative = repository.relativize(file).toString().replace('\\', '/');
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        if (relative.contains("/src/main/") && SOURCE_EXTENSIONS.contains(extension)) {
          try (var content = Files.lines(file)) {
            lines.put(relative, (int) content.count());
          }
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return lines;
  }
}
