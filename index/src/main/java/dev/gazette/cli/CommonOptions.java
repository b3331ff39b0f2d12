package dev.gazette.cli;

import dev.gazette.DataFolder;
import dev.gazette.GazetteConfig;
import dev.gazette.GazetteException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command takes: the data folder shared with the server, {@code --verbose} and {@code --help}. */
final class CommonOptions {

  @Option(
      names = "--data",
      order = 100,
      paramLabel = "DIR",
      defaultValue = "${env:GAZETTE_DATA:-data}",
      description = "The data folder, shared with the server. Default: $GAZETTE_DATA, else ./data (now: ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--synonyms",
      order = 101,
      paramLabel = "FILE",
      defaultValue = "${env:GAZETTE_SYNONYMS}",
      description = "Solr-format synonyms file applied to queries, replacing the built-in set of news names "
          + "(default: $GAZETTE_SYNONYMS, else the built-in set).")
  Path synonyms;

  @Option(names = {"-v", "--verbose"}, order = 102, description = "Show more: CheckIndex's full report, stack traces of failures.")
  boolean verbose;

  @Option(names = {"-h", "--help"}, order = 103, usageHelp = true, description = "Show this help with examples and exit.")
  boolean help;

  /** Opens the data folder, creating it when it does not exist yet. */
  DataFolder open() {
    return DataFolder.open(data, config());
  }

  /** Opens the data folder, which must already hold an index; otherwise says how to build one. */
  DataFolder openExisting() {
    return openExisting(config());
  }

  /** The engine's defaults with the chosen synonyms. */
  GazetteConfig config() {
    return GazetteConfig.defaults().toBuilder().synonyms(synonyms).build();
  }

  /** {@link #openExisting()}, searching with {@code config}'s ranking settings. */
  DataFolder openExisting(GazetteConfig config) {
    if (Files.isDirectory(data)) {
      DataFolder folder = DataFolder.open(data, config);
      if (folder.hasIndex()) {
        return folder;
      }
      folder.close();
    }
    throw new GazetteException("there is no index in " + data + "; build one first, for example: gazette reindex seeds --data " + data);
  }
}
