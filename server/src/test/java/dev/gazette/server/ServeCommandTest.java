package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The flags and environment variables of {@code ./gazette serve}. */
class ServeCommandTest {

  @Test
  void defaultsServeTheBundledSeedsOnLoopback8080() {
    ServerOptions options = ServeCommand.options(Map.of());
    assertEquals("127.0.0.1", options.host());
    assertEquals(8080, options.port());
    assertEquals(Path.of("data"), options.dataDir());
    assertEquals(Path.of("seeds"), options.seedsDir());
    assertNull(options.apiKey());
    assertEquals(10L * 1024 * 1024, options.maxBodyBytes());
    assertEquals(List.of(), options.corsOrigins());
    assertEquals(Duration.ofMillis(500), options.slowQuery());
    assertEquals(LogFormat.TEXT, options.logFormat());
  }

  @Test
  void environmentVariablesFillWhatTheFlagsLeaveOut() {
    Map<String, String> env = Map.of("GAZETTE_HOST", "localhost", "GAZETTE_PORT", "9090", "GAZETTE_DATA", "/tmp/d",
        "GAZETTE_SEEDS", "/tmp/s", "GAZETTE_API_KEY", "k", "GAZETTE_MAX_BODY", "512KB",
        "GAZETTE_CORS_ORIGINS", "https://a.example,https://b.example", "GAZETTE_SLOW_QUERY_MS", "250",
        "GAZETTE_LOG_FORMAT", "json");
    ServerOptions options = ServeCommand.options(env, "--port", "7070");
    assertEquals("localhost", options.host());
    assertEquals(7070, options.port());
    assertEquals(Path.of("/tmp/d"), options.dataDir());
    assertEquals(Path.of("/tmp/s"), options.seedsDir());
    assertTrue(options.apiKey().matches("k"));
    assertEquals(512 * 1024, options.maxBodyBytes());
    assertEquals(List.of("https://a.example", "https://b.example"), options.corsOrigins());
    assertEquals(Duration.ofMillis(250), options.slowQuery());
    assertEquals(LogFormat.JSON, options.logFormat());
  }

  @Test
  void slowClientLimitsComeFromFlagsOrTheEnvironmentWithDocumentedDefaults() {
    assertEquals(new ConnectionLimits(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(60), 2_000),
        ServeCommand.options(Map.of()).connections());
    ServerOptions options = ServeCommand.options(Map.of("GAZETTE_HEADER_TIMEOUT", "5", "GAZETTE_MAX_CONNECTIONS", "300"),
        "--body-timeout", "30", "--idle-timeout", "20");
    assertEquals(new ConnectionLimits(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(20), 300),
        options.connections());
    assertTrue(assertThrows(ParameterException.class, () -> ServeCommand.options(Map.of(), "--header-timeout", "0"))
        .getMessage().contains("header timeout"));
    assertTrue(assertThrows(ParameterException.class, () -> ServeCommand.options(Map.of(), "--max-connections", "0"))
        .getMessage().contains("--max-connections"));
  }

  @Test
  void badValuesAreRefusedWithTheirFlagNamed() {
    assertTrue(assertThrows(ParameterException.class, () -> ServeCommand.options(Map.of(), "--port", "http"))
        .getMessage().contains("--port"));
    assertTrue(assertThrows(ParameterException.class, () -> ServeCommand.options(Map.of(), "--port", "70000"))
        .getMessage().contains("port"));
    assertTrue(assertThrows(ParameterException.class, () -> ServeCommand.options(Map.of(), "--max-body", "lots"))
        .getMessage().contains("lots"));
    assertTrue(assertThrows(ParameterException.class,
        () -> ServeCommand.options(Map.of(), "--api-key-file", "/no/such/key")).getMessage().contains("/no/such/key"));
    assertTrue(assertThrows(ParameterException.class, () -> ServeCommand.options(Map.of(), "--log-format", "xml"))
        .getMessage().contains("xml"));
    assertTrue(assertThrows(ParameterException.class, () -> ServeCommand.options(Map.of(), "--slow-query-ms", "-1"))
        .getMessage().contains("slow"));
  }

  @Test
  void helpNamesEveryFlagAndEnvironmentVariable() {
    StringWriter out = new StringWriter();
    CommandLine commandLine = ServeCommand.commandLine(Map.of());
    commandLine.setOut(new PrintWriter(out));
    assertEquals(0, commandLine.execute("--help"));
    for (String word : List.of("--host", "--port", "--data", "--seeds", "--api-key-file", "--allow-insecure",
        "--max-body", "--cors-origin", "--slow-query-ms", "--log-format", "--search-key-file", "--search-timeout-ms",
        "--header-timeout", "--body-timeout", "--idle-timeout", "--max-connections", "GAZETTE_MAX_CONNECTIONS",
        "GAZETTE_SEARCH_KEY", "GAZETTE_SEARCH_TIMEOUT_MS", "GAZETTE_HOST", "GAZETTE_PORT",
        "GAZETTE_DATA", "GAZETTE_SEEDS", "GAZETTE_API_KEY", "GAZETTE_SLOW_QUERY_MS", "GAZETTE_LOG_FORMAT")) {
      assertTrue(out.toString().contains(word), word + " missing from:\n" + out);
    }
  }

  @Test
  void aSynonymsFileReachesTheEngineConfiguration() {
    ServerOptions options = ServeCommand.options(Map.of("GAZETTE_SYNONYMS", "/srv/gazette/synonyms.txt"));
    assertEquals(Path.of("/srv/gazette/synonyms.txt"), options.gazetteConfig().analysis().synonyms());
    ServerOptions flagged = ServeCommand.options(Map.of(), "--synonyms", "mine.txt");
    assertEquals(Path.of("mine.txt"), flagged.gazetteConfig().analysis().synonyms());
    assertNull(ServeCommand.options(Map.of()).gazetteConfig().analysis().synonyms());
  }

  @Test
  void theOpenSearchBackendIsChosenByFlagsOrEnvironmentAndNeedsAnAddress() {
    assertNull(ServeCommand.options(Map.of()).openSearch());
    ServerOptions flags = ServeCommand.options(Map.of(), "--backend", "opensearch", "--url",
        "http://127.0.0.1:9200,http://127.0.0.1:9201", "--index", "news");
    assertEquals(2, flags.openSearch().nodes().size());
    assertEquals("news", flags.openSearch().index());
    ServerOptions env = ServeCommand.options(Map.of("GAZETTE_BACKEND", "opensearch",
        "GAZETTE_OPENSEARCH_URL", "http://127.0.0.1:9200", "GAZETTE_OPENSEARCH_USER", "reader",
        "GAZETTE_OPENSEARCH_PASSWORD", "secret"));
    assertEquals("gazette", env.openSearch().index());
    assertEquals("reader", env.openSearch().username());
    assertTrue(!env.openSearch().toString().contains("secret"));
    ParameterException noUrl = assertThrows(ParameterException.class,
        () -> ServeCommand.options(Map.of(), "--backend", "opensearch"));
    assertTrue(noUrl.getMessage().contains("--url"), noUrl.getMessage());
    assertThrows(ParameterException.class,
        () -> ServeCommand.options(Map.of(), "--backend", "opensearch", "--url", "ftp://somewhere"));
  }
}
