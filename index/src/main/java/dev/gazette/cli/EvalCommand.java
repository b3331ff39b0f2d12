package dev.gazette.cli;

import dev.gazette.ArticleReader;
import dev.gazette.Gazette;
import dev.gazette.GazetteConfig;
import dev.gazette.GazetteException;
import dev.gazette.IngestReport;
import dev.gazette.SearchRequest;
import dev.gazette.SemanticSearch;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

  @Option(
      names = "--mode",
      paramLabel = "MODE[,MODE...]",
      split = ",",
      description = "Rank by lexical (words), semantic (meaning) or hybrid (both); several are each scored on the same "
          + "index. Default: what users get, hybrid when the embedder is on (the --docs index is embedded completely "
          + "first, with progress), else lexical.")
  List<SearchRequest.Mode> modes = List.of();

  @Option(
      names = "--semantic-ratio",
      paramLabel = "R[,R...]",
      split = ",",
      description = "In a hybrid search, the weight of meaning against words, 0 to 1; several, comma-separated, "
          + "are each scored on the same index (default: the engine's, 0.5).")
  List<Double> ratios = List.of();

  @Option(
      names = "--fusion",
      paramLabel = "KIND[,KIND...]",
      split = ",",
      description = "In a hybrid search, convex (scaled scores) or rrf (reciprocal ranks); several are each scored.")
  List<SemanticSearch.Fusion> fusions = List.of();

  @Mixin ConfigOptions configuration;

  @Override
  public Integer call() {
    checkOptions();
    GazetteConfig config = config();
    List<Topic> topicList = Evaluation.readTopics(topics);
    Qrels judgments = Qrels.read(qrels);
    IngestReport loaded = null;
    List<Variant> variants = variants();
    List<Report> reports;
    if (docs != null) {
      try (Gazette engine = Gazette.inMemory(config)) {
        loaded = load(engine);
        if (!List.of(SearchRequest.Mode.LEXICAL).equals(modes) && config.semantic().enabled()) {
          embed(engine);
        }
        reports = evaluate(engine, topicList, judgments, variants);
      }
    } else {
      try (DataFolder folder = common.openExisting(config)) {
        reports = folder.read(engine -> evaluate(engine, topicList, judgments, variants));
      }
    }
    Report report = reports.getFirst();
    if (run != null) {
      report.writeRun(run, tag);
    }
    if (perQuery != null) {
      write(perQuery, report.json());
    }
    for (int i = 0; i < reports.size(); i++) {
      if (json) {
        out().println(reports.get(i).json());
      } else {
        out().println("config  " + ConfigOptions.describe(config, docs != null) + variants.get(i).describe());
        out().print(reports.get(i).table());
      }
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
      return configuration.config().withSemantic(common::semantic);
    } catch (IllegalArgumentException e) {
      throw usageError(e.getMessage());
    }
  }

  /** One way of searching the topics: the mode, and for a hybrid search a ratio and a fusion ({@code null}: the engine's). */
  private record Variant(SearchRequest.Mode mode, Double ratio, SemanticSearch.Fusion fusion) {
    SearchRequest request(String topic) {
      return Evaluation.naturalLanguage(topic).toBuilder().mode(mode).semanticRatio(ratio).fusion(fusion).build();
    }

    String describe() {
      return (mode == null ? "" : ", mode " + mode.name().toLowerCase(Locale.ROOT))
          + (ratio == null ? "" : ", semantic ratio " + ratio)
          + (fusion == null ? "" : ", fusion " + fusion.name().toLowerCase(Locale.ROOT));
    }
  }

  /** Every mode asked for, each hybrid one with every combination of the ratios and fusions asked for; or the engine's defaults. */
  private List<Variant> variants() {
    List<Double> ratioList = ratios.isEmpty() ? Arrays.asList((Double) null) : ratios;
    List<SemanticSearch.Fusion> fusionList = fusions.isEmpty() ? Arrays.asList((SemanticSearch.Fusion) null) : fusions;
    List<Variant> variants = new ArrayList<>();
    for (SearchRequest.Mode mode : modes.isEmpty() ? Arrays.asList((SearchRequest.Mode) null) : modes) {
      if (mode == SearchRequest.Mode.LEXICAL || mode == SearchRequest.Mode.SEMANTIC) {
        variants.add(new Variant(mode, null, null));
        continue;
      }
      for (SemanticSearch.Fusion fusion : fusionList) {
        for (Double ratio : ratioList) {
          if (ratio != null && !(ratio >= 0 && ratio <= 1)) {
            throw usageError("--semantic-ratio must be between 0 and 1, not " + ratio);
          }
          variants.add(new Variant(mode, ratio, fusion));
        }
      }
    }
    return variants;
  }

  /** Gives every article of {@code engine} its vector, showing how far it has got. */
  private void embed(Gazette engine) {
    long started = System.nanoTime();
    long embedded;
    try (Progress progress = Progress.counting(err(), terminal(), Progress.EMBEDDING, engine.stats().documents(),
        Duration.ofSeconds(10))) {
      embedded = engine.embedAll(progress::read);
    }
    err().printf("embedded %s articles in %s%n", Units.count(embedded),
        Units.duration(Duration.ofNanos(System.nanoTime() - started)));
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

  private List<Report> evaluate(Gazette engine, List<Topic> topicList, Qrels judgments, List<Variant> variants) {
    return variants.stream().map(v -> Evaluation.run(engine, topicList, judgments, v::request, depth)).toList();
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new GazetteException("could not write " + file + ": " + e.getMessage(), e);
    }
  }
}
