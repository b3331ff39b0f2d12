package dev.gazette.suggest;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * Article titles containing every typed word, the last one as a prefix, anywhere in the title:
 * Lucene's {@link AnalyzingInfixSuggester} over a small index held in memory. Each entry's weight
 * ranks it (the caller uses publication time, so the latest news comes first) and its payload is
 * the article id.
 */
final class TitleSuggester implements Closeable {
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final AnalyzingInfixSuggester suggester;

  /** The titles in {@code entries} (text, weight, article id), matched with {@code words}. */
  TitleSuggester(Iterable<Entry> entries, Analyzer words) throws IOException {
    suggester = new AnalyzingInfixSuggester(directory, words, words,
        AnalyzingInfixSuggester.DEFAULT_MIN_PREFIX_CHARS, false, true, false, true);
    try {
      suggester.build(Entry.input(entries, true));
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(this);
      throw e;
    }
  }

  /** Up to {@code limit} titles completing {@code typed}, highest weight first. */
  List<LookupResult> lookup(TypedPrefix typed, int limit) throws IOException {
    return suggester.lookup(typed.text(), limit, true, false);
  }

  /** Releases the in-memory index. */
  @Override
  public void close() throws IOException {
    IOUtils.close(suggester, directory);
  }
}
