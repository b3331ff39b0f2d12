package dev.gazette.search;

import dev.gazette.GazetteConfig;
import dev.gazette.analysis.Schema;
import dev.gazette.plan.QueryPlanner;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Pseudo-relevance feedback after RM3, as Anserini implements it (Lavrenko and Croft's relevance
 * model interpolated with the query): the best articles of a first search are taken as relevant,
 * the words that weigh most in them are added to the query, and the search runs again.
 *
 * <p>Each feedback article's title and body are analyzed as the index analyzed them; its {@code
 * terms} most frequent words (of two to twenty letters or digits, in at most a tenth of the
 * articles) are weighted by their share of those words times the article's score. The {@code terms}
 * heaviest words over all feedback articles, weights summing to 1, form the expansion; the query,
 * its weight spread over its own words, weighs {@code weight} against the expansion's {@code 1 -
 * weight}. The expansion only reorders what the query matches: it adds no matches of its own; it
 * holds fewer words when the query leaves less of the clause budget ({@link ClauseBudget}).
 */
public final class Rm3Expansion {
  /** Words in more than this share of the articles are too common to add (Anserini's cut-off). */
  private static final float MAX_DOC_FREQ_RATIO = 0.1f;
  /** Words an expansion may hold: letters and digits only, neither too short nor too long. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{2,20}");
  private static final Set<String> FEEDBACK_FIELDS = Set.of(Schema.TITLE, Schema.BODY);
  private static final Comparator<Map.Entry<String, Double>> HEAVIEST =
      Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

  private final Analyzer analyzer;
  private final Map<String, Float> fieldWeights;
  private final int docs;
  private final int terms;
  private final float weight;

  /** Feedback as {@code config} sets it, for indexes of {@code schema}. */
  public Rm3Expansion(Schema schema, GazetteConfig config) {
    this.analyzer = schema.english();
    this.fieldWeights = Map.of(Schema.TITLE, config.ranking().titleBoost(), Schema.HAIKU, config.ranking().haikuBoost(),
        Schema.BODY, config.ranking().bodyBoost(), Schema.REFERENCES, config.ranking().referencesBoost());
    this.docs = config.ranking().feedbackDocs();
    this.terms = config.ranking().feedbackTerms();
    this.weight = config.ranking().feedbackWeight();
  }

  /**
   * {@code ranking} expanded with the words of the best articles of {@code firstPass} (the ranking
   * query under the request's filters); {@code ranking} itself when feedback is off, the query has
   * no words, or no article gives a word.
   */
  public Query expand(IndexSearcher searcher, Query ranking, Query firstPass) throws IOException {
    if (docs == 0 || weight == 1) {
      return ranking;
    }
    int queryWords = queryWords(ranking);
    if (queryWords == 0) {
      return ranking;
    }
    int fields = (int) fieldWeights.values().stream().filter(w -> w > 0).count();
    int room = Math.min(terms, ClauseBudget.room(ranking) / Math.max(1, fields));
    if (room == 0) {
      return ranking;
    }
    Map<String, Double> model = relevanceModel(searcher, searcher.search(firstPass, docs).scoreDocs, room);
    if (model.isEmpty()) {
      return ranking;
    }
    BooleanQuery.Builder expansion = new BooleanQuery.Builder();
    model.forEach((word, p) -> expansion.add(new BoostQuery(acrossFields(word), p.floatValue()), Occur.SHOULD));
    return new BooleanQuery.Builder()
        .add(new BoostQuery(ranking, weight / queryWords), Occur.MUST)
        .add(new BoostQuery(expansion.build(), 1 - weight), Occur.SHOULD)
        .build();
  }

  /** How many distinct words the query searches the text fields for. */
  private static int queryWords(Query ranking) {
    Set<Term> found = new HashSet<>();
    ranking.visit(QueryVisitor.termCollector(found));
    return (int) found.stream()
        .filter(term -> Schema.TEXT_FIELDS.contains(term.field().replace(Schema.EXACT, "")))
        .map(Term::bytes)
        .distinct()
        .count();
  }

  /** The {@code limit} heaviest words of the feedback articles, weights summing to 1. */
  private Map<String, Double> relevanceModel(IndexSearcher searcher, ScoreDoc[] feedback, int limit)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    StoredFields stored = searcher.storedFields();
    Map<String, Double> model = new HashMap<>();
    for (ScoreDoc hit : feedback) {
      Map<String, Double> words = heaviestAddable(wordCounts(stored.document(hit.doc, FEEDBACK_FIELDS)), reader);
      double total = words.values().stream().mapToDouble(Double::doubleValue).sum();
      words.forEach((word, count) -> model.merge(word, count / total * hit.score, Double::sum));
    }
    Map<String, Double> kept = heaviest(model, limit);
    double total = kept.values().stream().mapToDouble(Double::doubleValue).sum();
    kept.replaceAll((word, value) -> value / total);
    return total > 0 ? kept : Map.of();
  }

  /** How often each word occurs in {@code doc}'s title and body. */
  private Map<String, Double> wordCounts(Document doc) throws IOException {
    Map<String, Double> counts = new HashMap<>();
    for (String field : List.of(Schema.TITLE, Schema.BODY)) {
      String text = doc.get(field);
      if (text != null) {
        count(field, text, counts);
      }
    }
    return counts;
  }

  /**
   * The {@code terms} heaviest of {@code counts} that may be added (a word of letters and digits, not
   * too common), ties to the alphabetically first word. Words are checked heaviest first, so the
   * index is asked how common a word is only until enough are found, not for every word of the article.
   */
  private Map<String, Double> heaviestAddable(Map<String, Double> counts, IndexReader reader) throws IOException {
    List<Map.Entry<String, Double>> ordered = counts.entrySet().stream().sorted(HEAVIEST).toList();
    Map<String, Double> kept = new LinkedHashMap<>();
    for (Map.Entry<String, Double> word : ordered) {
      if (kept.size() == terms) {
        break;
      }
      if (WORD.matcher(word.getKey()).matches() && !tooCommon(reader, word.getKey())) {
        kept.put(word.getKey(), word.getValue());
      }
    }
    return kept;
  }

  private void count(String field, String text, Map<String, Double> counts) throws IOException {
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        counts.merge(term.toString(), 1d, Double::sum);
      }
      stream.end();
    }
  }

  private static boolean tooCommon(IndexReader reader, String word) throws IOException {
    int articles = Math.max(reader.docFreq(new Term(Schema.BODY, word)), reader.docFreq(new Term(Schema.TITLE, word)));
    return articles > MAX_DOC_FREQ_RATIO * reader.numDocs();
  }

  /** The {@code limit} heaviest entries, ties to the alphabetically first word. */
  private static Map<String, Double> heaviest(Map<String, Double> weights, int limit) {
    Map<String, Double> kept = new LinkedHashMap<>();
    weights.entrySet().stream().sorted(HEAVIEST).limit(limit).forEach(e -> kept.put(e.getKey(), e.getValue()));
    return kept;
  }

  /** {@code word} in every weighted text field, the best field counting fully, the others as for the query's words. */
  private Query acrossFields(String word) {
    List<Query> perField = fieldWeights.entrySet().stream()
        .filter(field -> field.getValue() > 0)
        .<Query>map(field -> new BoostQuery(new TermQuery(new Term(field.getKey(), word)), field.getValue()))
        .toList();
    return new DisjunctionMaxQuery(perField, QueryPlanner.TIE_BREAKER);
  }
}
