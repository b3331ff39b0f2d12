package dev.gazette.cli;

import dev.gazette.ArticleReader;
import dev.gazette.Gazette;
import dev.gazette.GazetteConfig;
import dev.gazette.GazetteException;
import dev.gazette.IngestReport;
import dev.gazette.eval.Evaluation;
import dev.gazette.eval.Qrels;
import dev.gazette.eval.Report;
import dev.gazette.eval.Topic;
import dev.gazette.store.DataFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Scores the engine's rankings on a test collection: runs its topics against the live index, or
 * against a temporary in-memory index of {@code --docs}, and compares them with relevance judgments.
 */
@Command(
    name = "eval",
    sortOptions = false,
    description = {
        "Run the TOPICS of a test collection and score the rankings against relevance judgments (TREC qrels), "
            + "as trec_eval does: nDCG@10, MAP@1000, Recall@100, Recall@1000, MRR@10 and P@10, averaged over the "
            + "topics with a relevant judgment.",
        "With --docs the articles are indexed into a temporary in-memory index built with the configuration "
            + "switches given; otherwise the live index of --data is searched (ranking switches apply, analysis "
            + "is as the index was built). Each topic is searched as plain words, any of which may match."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FAILURE_LINE, ExitCodes.USAGE_LINE, ExitCodes.REJECTED_LINE},
    footerHeading = "%nExamples:%n",
    footer = {
        "  gazette eval --docs time.docs.jsonl.gz --body-field text --topics time.queries.tsv --qrels time.qrels",
        "  gazette eval --docs cisi.docs.jsonl.gz --body-field text --topics cisi.queries.tsv --qrels cisi.qrels \\",
        "      --stemmer none --k1 0.9 --b 0.4 --boosts 1,1,1,1 --proximity 0 --feedback off",
        "  gazette eval --topics topics.tsv --qrels qrels.txt --run gazette.run --per-query scores.json"
    })
final class EvalCommand extends Subcommand {
  @Option(
      names = "--docs",
      paramLabel = "FILE",
      order = 1,
      description = "Articles to evaluate on (a file or folder, any format the reader takes), indexed in memory; "
          + "without it the live index of --data is used.")
  Path docs;

  @Mixin FieldOptions fields;

  @Option(
      names = "--topics",
      required = true,
      paramLabel = "FILE",
      description = "The queries: qid<TAB>text lines, or JSON Lines (.jsonl) with id and text.")
  Path topics;

  @Option(names = "--qrels", required = true, paramLabel = "FILE", description = "TREC qrels: topic 0 document grade.")
  Path qrels;

  @Option(names = "--run", paramLabel = "FILE", description = "Also write the ranking as a TREC run file.")
  Path run;

  @Option(names = "--tag", paramLabel = "NAME", defaultValue = "gazette", description = "The run's name in the run file (default: ${DEFAULT-VALUE}).")
  String tag;

  @Option(names = "--per-query", paramLabel = "FILE", description = "Also write every topic's scores as JSON.")
  Path perQuery;

  @Option(names = "--json", description = "Print the means and every topic's scores as JSON instead of the table.")
  boolean json;

  @Option(
      names = "--depth",
      paramLabel = "N",
      defaultValue = "" + Evaluation.DEFAULT_DEPTH,
      description = "Documents retrieved per topic (default: ${DEFAULT-VALUE}).")
  int depth;

  @Mixin ConfigOptions configuration;

  @Override
  public Integer call() {
    checkOptions();
    GazetteConfig config = config();
    List<Topic> topicList = Evaluation.readTopics(topics);
    Qrels judgments = Qrels.read(qrels);
    IngestReport loaded = null;
    Report report;
    if (docs != null) {
      try (Gazette engine = Gazette.inMemory(config)) {
        loaded = load(engine);
        report = evaluate(engine, topicList, judgments);
      }
    } else {
      try (DataFolder folder = common.openExisting(config)) {
        report = folder.read(engine -> evaluate(engine, topicList, judgments));
      }
    }
    if (run != null) {
      report.writeRun(run, tag);
    }
    if (perQuery != null) {
      write(perQuery, report.json());
    }
    if (json) {
      out().println(report.json());
    } else {
      out().println("config  " + ConfigOptions.describe(config, docs != null));
      out().print(report.table());
    }
    out().flush();
    if (loaded != null && !loaded.clean()) {
      Loader.printRejections(err(), loaded);
      return ExitCodes.REJECTED;
    }
    return ExitCodes.OK;
  }

  private void checkOptions() {
    for (Path file : new Path[] {docs, topics, qrels}) {
      if (file != null && !Files.exists(file)) {
        throw usageError("file not found: " + file);
      }
    }
    if (docs != null && spec.commandLine().getParseResult().hasMatchedOption("--data")) {
      throw usageError("give --docs (evaluate on a temporary index of those articles) or --data (its live index), not both");
    }
    if (docs == null && configuration.changesAnalysis()) {
      throw usageError("--stemmer, --[no-]stopwords and --[no-]folding need --docs: an existing index keeps the "
          + "analysis it was built with");
    }
  }

  private GazetteConfig config() {
    try {
      return configuration.config();
    } catch (IllegalArgumentException e) {
      throw usageError(e.getMessage());
    }
  }

  private IngestReport load(Gazette engine) {
    long started = System.nanoTime();
    IngestReport report = engine.load(ArticleReader.of(docs).mapping(fields.mapping()));
    if (report.accepted() == 0) {
      Loader.printRejections(err(), report);
      throw new GazetteException("no article could be read from " + docs + "; check the file and the --*-field options");
    }
    engine.refresh();
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    err().printf("indexed %s articles from %s in %s%n", Units.count(report.accepted()), docs, Units.duration(took));
    return report;
  }

  private Report evaluate(Gazette engine, List<Topic> topicList, Qrels judgments) {
    return Evaluation.run(engine, topicList, judgments, Evaluation::naturalLanguage, depth);
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new GazetteException("could not write " + file + ": " + e.getMessage(), e);
    }
  }
}
