package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool writes only inside its {@code --data} folder: sources are only read, and ids that look
 * like paths are refused or stay plain ids, never file names.
 */
class FolderConfinementTest {
  @TempDir Path temp;

  @Test
  void reindexAndAddOnlyReadTheirSourcesAndWriteOnlyTheDataFolder() throws IOException {
    Path sources = Files.createDirectories(temp.resolve("sources"));
    Files.writeString(sources.resolve("a.jsonl"), """
        {"id": "../../escape", "title": "Traversal one", "body": "wheat"}
        {"id": "..", "title": "Traversal two", "body": "wheat"}
        {"id": "nul\\u0000id", "title": "Traversal three", "body": "wheat"}
        {"id": "plain", "title": "Plain", "body": "wheat"}
        """);
    Map<String, String> before = tree(temp);

    Cli.Run reindex = Cli.run("reindex", sources, "--data", temp.resolve("data"));
    assertEquals(ExitCodes.REJECTED, reindex.exitCode(), reindex::toString);
    Cli.Run add = Cli.run("add", sources.resolve("a.jsonl"), "--data", temp.resolve("data"));
    assertEquals(ExitCodes.REJECTED, add.exitCode(), add::toString);

    assertEquals(before, tree(temp));
    try (Stream<Path> all = Files.walk(temp)) {
      assertTrue(all.noneMatch(path -> path.getFileName().toString().equals("escape")));
    }
    assertFalse(Files.exists(temp.resolveSibling("escape")));
  }

  /** Every file under {@code root} but outside its {@code data} folder, by relative path, with its content. */
  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      all.filter(Files::isRegularFile).filter(file -> !file.startsWith(root.resolve("data"))).forEach(file -> files.put(root.relativize(file).toString(), read(file)));
    }
    return files;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
