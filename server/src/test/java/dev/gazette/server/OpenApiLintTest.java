package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lints the OpenAPI document with Redocly's recommended rules ({@code @redocly/cli}, installed by
 * {@code npm ci} in {@code e2e/}). Skipped, saying so, only when node or npx is not on the PATH.
 */
class OpenApiLintTest {
  private static final Path E2E = Path.of("../e2e").toAbsolutePath().normalize();
  private static final Path DOCUMENT =
      Path.of("src/main/resources/dev/gazette/server/openapi.json").toAbsolutePath().normalize();
  private static final long TIMEOUT_MINUTES = 3;

  @TempDir Path temp;

  @Test
  void documentPassesRedoclysRecommendedRules() throws Exception {
    boolean node = onPath("node") && onPath("npx");
    if (!node) {
      System.out.println("SKIPPED: node or npx is not on the PATH: the OpenAPI document was not linted");
    }
    assumeTrue(node, "node or npx is not on the PATH: the OpenAPI document was not linted");
    assertTrue(Files.isDirectory(E2E.resolve("node_modules/@redocly/cli")),
        "@redocly/cli is not installed: run npm ci in " + E2E);

    Process lint = new ProcessBuilder("npx", "--no-install", "redocly", "lint", "--extends", "recommended",
        "--format", "codeframe", DOCUMENT.toString())
        .directory(E2E.toFile())
        .redirectErrorStream(true)
        .redirectOutput(temp.resolve("lint.txt").toFile())
        .start();
    lint.getOutputStream().close();
    boolean finished = lint.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
    if (!finished) {
      lint.descendants().forEach(ProcessHandle::destroyForcibly);
      lint.destroyForcibly();
    }
    String output = Files.readString(temp.resolve("lint.txt"), StandardCharsets.UTF_8);
    assertTrue(finished, "redocly lint did not finish within " + TIMEOUT_MINUTES + " minutes:\n" + output);
    assertEquals(0, lint.exitValue(), "redocly lint found problems in " + DOCUMENT + ":\n" + output);
    assertTrue(output.contains("valid"), output);
  }

  private static boolean onPath(String name) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, name)));
  }
}
