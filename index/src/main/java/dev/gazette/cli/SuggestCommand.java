package dev.gazette.cli;

import dev.gazette.Suggestion;
import dev.gazette.store.DataFolder;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Shows the completions autocomplete offers for what was typed. */
@Command(
    name = "suggest",
    sortOptions = false,
    description = "Show the completions a search box offers for TEXT: phrases several articles share, then titles.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FAILURE_LINE, ExitCodes.USAGE_LINE},
    footerHeading = "%nExamples:%n",
    footer = {"  gazette suggest north k", "  gazette suggest 'oil p' --limit 3 --json"})
final class SuggestCommand extends Subcommand {
  @Parameters(arity = "1..*", paramLabel = "TEXT", description = "What was typed; its words are joined.")
  List<String> words;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "8", description = "How many, 1 to 20 (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print the completions as JSON, as the HTTP API does.")
  boolean json;

  @Override
  public Integer call() {
    if (limit < 1 || limit > 20) {
      throw usageError("--limit must be between 1 and 20, not " + limit);
    }
    String typed = String.join(" ", words);
    List<Suggestion> suggestions;
    try (DataFolder folder = common.openExisting()) {
      suggestions = folder.read(gazette -> gazette.suggest(typed, limit, SnippetText.PRE, SnippetText.POST));
    }
    if (json) {
      out().println(Json.of(suggestions));
      return ExitCodes.OK;
    }
    for (Suggestion suggestion : suggestions) {
      String kind = suggestion.kind() == Suggestion.Kind.TITLE ? "title " + suggestion.articleId() : "phrase";
      out().printf("%s  (%s)%n", SnippetText.render(suggestion.highlighted(), terminal()), kind);
    }
    return ExitCodes.OK;
  }
}
