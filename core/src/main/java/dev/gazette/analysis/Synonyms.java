package dev.gazette.analysis;

import dev.gazette.GazetteConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.FilesystemResourceLoader;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoader;

/**
 * The query-time synonyms: a Solr-format file, or Gazette's built-in set of news names.
 *
 * <p>The rules are read as the chain before the synonym filter would see their words, as OpenSearch
 * reads them: possessives are dropped ({@code people's} is {@code people}, as in the query text the
 * filter sees), and in a chain that removes stop words before the synonyms ({@link
 * #afterStopWords}), a synonym holding a stop word ({@code united states of america}), which could
 * never match the indexed text, is left out.
 *
 * @param file the user's synonyms file, or {@code null} for the built-in set
 * @param enabled whether synonyms apply at all
 */
public record Synonyms(Path file, boolean enabled) {
  private static final String BUILT_IN = "news-synonyms.txt";
  /** Appended to the file name to read its rules without the synonyms holding stop words. */
  private static final String WITHOUT_STOP_WORDS = "#without-stop-words";
  private static final Pattern POSSESSIVE = Pattern.compile("(?i)['\u2019\uFF07]s\\b");

  /** The synonyms {@code config} asks for. */
  public static Synonyms of(GazetteConfig config) {
    return new Synonyms(config.analysis().synonyms(), config.analysis().useSynonyms());
  }

  /** The synonym filter as data, or empty when synonyms are off. */
  public Optional<TokenFilterSpec> filter() {
    return filter("");
  }

  /**
   * The synonym filter of a chain that removed stop words before it ({@code stopWords}): its rules
   * without the synonyms holding a stop word; else {@link #filter()}.
   */
  public Optional<TokenFilterSpec> afterStopWords(boolean stopWords) {
    return filter(stopWords ? WITHOUT_STOP_WORDS : "");
  }

  private Optional<TokenFilterSpec> filter(String variant) {
    if (!enabled) {
      return Optional.empty();
    }
    String name = (file == null ? BUILT_IN : file.getFileName().toString()) + variant;
    return Optional.of(new TokenFilterSpec("synonymGraph", Map.of(
        "synonyms", name, "format", "solr", "expand", "true", "ignoreCase", "true", "tokenizerFactory", StandardTokenizerFactory.class.getName())));
  }

  /** Where the synonyms file is loaded from, its rules read as the class says. */
  public ResourceLoader loader() {
    ResourceLoader files = file == null
        ? new ClasspathResourceLoader(Synonyms.class)
        : new FilesystemResourceLoader(file.toAbsolutePath().getParent(), Synonyms.class.getClassLoader());
    return new ResourceLoader() {
      @Override
      public InputStream openResource(String resource) throws IOException {
        boolean withoutStopWords = resource.endsWith(WITHOUT_STOP_WORDS);
        String base = withoutStopWords ? resource.substring(0, resource.length() - WITHOUT_STOP_WORDS.length()) : resource;
        try (InputStream in = files.openResource(base)) {
          String rules = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
              .map(line -> rule(line, withoutStopWords)).collect(Collectors.joining("\n"));
          return new ByteArrayInputStream(rules.getBytes(StandardCharsets.UTF_8));
        }
      }

      @Override
      public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
        return files.findClass(cname, expectedType);
      }
    };
  }

  /**
   * A Solr-format rule line without possessives and, when {@code withoutStopWords}, without its
   * synonyms that hold a stop word; a comment when nothing is left to map.
   */
  private static String rule(String line, boolean withoutStopWords) {
    if (line.isBlank() || line.strip().startsWith("#")) {
      return line;
    }
    String read = POSSESSIVE.matcher(line).replaceAll("");
    if (!withoutStopWords) {
      return read;
    }
    String[] sides = read.split("=>", -1);
    String[] kept = Arrays.stream(sides).map(Synonyms::keptTerms).toArray(String[]::new);
    boolean usable = sides.length == 1 ? kept[0].contains(",") : Arrays.stream(kept).noneMatch(String::isEmpty);
    return usable ? String.join(" => ", kept) : "# " + line;
  }

  private static String keptTerms(String side) {
    return Arrays.stream(side.split(",")).map(String::strip)
        .filter(term -> !term.isEmpty() && Arrays.stream(term.toLowerCase(Locale.ROOT).split("\\s+"))
            .noneMatch(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET::contains))
        .collect(Collectors.joining(", "));
  }
}
