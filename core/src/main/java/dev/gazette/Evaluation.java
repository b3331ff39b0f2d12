package dev.gazette;

import dev.gazette.eval.EngineRun;
import dev.gazette.eval.NaturalLanguage;
import dev.gazette.eval.QrelsReader;
import dev.gazette.eval.ReportFormat;
import dev.gazette.eval.TopicReader;
import dev.gazette.eval.TrecMetrics;
import dev.gazette.eval.TrecRunWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Measures how well an index ranks: runs the queries of a test collection and scores the
 * rankings against relevance judgments (TREC qrels), the way {@code trec_eval} does.
 *
 * <pre>{@code
 * List<Evaluation.Topic> topics = Evaluation.readTopics(Path.of("time.queries.tsv"));
 * Evaluation.Qrels qrels = Evaluation.Qrels.read(Path.of("time.qrels"));
 * Evaluation.Report report = Evaluation.run(gazette, topics, qrels);
 * System.out.print(report.table());
 * report.writeRun(Path.of("time.run"), "gazette");
 * }</pre>
 *
 * <p>Definitions, as {@code trec_eval} 9 computes them: a run is ordered by score, highest first,
 * ties broken by document id in reverse byte order; a document is relevant when its judged grade is
 * above 0, and unjudged documents count as not relevant. {@link Metric} lists the measures.
 *
 * <p>Means are taken over every topic that has at least one relevant judgment; a topic the run
 * retrieves nothing for scores 0. This equals {@code trec_eval -c} when the run covers every
 * judged topic. Topics without a relevant judgment are listed in {@link Report#skipped()} and not
 * averaged in ({@code trec_eval} would count a topic judged only non-relevant as zeros); judgments
 * and run entries of topics absent from the topic list are ignored.
 *
 * <p>The run holds the engine's first {@code depth} hits of each topic ranked as {@code trec_eval}
 * ranks them, so {@code trec_eval} on the written run file gives the same numbers.
 */
public final class Evaluation {
  /** How many documents are retrieved per topic unless told otherwise. */
  public static final int DEFAULT_DEPTH = 1000;

  private Evaluation() {}

  /**
   * One query of a test collection.
   *
   * @param id the topic id, as the qrels name it
   * @param text the query text
   */
  public record Topic(String id, String text) {
    /** Checks both parts are present. */
    public Topic {
      if (id == null || id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("a topic id must be a non-empty word without spaces");
      }
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("topic " + id + " has no text");
      }
    }
  }

  /**
   * Reads topics from {@code file}: JSON Lines when it ends in {@code .jsonl} or {@code .json}
   * (one object per line, id in {@code id} or {@code qid}, text in {@code text}, {@code query} or
   * {@code title}), otherwise tab-separated {@code id<TAB>text} lines. Blank lines are skipped.
   * Throws {@link GazetteException} naming the line at fault.
   */
  public static List<Topic> readTopics(Path file) {
    return TopicReader.read(file);
  }

  /**
   * Relevance judgments: for each topic id, the grade of each judged document id. A grade above 0
   * means relevant (higher is more relevant, the gain in nDCG); 0 or below means not relevant.
   *
   * @param judgments topic id to document id to grade
   */
  public record Qrels(Map<String, Map<String, Integer>> judgments) {
    /** Copies the maps. */
    public Qrels {
      Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
      judgments.forEach((topic, grades) -> copy.put(topic, Map.copyOf(grades)));
      judgments = Collections.unmodifiableMap(copy);
    }

    /**
     * Reads a TREC qrels file: lines {@code topic iteration document grade}, separated by white
     * space; blank lines are skipped. Throws {@link GazetteException} naming the line at fault.
     */
    public static Qrels read(Path file) {
      return new Qrels(QrelsReader.read(file));
    }

    /** The grades of {@code topicId}'s judged documents; empty when it has none. */
    public Map<String, Integer> grades(String topicId) {
      return judgments.getOrDefault(topicId, Map.of());
    }

    /** How many documents are judged relevant (grade above 0) for {@code topicId}. */
    public int relevantCount(String topicId) {
      return (int) grades(topicId).values().stream().filter(grade -> grade > 0).count();
    }
  }

  /**
   * One retrieved document.
   *
   * @param docId the document (article) id
   * @param score its retrieval score; higher ranks first
   */
  public record Retrieved(String docId, float score) {
    /** Checks the id is a word a run file can hold and the score a number. */
    public Retrieved {
      if (docId == null || docId.isEmpty() || docId.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("a document id in a run must be a non-empty word without spaces");
      }
      if (Float.isNaN(score)) {
        throw new IllegalArgumentException("the score of document " + docId + " is not a number");
      }
    }
  }

  /** The measures, each named for the table and, as in {@code trec_eval}, for JSON. */
  public enum Metric {
    /** Normalised discounted cumulative gain of the first 10, gains being the judged grades. */
    NDCG_10("nDCG@10", "ndcg_cut_10", Scores::ndcg10),
    /** Average precision over the first 1000: the mean of the precision at each relevant one. */
    MAP("MAP@1000", "map", Scores::map),
    /** Share of the relevant documents found in the first 100. */
    RECALL_100("Recall@100", "recall_100", Scores::recall100),
    /** Share of the relevant documents found in the first 1000. */
    RECALL_1000("Recall@1000", "recall_1000", Scores::recall1000),
    /** Reciprocal rank of the first relevant document, 0 when it is not in the first 10. */
    MRR_10("MRR@10", "recip_rank_10", Scores::mrr10),
    /** Share of relevant documents among the first 10, counting missing places as not relevant. */
    P_10("P@10", "P_10", Scores::p10);

    private final String label;
    private final String key;
    private final ToDoubleFunction<Scores> value;

    Metric(String label, String key, ToDoubleFunction<Scores> value) {
      this.label = label;
      this.key = key;
      this.value = value;
    }

    /** The name shown in the table of means. */
    public String label() {
      return label;
    }

    /**
     * The name used in JSON: {@code trec_eval}'s measure name ({@code recip_rank_10} is its
     * {@code recip_rank} with {@code -M 10}).
     */
    public String key() {
      return key;
    }

    /** This metric's value in {@code scores}. */
    public double of(Scores scores) {
      return value.applyAsDouble(scores);
    }
  }

  /**
   * The value of every {@link Metric}, for one topic or averaged.
   *
   * @param ndcg10 see {@link Metric#NDCG_10}
   * @param map see {@link Metric#MAP}
   * @param recall100 see {@link Metric#RECALL_100}
   * @param recall1000 see {@link Metric#RECALL_1000}
   * @param mrr10 see {@link Metric#MRR_10}
   * @param p10 see {@link Metric#P_10}
   */
  public record Scores(double ndcg10, double map, double recall100, double recall1000, double mrr10, double p10) {

    /** The arithmetic mean of each metric over {@code all}; zeros when it is empty. */
    public static Scores mean(List<Scores> all) {
      double n = Math.max(1, all.size());
      ToDoubleFunction<Metric> mean = metric -> all.stream().mapToDouble(metric::of).sum() / n;
      return new Scores(mean.applyAsDouble(Metric.NDCG_10), mean.applyAsDouble(Metric.MAP),
          mean.applyAsDouble(Metric.RECALL_100), mean.applyAsDouble(Metric.RECALL_1000),
          mean.applyAsDouble(Metric.MRR_10), mean.applyAsDouble(Metric.P_10));
    }
  }

  /**
   * The scores of one topic.
   *
   * @param topicId the topic
   * @param relevant documents judged relevant
   * @param retrieved documents retrieved, at most the depth
   * @param relevantRetrieved relevant documents among those retrieved
   * @param scores its metrics
   */
  public record QueryScores(String topicId, int relevant, int retrieved, int relevantRetrieved, Scores scores) {}

  /**
   * The outcome of an evaluation.
   *
   * @param depth the most documents retrieved per topic
   * @param means the metrics averaged over {@code queries}
   * @param queries the scores of each topic with a relevant judgment, in topic order
   * @param skipped ids of topics without a relevant judgment, not scored
   * @param run every topic's retrieved documents in rank order, cut at {@code depth}
   */
  public record Report(
      int depth, Scores means, List<QueryScores> queries, List<String> skipped, Map<String, List<Retrieved>> run) {

    /** Copies the collections. */
    public Report {
      queries = List.copyOf(queries);
      skipped = List.copyOf(skipped);
      Map<String, List<Retrieved>> copy = new LinkedHashMap<>();
      run.forEach((topic, docs) -> copy.put(topic, List.copyOf(docs)));
      run = Collections.unmodifiableMap(copy);
    }

    /** The means as a plain-text table, one metric a line, with the number of topics scored. */
    public String table() {
      return ReportFormat.table(this);
    }

    /** The means and each topic's scores as a JSON document, metrics keyed by {@link Metric#key()}. */
    public String json() {
      return ReportFormat.json(this);
    }

    /**
     * Writes the run as a TREC run file ({@code topic Q0 document rank score tag} lines) to
     * {@code file}, replacing it. {@code tag} names the run; it must be a word without spaces.
     */
    public void writeRun(Path file, String tag) {
      TrecRunWriter.write(run, tag, file);
    }
  }

  /**
   * The request used for a natural-language topic unless told otherwise: its words matched with
   * {@link SearchRequest.Operator#OR}, query syntax ({@code "}, {@code -}, {@code OR}, {@code
   * field:}, {@code *}) read as plain text, highlighting off.
   */
  public static SearchRequest naturalLanguage(String text) {
    return SearchRequest.builder()
        .query(NaturalLanguage.plain(text))
        .operator(SearchRequest.Operator.OR)
        .highlight(false)
        .build();
  }

  /** Runs every topic as {@link #naturalLanguage(String)} to {@link #DEFAULT_DEPTH} and scores the run. */
  public static Report run(Gazette gazette, List<Topic> topics, Qrels qrels) {
    return run(gazette, topics, qrels, Evaluation::naturalLanguage, DEFAULT_DEPTH);
  }

  /**
   * Runs every topic on {@code gazette} and scores the run against {@code qrels}.
   *
   * @param requestFor the search request for a topic's text; its sort must be by relevance, and
   *     its paging and highlighting are replaced
   * @param depth how many documents to retrieve per topic, 1 or more
   */
  public static Report run(
      Gazette gazette, List<Topic> topics, Qrels qrels, Function<String, SearchRequest> requestFor, int depth) {
    checkDepth(depth);
    topicIds(topics);
    Map<String, List<Retrieved>> run = new LinkedHashMap<>();
    for (Topic topic : topics) {
      run.put(topic.id(), EngineRun.retrieve(gazette, requestFor.apply(topic.text()), depth));
    }
    return score(topics, qrels, run, depth);
  }

  /**
   * Scores an existing run: {@code run} maps topic ids to retrieved documents in any order; they
   * are ranked by score as {@code trec_eval} ranks them and cut at {@code depth}. Throws {@link
   * GazetteException} when no topic has a relevant judgment (usually ids that do not match) or a
   * topic lists a document twice.
   */
  public static Report score(List<Topic> topics, Qrels qrels, Map<String, List<Retrieved>> run, int depth) {
    checkDepth(depth);
    Set<String> ids = topicIds(topics);
    Map<String, List<Retrieved>> ranked = new LinkedHashMap<>();
    List<QueryScores> queries = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (String id : ids) {
      List<Retrieved> docs = TrecMetrics.rank(id, run.getOrDefault(id, List.of()), depth);
      ranked.put(id, docs);
      if (qrels.relevantCount(id) == 0) {
        skipped.add(id);
      } else {
        queries.add(TrecMetrics.score(id, docs, qrels.grades(id)));
      }
    }
    if (queries.isEmpty()) {
      throw new GazetteException("none of the " + ids.size() + " topics has a relevant judgment in the qrels;"
          + " check that the topic ids match the qrels' first column");
    }
    return new Report(depth, Scores.mean(queries.stream().map(QueryScores::scores).toList()), queries, skipped,
        ranked);
  }

  private static Set<String> topicIds(List<Topic> topics) {
    Set<String> ids = new LinkedHashSet<>();
    for (Topic topic : topics) {
      if (!ids.add(topic.id())) {
        throw new GazetteException("topic " + topic.id() + " is listed twice");
      }
    }
    return ids;
  }

  private static void checkDepth(int depth) {
    if (depth < 1) {
      throw new InvalidRequestException("depth", "depth must be 1 or more");
    }
  }
}
