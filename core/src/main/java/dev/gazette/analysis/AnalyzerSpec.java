package dev.gazette.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;

/**
 * An analysis chain as data: a tokenizer and its filters, by their Lucene SPI names. Other
 * backends translate the same data into their own analyzer settings.
 *
 * @param name the analyzer's name
 * @param tokenizer the tokenizer's SPI name
 * @param filters the token filters in order
 */
public record AnalyzerSpec(String name, String tokenizer, List<TokenFilterSpec> filters) {

  /** Copies the filters. */
  public AnalyzerSpec {
    filters = List.copyOf(filters);
  }

  /** The Lucene analyzer this spec describes. */
  public Analyzer build() {
    try {
      CustomAnalyzer.Builder builder = CustomAnalyzer.builder().withTokenizer(tokenizer);
      for (TokenFilterSpec filter : filters) {
        builder.addTokenFilter(filter.name(), new HashMap<>(filter.params()));
      }
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build analyzer " + name, e);
    }
  }
}
