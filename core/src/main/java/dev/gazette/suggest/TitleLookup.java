package dev.gazette.suggest;

import dev.gazette.analysis.Schema;
import dev.gazette.index.HitSummaries;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * Article titles holding every typed word, the last one as a prefix, anywhere in the title, the
 * latest first (undated last): a query on the {@value SuggestFields#TITLES} field of the index
 * itself (a short last word as one term of {@value SuggestFields#TITLE_STARTS}),
 * sorted by publication time, the titles read from the hit summaries' doc values. A title
 * shared by several articles is listed once, for the latest.
 */
final class TitleLookup {
  /** Hits read per title wanted, so that titles repeated in several articles still fill the list. */
  private static final int HITS_PER_TITLE = 2;

  private TitleLookup() {}

  /**
   * A title found.
   *
   * @param text the title on one line
   * @param articleId the latest article with it
   */
  record Title(String text, String articleId) {}

  /** Up to {@code limit} distinct titles completing {@code typed} in {@code searcher}'s index, the latest first. */
  static List<Title> lookup(IndexSearcher searcher, TypedPrefix typed, int limit) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String word : typed.completeWords()) {
      query.add(new TermQuery(new Term(SuggestFields.TITLES, word)), Occur.FILTER);
    }
    if (typed.prefix() != null) {
      query.add(prefixQuery(searcher.getIndexReader(), typed.prefix()), Occur.FILTER);
    }
    SortField latest = new SortField(Schema.PUBLISHED, SortField.Type.LONG, true);
    latest.setMissingValue(Long.MIN_VALUE);
    ScoreDoc[] hits = searcher.search(query.build(), limit * HITS_PER_TITLE, new Sort(latest)).scoreDocs;
    int[] docs = new int[hits.length];
    for (int i = 0; i < hits.length; i++) {
      docs[i] = hits[i].doc;
    }
    List<Title> titles = new ArrayList<>(limit);
    Set<String> seen = new HashSet<>();
    for (HitSummaries.Summary summary : HitSummaries.read(searcher, docs)) {
      String line = oneLine(summary.title());
      if (titles.size() < limit && seen.add(line.toLowerCase(Locale.ROOT))) {
        titles.add(new Title(line, summary.id()));
      }
    }
    return titles;
  }

  /** {@code title} stripped, each run of white space in it (as a regular expression's {@code \s+}) one space. */
  static String oneLine(String title) {
    String stripped = title.strip();
    StringBuilder line = new StringBuilder(stripped.length());
    boolean inSpace = false;
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      boolean space = c == ' ' || (c >= '\t' && c <= '\r');
      if (!space && inSpace) {
        line.append(' ');
      }
      if (!space) {
        line.append(c);
      }
      inSpace = space;
    }
    return line.toString();
  }

  /**
   * Titles with a word starting with {@code prefix}: one term of {@value SuggestFields#TITLE_STARTS}
   * when the prefix is that short (a letter or two may begin thousands of words, whose postings a
   * prefix query would read and merge before the first title is sorted), else the words it begins.
   * Titles written before the word starts were indexed have none, so an index holding such titles
   * is searched by the words.
   */
  static Query prefixQuery(IndexReader reader, String prefix) throws IOException {
    boolean isShort = prefix.codePointCount(0, prefix.length()) <= SuggestAnalysis.MAX_START_CHARS;
    return isShort && startsIndexed(reader)
        ? new TermQuery(new Term(SuggestFields.TITLE_STARTS, prefix))
        : new PrefixQuery(new Term(SuggestFields.TITLES, prefix));
  }

  /**
   * Whether every title in the index has its word starts: in each segment as many documents hold
   * starts as hold title words (a segment merged from older ones may hold the field for some only).
   */
  private static boolean startsIndexed(IndexReader reader) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms words = leaf.reader().terms(SuggestFields.TITLES);
      Terms starts = leaf.reader().terms(SuggestFields.TITLE_STARTS);
      if (words != null && (starts == null || starts.getDocCount() != words.getDocCount())) {
        return false;
      }
    }
    return true;
  }
}
