package dev.gazette.analysis;

import dev.gazette.GazetteConfig.Stemmer;
import dev.gazette.analysis.FieldDef.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * Every field of a Gazette index and the analyzers of its text fields, defined once. The indexer,
 * the query builder and the highlighter all read names and analyzers from here.
 */
public final class Schema {
  /** The article id. */
  public static final String ID = "id";
  /** The headline. */
  public static final String TITLE = "title";
  /** The haiku, lines joined by line breaks. */
  public static final String HAIKU = "haiku";
  /** The body, paragraphs joined by blank lines. */
  public static final String BODY = "body";
  /** The referenced-articles line. */
  public static final String REFERENCES = "references";
  /** The publication instant; also the hierarchical year/month/day facet dimension. */
  public static final String PUBLISHED = "published";
  /** The canonical address. */
  public static final String URL = "url";
  /** The byline; also a facet dimension. */
  public static final String AUTHOR = "author";
  /** The section; also a facet dimension. */
  public static final String SECTION = "section";
  /** The tags; also a facet dimension. */
  public static final String TAGS = "tags";
  /** The language; also a facet dimension. */
  public static final String LANGUAGE = "language";
  /** The countries mentioned, found by the gazetteer; a facet dimension. */
  public static final String COUNTRY = "country";
  /** The people mentioned, found by the entity extractor; a facet dimension. */
  public static final String PERSON = "person";
  /** The organizations mentioned, found by the entity extractor; a facet dimension. */
  public static final String ORGANIZATION = "organization";
  /** Source-given keyword facets, stored as {@code dimension=value} to return them. */
  public static final String SOURCE_FACETS = "source_facets";
  /** Suffix of the unstemmed twin of a text field. */
  public static final String EXACT = ".exact";

  /** The text fields, in ranking order. */
  public static final List<String> TEXT_FIELDS = List.of(TITLE, HAIKU, BODY, REFERENCES);
  /** Facet dimensions every index has, whether or not any article fills them. */
  public static final List<String> BUILT_IN_DIMENSIONS =
      List.of(COUNTRY, PERSON, ORGANIZATION, PUBLISHED, AUTHOR, SECTION, LANGUAGE, TAGS);

  private final AnalysisSettings settings;
  private final Analyzer english;
  private final Analyzer exact;
  private final Analyzer perField;
  private final Analyzer queryEnglish;
  private final Analyzer queryExact;
  private final Analyzer queryEnglishUnstemmed;

  /** The schema of an index analyzed with {@code settings}, searched without synonyms. */
  public Schema(AnalysisSettings settings) {
    this(settings, new Synonyms(null, false));
  }

  /** The schema of an index analyzed with {@code settings}, searched with {@code synonyms}. */
  public Schema(AnalysisSettings settings, Synonyms synonyms) {
    this.settings = settings;
    this.english = settings.english().build();
    this.exact = settings.exact().build();
    this.queryEnglish = settings.english(synonyms.afterStopWords(settings.stopWords())).build(synonyms.loader());
    this.queryExact = settings.exact(synonyms.filter()).build(synonyms.loader());
    this.queryEnglishUnstemmed = new AnalysisSettings(Stemmer.NONE, settings.stopWords(), settings.asciiFolding())
        .english(synonyms.afterStopWords(settings.stopWords())).build(synonyms.loader());
    Map<String, Analyzer> byField = TEXT_FIELDS.stream()
        .collect(Collectors.toMap(field -> field + EXACT, field -> exact));
    this.perField = new PerFieldAnalyzerWrapper(english, byField);
  }

  /** Every field as data, for backends that generate their own mappings. */
  public static List<FieldDef> fields() {
    var defs = new ArrayList<FieldDef>();
    defs.add(new FieldDef(ID, Kind.KEYWORD, null, true));
    for (String field : TEXT_FIELDS) {
      defs.add(new FieldDef(field, Kind.TEXT, "english", true));
      defs.add(new FieldDef(field + EXACT, Kind.TEXT, "exact", false));
    }
    defs.add(new FieldDef(PUBLISHED, Kind.DATE, null, true));
    defs.add(new FieldDef(URL, Kind.STORED, null, true));
    defs.add(new FieldDef(AUTHOR, Kind.KEYWORD, null, true));
    defs.add(new FieldDef(SECTION, Kind.KEYWORD, null, true));
    defs.add(new FieldDef(TAGS, Kind.KEYWORD, null, true));
    defs.add(new FieldDef(LANGUAGE, Kind.KEYWORD, null, true));
    defs.add(new FieldDef(SOURCE_FACETS, Kind.STORED, null, true));
    return List.copyOf(defs);
  }

  /** The analysis settings this schema was built with. */
  public AnalysisSettings settings() {
    return settings;
  }

  /** The analyzer for every field: stemmed English, except {@code *.exact} fields. */
  public Analyzer analyzer() {
    return perField;
  }

  /** The stemmed English analyzer. */
  public Analyzer english() {
    return english;
  }

  /** The unstemmed analyzer of the exact fields. */
  public Analyzer exact() {
    return exact;
  }

  /** The stemmed analyzer for query text: {@link #english()} plus synonyms. */
  public Analyzer queryEnglish() {
    return queryEnglish;
  }

  /** The unstemmed analyzer for quoted query text: {@link #exact()} plus synonyms. */
  public Analyzer queryExact() {
    return queryExact;
  }

  /**
   * {@link #queryEnglish()} without its stemmer: the words of query text and of its synonyms as
   * the stemmer would receive them, to write each alternative as text.
   */
  public Analyzer queryEnglishUnstemmed() {
    return queryEnglishUnstemmed;
  }
}
