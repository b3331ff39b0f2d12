package dev.gazette.analysis;

import dev.gazette.GazetteException;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoader;

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

  /** The Lucene analyzer this spec describes, loading any files it names from the class path. */
  public Analyzer build() {
    return build(new ClasspathResourceLoader(AnalyzerSpec.class));
  }

  /** The Lucene analyzer this spec describes, loading any files it names with {@code loader}. */
  public Analyzer build(ResourceLoader loader) {
    try {
      CustomAnalyzer.Builder builder = CustomAnalyzer.builder(loader).withTokenizer(tokenizer);
      for (TokenFilterSpec filter : filters) {
        builder.addTokenFilter(filter.name(), new HashMap<>(filter.params()));
      }
      return builder.build();
    } catch (IOException | IllegalArgumentException e) {
      throw new GazetteException("cannot build the " + name + " analyzer: " + e.getMessage(), e);
    }
  }
}
