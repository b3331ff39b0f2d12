package dev.gazette.cli;

import dev.gazette.Article;
import dev.gazette.GazetteException;
import dev.gazette.SearchRequest;
import dev.gazette.store.DataFolder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes the whole index, or a query's matches, as JSON Lines or CSV, one article at a time. */
@Command(
    name = "export",
    sortOptions = false,
    description = {
        "Write every article of the live index, or those a query selects, as JSON Lines (the default) or CSV.",
        "JSON Lines holds every field an article was given and reads back with 'gazette reindex' or 'gazette add'. "
            + "Articles are streamed one at a time, so an index of any size exports in constant memory; "
            + "with --output the file appears only once it is complete."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FAILURE_LINE, ExitCodes.USAGE_LINE},
    footerHeading = "%nExamples:%n",
    footer = {
        "  gazette export > archive.jsonl",
        "  gazette export --output archive.jsonl && gazette reindex archive.jsonl --data /srv/copy",
        "  gazette export --query oil --filter places:usa --format csv --output oil.csv"
    })
final class ExportCommand extends Subcommand {
  @Option(names = {"-q", "--query"}, paramLabel = "QUERY", description = "Export only the articles matching QUERY (search syntax), best first unless --sort.")
  String query;

  @Mixin QueryOptions selection;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ndjson", description = "ndjson or csv (default: ${DEFAULT-VALUE}).")
  ExportFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  /** The formats an export can take. */
  enum ExportFormat {
    /** One JSON object per line, re-loadable. */
    NDJSON,
    /** CSV with a header row. */
    CSV
  }

  @Override
  public Integer call() {
    if (output != null && Files.isDirectory(output)) {
      throw usageError("--output " + output + " is a folder; name a file");
    }
    long count;
    try (DataFolder folder = common.openExisting()) {
      count = output == null ? export(folder, out()) : exportToFile(folder);
    }
    err().printf("exported %s %s%s%n", Units.count(count), count == 1 ? "article" : "articles",
        output == null ? "" : " to " + output);
    err().flush();
    return ExitCodes.OK;
  }

  /** Writes into a temporary file beside {@link #output}, moved into place only when complete. */
  private long exportToFile(DataFolder folder) {
    Path target = output.toAbsolutePath();
    Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
    try (Writer file = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8), 1 << 16)) {
      long count = export(folder, file);
      file.flush();
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return count;
    } catch (IOException | UncheckedIOException e) {
      deleteQuietly(partial);
      throw new GazetteException("cannot write " + output + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      deleteQuietly(partial);
      throw e;
    }
  }

  private long export(DataFolder folder, Writer out) {
    ArticleWriter writer = format == ExportFormat.CSV ? new CsvArticles(out) : new NdjsonArticles(out);
    Consumer<Article> sink = article -> {
      try {
        writer.write(article);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
    try {
      writer.begin();
      long count = folder.read(engine -> selects()
          ? engine.export(selection.request(query == null ? "" : query, spec).build(), sink)
          : engine.export(sink));
      out.flush();
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether only some articles are wanted, or a particular order. */
  private boolean selects() {
    return query != null || !selection.filters.isEmpty() || selection.from != null || selection.to != null
        || selection.sort != SearchRequest.Sort.RELEVANCE;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // Nothing more can be done; the message already names the failure.
    }
  }
}
