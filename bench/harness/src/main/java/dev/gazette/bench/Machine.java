package dev.gazette.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** What the benchmarks ran on: processor, memory, system, JDK and the harness JVM's flags. */
public final class Machine {
  private Machine() {}

  /** The processor model, or {@code unknown}. */
  public static String cpu() {
    return proc("cpuinfo").lines().filter(line -> line.startsWith("model name"))
        .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
  }

  /** Total memory in GB, from {@code /proc/meminfo}. */
  public static String memory() {
    return proc("meminfo").lines().filter(line -> line.startsWith("MemTotal:"))
        .map(line -> String.format("%.0f GB", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0))
        .findFirst().orElse("unknown");
  }

  /** The 1, 5 and 15 minute load averages, which show how shared the machine was. */
  public static String load() {
    String[] parts = proc("loadavg").split("\\s+");
    return parts.length >= 3 ? parts[0] + " / " + parts[1] + " / " + parts[2] : "unknown";
  }

  /** Now, to the minute, with the zone. */
  public static String now() {
    return ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
  }

  /** A Markdown list describing the machine and the JVM running the harness. */
  public static String describe() {
    List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(flag -> !flag.startsWith("-Dgazette.")).toList();
    return "- Processor: " + cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores available\n"
        + "- Memory: " + memory() + "\n"
        + "- System: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + "\n"
        + "- JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + "\n"
        + "- Harness JVM flags: `" + String.join(" ", flags) + "`\n";
  }

  /** The repository's commit, marked {@code +changes} when the working tree differs from it; {@code unknown} without git. */
  public static String commit(Path repository) {
    try {
      String head = git(repository, "rev-parse", "--short", "HEAD");
      String changes = git(repository, "status", "--porcelain", "--untracked-files=no", "--", ".", ":!docs");
      return head.isEmpty() ? "unknown" : head + (changes.isEmpty() ? "" : " +changes");
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  private static String git(Path repository, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
    command.addAll(List.of(args));
    Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(git.getInputStream().readAllBytes()).strip();
    return git.waitFor() == 0 ? out : "";
  }

  /** The number of processors. */
  public static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  private static String proc(String file) {
    try {
      return Files.readString(Path.of("/proc", file));
    } catch (IOException e) {
      return "";
    }
  }
}
