package dev.gazette.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The {@code gazette} command-line tool run as its own process, as {@code ./gazette COMMAND} runs it, beside the server. */
final class CliProcess {
  private static final String MAIN = "dev.gazette.cli.Main";

  private CliProcess() {}

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

  /** Runs {@code gazette args...} and waits for it. */
  static Run run(Object... args) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
        System.getProperty("java.class.path"), MAIN));
    Stream.of(args).map(String::valueOf).forEach(command::add);
    try {
      Process process = new ProcessBuilder(command).start();
      process.getOutputStream().close();
      StringBuilder err = new StringBuilder();
      Thread drain = Thread.ofVirtual().start(() -> process.errorReader(StandardCharsets.UTF_8).lines()
          .forEach(line -> err.append(line).append('\n')));
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exitCode = process.waitFor();
      drain.join();
      return new Run(exitCode, out, err.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
