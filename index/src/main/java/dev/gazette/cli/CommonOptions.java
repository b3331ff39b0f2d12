package dev.gazette.cli;

import dev.gazette.GazetteConfig;
import dev.gazette.GazetteException;
import dev.gazette.OpenSearchTarget;
import dev.gazette.SemanticSearch;
import dev.gazette.embeddings.Embedders;
import dev.gazette.store.DataFolder;
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

  @Option(
      names = "--backend",
      order = 104,
      paramLabel = "KIND",
      defaultValue = "${env:GAZETTE_BACKEND:-embedded}",
      description = "Where the index lives: embedded (a Lucene index in the data folder) or opensearch "
          + "(a cluster, see --url). Default: $GAZETTE_BACKEND, else embedded.")
  Backend backend;

  @Option(
      names = "--url",
      order = 105,
      paramLabel = "URLS",
      defaultValue = "${env:GAZETTE_OPENSEARCH_URL}",
      description = "With --backend opensearch: the cluster's nodes, comma-separated, as http://host:9200 "
          + "(default: $GAZETTE_OPENSEARCH_URL). Credentials come from $GAZETTE_OPENSEARCH_USER and $GAZETTE_OPENSEARCH_PASSWORD.")
  String url;

  @Option(
      names = "--index",
      order = 106,
      paramLabel = "NAME",
      defaultValue = "${env:GAZETTE_OPENSEARCH_INDEX:-gazette}",
      description = "With --backend opensearch: the alias the index is reached by (default: $GAZETTE_OPENSEARCH_INDEX, else gazette).")
  String index;

  @Option(
      names = "--embedder",
      order = 107,
      paramLabel = "MODEL",
      defaultValue = "${env:GAZETTE_EMBEDDER:-bundled}",
      description = "The model for search by meaning: bundled (bge-small-en-v1.5, inside Gazette) or none (words "
          + "only); loaded only when a command needs it. Default: $GAZETTE_EMBEDDER, else bundled.")
  String embedder;

  @Option(names = {"-v", "--verbose"}, order = 102, description = "Show more: CheckIndex's full report, stack traces of failures.")
  boolean verbose;

  @Option(names = {"-h", "--help"}, order = 103, usageHelp = true, description = "Show this help with examples and exit.")
  boolean help;

  /** Where the index lives. */
  enum Backend {
    /** A Lucene index in the data folder. */
    embedded,
    /** An OpenSearch cluster. */
    opensearch
  }

  /** Opens the data folder (creating it when it does not exist yet), or connects to the cluster. */
  DataFolder open() {
    return open(config());
  }

  private DataFolder open(GazetteConfig config) {
    if (backend != Backend.opensearch) {
      return DataFolder.open(data, config);
    }
    if (url == null || url.isBlank()) {
      throw new GazetteException("--backend opensearch needs --url http://host:9200 (or $GAZETTE_OPENSEARCH_URL)");
    }
    OpenSearchTarget target = OpenSearchTarget.of(url, index);
    String user = System.getenv("GAZETTE_OPENSEARCH_USER");
    return DataFolder.connect(data, user == null ? target
        : target.withCredentials(user, System.getenv("GAZETTE_OPENSEARCH_PASSWORD")), config);
  }

  /** Opens the data folder, which must already hold an index; otherwise says how to build one. */
  DataFolder openExisting() {
    return openExisting(config());
  }

  /**
   * The engine's defaults with the chosen synonyms and embedder; a command embeds only when it
   * asks ({@code gazette embed}), never in the background.
   */
  GazetteConfig config() {
    return GazetteConfig.defaults().withAnalysis(a -> a.synonyms(synonyms)).withSemantic(this::semantic);
  }

  /** Search by meaning with the chosen embedder, on every core, never in the background. */
  void semantic(SemanticSearch.Builder semantic) {
    try {
      semantic.embedder(Embedders.named(embedder, Runtime.getRuntime().availableProcessors())).background(false);
    } catch (IllegalArgumentException e) {
      throw new GazetteException("--embedder: " + e.getMessage());
    }
  }

  /** {@link #openExisting()}, searching with {@code config}'s ranking settings. */
  DataFolder openExisting(GazetteConfig config) {
    if (backend == Backend.opensearch || Files.isDirectory(data)) {
      DataFolder folder = open(config);
      if (folder.hasIndex()) {
        return folder;
      }
      folder.close();
    }
    throw new GazetteException("there is no index in " + data + "; build one first, for example: gazette reindex seeds --data " + data);
  }
}
