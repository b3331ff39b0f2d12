package dev.gazette.bench.corpus;

import dev.gazette.Article;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A corpus of any size made of real Reuters text: article {@code i} takes a real article's shape
 * (its number of paragraphs and its topic, place, people, organisation and exchange codes), a real
 * title, and paragraphs that are each either a real Reuters paragraph or two to four real
 * sentences drawn from anywhere in the corpus. Publication dates are spread evenly over ten years.
 *
 * <p>Every article is a pure function of the seed and its number, so the corpus needs no file:
 * any size, any article, the same on every machine. Word frequencies follow Reuters'; the
 * vocabulary does not grow with size as a real archive's would (no new names after 1987).
 */
public final class NewsGenerator implements Corpus {
  private static final long FIRST_DATE = Instant.parse("2015-01-01T00:00:00Z").getEpochSecond();
  private static final long LAST_DATE = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
  private static final String[] FACETS = {"topics", "places", "people", "orgs", "exchanges"};

  private final int size;
  private final long seed;
  private final List<Shape> shapes;
  private final List<String> titles;
  private final List<String> paragraphs;
  private final List<String> sentences;

  private NewsGenerator(ReutersCorpus source, int size, long seed) {
    this.size = size;
    this.seed = seed;
    this.shapes = new ArrayList<>();
    this.titles = new ArrayList<>();
    this.paragraphs = new ArrayList<>();
    this.sentences = new ArrayList<>();
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    for (Article article : source.articles()) {
      if (!article.title().isBlank()) {
        titles.add(article.title());
      }
      List<String> own = paragraphsOf(article.bodyText());
      if (!own.isEmpty()) {
        shapes.add(new Shape(own.size(), facetsOf(article)));
        paragraphs.addAll(own);
        own.forEach(p -> sentences.addAll(sentencesOf(p, breaks)));
      }
    }
  }

  /** {@code size} articles drawn from {@code source} with {@code seed}. */
  public static NewsGenerator of(ReutersCorpus source, int size, long seed) {
    return new NewsGenerator(source, size, seed);
  }

  @Override
  public String name() {
    return "news-" + size;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Article article(int i) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    Shape shape = shapes.get(random.nextInt(shapes.size()));
    List<String> body = new ArrayList<>(shape.paragraphs());
    for (int p = 0; p < shape.paragraphs(); p++) {
      body.add(random.nextBoolean() ? pick(paragraphs, random) : sentencesParagraph(random));
    }
    Instant published = Instant.ofEpochSecond(random.nextLong(FIRST_DATE, LAST_DATE));
    return new Article("news-" + i, pick(titles, random), published, List.of(), body, "", null, null, null,
        List.of(), null, shape.facets());
  }

  /** What a generated article takes from a real one: its number of paragraphs and its codes. */
  private record Shape(int paragraphs, Map<String, List<String>> facets) {}

  private static Map<String, List<String>> facetsOf(Article article) {
    Map<String, List<String>> facets = new LinkedHashMap<>();
    for (String dimension : FACETS) {
      List<String> values = article.facets().get(dimension);
      if (values != null && !values.isEmpty()) {
        facets.put(dimension, values);
      }
    }
    return facets;
  }

  private String sentencesParagraph(SplittableRandom random) {
    int count = 2 + random.nextInt(3);
    StringBuilder text = new StringBuilder();
    for (int s = 0; s < count; s++) {
      if (s > 0) {
        text.append(' ');
      }
      text.append(pick(sentences, random));
    }
    return text.toString();
  }

  private static String pick(List<String> from, SplittableRandom random) {
    return from.get(random.nextInt(from.size()));
  }

  /** Reuters paragraphs start on a new line indented by spaces; each is folded onto one line. */
  private static List<String> paragraphsOf(String body) {
    List<String> result = new ArrayList<>();
    for (String paragraph : body.split("\n(?=\\s)")) {
      String folded = paragraph.strip().replaceAll("\\s+", " ");
      if (!folded.isEmpty()) {
        result.add(folded);
      }
    }
    return result;
  }

  private static List<String> sentencesOf(String paragraph, BreakIterator breaks) {
    List<String> result = new ArrayList<>();
    breaks.setText(paragraph);
    for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      String sentence = paragraph.substring(start, end).strip();
      if (sentence.length() > 20) {
        result.add(sentence);
      }
    }
    return result;
  }
}
