package dev.gazette.analysis;

import dev.gazette.GazetteConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.FilesystemResourceLoader;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoader;

/**
 * The query-time synonyms: a Solr-format file, or Gazette's built-in set of news names.
 *
 * @param file the user's synonyms file, or {@code null} for the built-in set
 * @param enabled whether synonyms apply at all
 */
public record Synonyms(Path file, boolean enabled) {
  private static final String BUILT_IN = "news-synonyms.txt";

  /** The synonyms {@code config} asks for. */
  public static Synonyms of(GazetteConfig config) {
    return new Synonyms(config.synonyms(), config.useSynonyms());
  }

  /** The synonym filter as data, or empty when synonyms are off. */
  public Optional<TokenFilterSpec> filter() {
    if (!enabled) {
      return Optional.empty();
    }
    String name = file == null ? BUILT_IN : file.getFileName().toString();
    return Optional.of(new TokenFilterSpec("synonymGraph", Map.of(
        "synonyms", name, "format", "solr", "expand", "true", "ignoreCase", "true", "tokenizerFactory", StandardTokenizerFactory.class.getName())));
  }

  /** Where the synonyms file is loaded from. */
  public ResourceLoader loader() {
    if (file == null) {
      return new ClasspathResourceLoader(Synonyms.class);
    }
    Path parent = file.toAbsolutePath().getParent();
    return new FilesystemResourceLoader(parent, Synonyms.class.getClassLoader());
  }
}
