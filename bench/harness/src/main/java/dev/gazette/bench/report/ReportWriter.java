package dev.gazette.bench.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.gazette.bench.Machine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code docs/benchmarks.md} from the sections of every suite: those measured now, and
 * those a previous run left in the results folder (each keeps its own date and command).
 */
public final class ReportWriter {
  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  private final Path results;

  /** A writer keeping sections as JSON in {@code results}. */
  public ReportWriter(Path results) {
    this.results = results;
  }

  /** Keeps {@code section} for later reports. */
  public void save(Section section) throws IOException {
    Files.createDirectories(results);
    Files.writeString(results.resolve(section.id() + ".json"), GSON.toJson(section));
  }

  /** The kept section of suite {@code id}, or {@code null}. */
  public Section load(String id) throws IOException {
    Path file = results.resolve(id + ".json");
    return Files.exists(file) ? GSON.fromJson(Files.readString(file), Section.class) : null;
  }

  /**
   * Writes to {@code report} the kept sections of {@code ids} in that order, between {@code intro}
   * (with the goals table and the machine after it) and {@code outro}.
   */
  public void write(Path report, List<String> ids, String intro, String outro) throws IOException {
    List<Section> sections = new ArrayList<>();
    for (String id : ids) {
      Section section = load(id);
      if (section != null) {
        sections.add(section);
      }
    }
    StringBuilder out = new StringBuilder(intro);
    out.append("\n## Goals\n\n");
    Table goals = new Table("what", "goal", "measured", "met");
    sections.forEach(s -> s.goals().forEach(g -> goals.row(g.what(), g.target(), g.measured(), g.met() ? "yes" : "**no**")));
    out.append(goals.markdown());
    out.append("\n## Machine\n\nThe last run was on this machine (each section says when it was measured):\n\n");
    out.append(Machine.describe());
    for (Section section : sections) {
      out.append("\n## ").append(section.title()).append("\n\n");
      out.append("Reproduce: `").append(section.command()).append("` (").append(section.conditions()).append(").\n\n");
      out.append(section.body().strip()).append('\n');
    }
    out.append('\n').append(outro.strip()).append('\n');
    Files.createDirectories(report.toAbsolutePath().getParent());
    Files.writeString(report, out.toString());
  }
}
