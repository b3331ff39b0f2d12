package dev.gazette.eval;

import dev.gazette.Gazette;
import dev.gazette.GazetteException;
import dev.gazette.InvalidRequestException;
import dev.gazette.SearchRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Measures how well an index ranks: runs the queries of a test collection and scores the
 * rankings against relevance judgments (TREC qrels), the way {@code trec_eval} does.
 *
 * <pre>{@code
 * List<Topic> topics = Evaluation.readTopics(Path.of("time.queries.tsv"));
 * Qrels qrels = Qrels.read(Path.of("time.qrels"));
 * Report report = Evaluation.run(gazette, topics, qrels);
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
   * Reads topics from {@code file}: JSON Lines when it ends in {@code .jsonl} or {@code .json}
   * (one object per line, id in {@code id} or {@code qid}, text in {@code text}, {@code query} or
   * {@code title}), otherwise tab-separated {@code id<TAB>text} lines. Blank lines are skipped.
   * Throws {@link GazetteException} naming the line at fault.
   */
  public static List<Topic> readTopics(Path file) {
    return TopicReader.read(file);
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
    return new Report(depth, TrecMetrics.mean(queries.stream().map(QueryScores::scores).toList()), queries, skipped,
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
