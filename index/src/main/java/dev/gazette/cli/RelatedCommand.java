package dev.gazette.cli;

import dev.gazette.Article;
import dev.gazette.GazetteException;
import dev.gazette.SearchResult;
import dev.gazette.store.DataFolder;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Lists the articles most like a given one. */
@Command(
    name = "related",
    sortOptions = false,
    description = "List the articles most like article ID (by the distinctive words of its title and body), best first, "
        + "each with the opening of its text.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FAILURE_LINE, ExitCodes.USAGE_LINE},
    footerHeading = "%nExamples:%n",
    footer = {"  gazette related 0388dada9763fdad", "  gazette related 42 --size 10 --json"})
final class RelatedCommand extends Subcommand {
  /** Characters of a related article's body shown under its title. */
  private static final int OPENING = 200;
  private static final Pattern SPACE = Pattern.compile("[\\s\\p{Cntrl}]+");

  @Parameters(paramLabel = "ID", description = "The article's id.")
  String id;

  @Option(names = "--size", paramLabel = "N", defaultValue = "5", description = "How many, 1 to 100 (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--json", description = "Print the result as JSON, as the HTTP API does.")
  boolean json;

  @Override
  public Integer call() {
    if (size < 1 || size > 100) {
      throw usageError("--size must be between 1 and 100, not " + size);
    }
    Related related;
    try (DataFolder folder = common.openExisting()) {
      related = folder.read(gazette -> {
        Article asked = gazette.get(id).orElseThrow(() -> new GazetteException("there is no article with id '" + id + "'"));
        SearchResult result = gazette.related(id, size).orElseThrow();
        Map<String, String> openings = new LinkedHashMap<>();
        result.hits().forEach(hit -> gazette.get(hit.id()).ifPresent(article -> openings.put(hit.id(), opening(article))));
        return new Related(asked, result, openings);
      });
    }
    if (json) {
      out().println(Json.of(related.result()));
      return ExitCodes.OK;
    }
    PrintWriter out = out();
    int count = related.result().hits().size();
    out.printf("%d %s like %s%n", count, count == 1 ? "article" : "articles", related.asked().title());
    out.printf("   %s%n", HitList.dateAndId(related.asked().published(), id));
    HitList.print(out, related.result().hits(), 1, terminal(), hit -> related.openings().getOrDefault(hit.id(), ""));
    return ExitCodes.OK;
  }

  /** The first {@value #OPENING} characters or so of {@code article}'s body, on one line, cut at a word. */
  static String opening(Article article) {
    String text = SPACE.matcher(article.bodyText()).replaceAll(" ").strip();
    if (text.length() <= OPENING) {
      return text;
    }
    int cut = text.lastIndexOf(' ', OPENING);
    return text.substring(0, cut > 0 ? cut : OPENING) + " …";
  }

  /**
   * What the command found.
   *
   * @param asked the article the related ones are like
   * @param result the related articles, best first
   * @param openings each related article's opening text, by id
   */
  private record Related(Article asked, SearchResult result, Map<String, String> openings) {}
}
