package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds {@code examples/embedded}, a stand-alone Maven project, against the core jar this build
 * made, installed into a fresh local repository exactly as the README's install step does, then
 * runs it on the seeds: proves the published coordinates, the jar's dependencies and the example
 * itself all work for an application outside the reactor. The build's own local repository is
 * only read, as the new one's read-only tail (Maven 3.9's chained local repository), so no
 * earlier install of Gazette can stand in for this one.
 */
class EmbeddedExampleTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path EXAMPLE = ROOT.resolve("examples/embedded");
  private static final Path CORE_JAR = ROOT.resolve("core/target/gazette-core-0.1.0-SNAPSHOT.jar");
  private static final long TIMEOUT_MINUTES = 3;

  @TempDir Path temp;

  @Test
  void exampleBuildsAgainstTheInstalledJarAndSearches() throws Exception {
    assertTrue(Files.isRegularFile(CORE_JAR), CORE_JAR + " is missing: build core first (./mvnw -pl core package)");
    Path repo = temp.resolve("repository");
    maven(ROOT, "-N", "install:install-file", "-Dfile=pom.xml", "-DpomFile=pom.xml", "-Dpackaging=pom", "-Dmaven.repo.local=" + repo);
    maven(ROOT, "-N", "install:install-file", "-Dfile=" + CORE_JAR, "-DpomFile=core/pom.xml", "-Dmaven.repo.local=" + repo);
    assertTrue(Files.isRegularFile(repo.resolve("dev/gazette/gazette-core/0.1.0-SNAPSHOT/gazette-core-0.1.0-SNAPSHOT.jar")));

    Path classPath = temp.resolve("classpath.txt");
    maven(EXAMPLE, "compile", "dependency:build-classpath", "-Dmdep.outputFile=" + classPath, "-Dmaven.repo.local=" + repo);
    String dependencies = Files.readString(classPath);
    assertTrue(dependencies.contains(repo.toString()), "the example resolved gazette-core from the fresh repository");

    String output = run(EXAMPLE, List.of(java(), "--enable-native-access=ALL-UNNAMED", "-cp", EXAMPLE.resolve("target/classes") + java.io.File.pathSeparator + dependencies,
        "example.EmbeddedSearch", temp.resolve("index").toString(), ROOT.resolve("seeds").toString(), "north korea"));
    assertTrue(output.contains("loaded 1 articles"), output);
    assertTrue(output.contains("1 found"), output);
    assertTrue(output.contains("Russia and <mark>North Korea</mark> Forge"), output);
    assertTrue(output.contains("country: Russia (1)"), output);
    assertTrue(output.contains("published: 2024 (1)"), output);
  }

  private void maven(Path dir, String... goals) throws Exception {
    List<String> command = new ArrayList<>(List.of(ROOT.resolve("mvnw").toString(), "-B", "-q",
        "-Dmaven.repo.local.tail=" + System.getProperty("gazette.maven.repo", System.getProperty("user.home") + "/.m2/repository")));
    command.addAll(List.of(goals));
    run(dir, command);
  }

  private String run(Path dir, List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.redirectOutput(temp.resolve("output.txt").toFile());
    Process process = builder.start();
    boolean finished = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = Files.readString(temp.resolve("output.txt"), StandardCharsets.UTF_8);
    assertTrue(finished, "timed out: " + command + "\n" + output);
    assertEquals(0, process.exitValue(), command + "\n" + output);
    return output;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
