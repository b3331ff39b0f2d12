package dev.gazette.bench.report;

import java.util.List;

/**
 * One part of {@code docs/benchmarks.md}, as one suite measured it. Kept as JSON between runs, so
 * rerunning one suite leaves the others' figures in the report.
 *
 * @param id the suite's id, also its file name
 * @param title the heading
 * @param command the command that reproduces it
 * @param conditions when it was measured and how loaded the machine was
 * @param body the Markdown text: tables, chart links, notes
 * @param goals the goals this suite checks
 */
public record Section(String id, String title, String command, String conditions, String body, List<Goal> goals) {

  /** Copies the goals. */
  public Section {
    goals = List.copyOf(goals);
  }
}
