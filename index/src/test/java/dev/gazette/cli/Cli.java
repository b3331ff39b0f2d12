package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Runs the command-line tool in this JVM or as a real process, and finds the test data. */
final class Cli {
  private Cli() {}

  /**
   * What a command did.
   *
   * @param exitCode its exit code
   * @param out what it wrote on stdout
   * @param err what it wrote on stderr
   */
  record Run(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  /** Runs {@code args} in this JVM, writing as to a pipe. */
  static Run run(Object... args) {
    return run(Terminal.PLAIN, args);
  }

  /** Runs {@code args} in this JVM, writing for {@code terminal}. */
  static Run run(Terminal terminal, Object... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine(terminal);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(strings(args));
    return new Run(exitCode, out.toString(), err.toString());
  }

  /** Runs {@code args} as a real {@code java} process and waits for it. */
  static Run runProcess(Object... args) {
    return run(process(args));
  }

  /** Starts {@code builder}'s process with nothing on its input and waits for it. */
  static Run run(ProcessBuilder builder) {
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      var err = process.errorReader(StandardCharsets.UTF_8);
      Thread.Builder drain = Thread.ofVirtual();
      StringBuilder errText = new StringBuilder();
      Thread errThread = drain.start(() -> err.lines().forEach(line -> errText.append(line).append('\n')));
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exitCode = process.waitFor();
      errThread.join();
      return new Run(exitCode, out, errText.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A {@code java} process running the tool with {@code args}, with the launcher's JVM flags and this test's classpath. */
  static ProcessBuilder process(Object... args) {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
        "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(strings(args)));
    return new ProcessBuilder(command);
  }

  /** The repository's seed articles. */
  static Path seeds() {
    Path seeds = Path.of("").toAbsolutePath().getParent().resolve("seeds");
    if (!Files.isDirectory(seeds)) {
      throw new IllegalStateException("the seeds folder is missing at " + seeds);
    }
    return seeds;
  }

  /** The Reuters-21578 corpus in the shared research data; skips the test when that is absent. */
  static Path reuters() {
    String shared = System.getProperty("gazette.shared", System.getenv("GAZETTE_SHARED"));
    Path corpus = shared == null ? null : Path.of(shared, "data", "reuters21578", "reuters21578.jsonl.gz");
    assumeTrue(corpus != null && Files.isRegularFile(corpus),
        "Reuters-21578 not found (set -Dgazette.shared or GAZETTE_SHARED to the shared folder); skipping");
    return corpus;
  }

  /** Writes {@code count} JSON Lines articles with ids {@code prefix-N}, each mentioning {@code word}, to {@code file}. */
  static Path articles(Path file, String prefix, int count, String word) {
    try {
      Files.write(file, Stream.iterate(1, n -> n + 1).limit(count)
          .map(n -> "{\"id\": \"%s-%d\", \"title\": \"%s report %d\", \"date_iso\": \"2024-06-%02dT10:00:00\", "
              .formatted(prefix, n, word, n, 1 + n % 28)
              + "\"body\": \"The %s desk filed story %d about harbours, markets and weather.\", \"topics\": [\"%s\"]}"
              .formatted(word, n, n % 2 == 0 ? "even" : "odd"))
          .toList());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String[] strings(Object... args) {
    return Stream.of(args).map(String::valueOf).toArray(String[]::new);
  }

  /** How many articles the live index in {@code data} holds, as {@code gazette search --json} reports. */
  static long total(Path data) {
    Run run = run("search", "--json", "--size", "1", "--data", data);
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    return JsonParser.parseString(run.out()).getAsJsonObject().get("total").getAsLong();
  }
}
