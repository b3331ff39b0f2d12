package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second server on a data folder another server holds stops with a clear error; the first keeps serving. */
class SecondServerTest {
  @TempDir Path data;

  @Test
  void aSecondServerOnTheSameIndexExitsWithOneAndSaysWhy() throws Exception {
    try (ServerProcess first = ServerProcess.start(data)) {
      Api api = new Api(first.uri);
      assertEquals(201, api.put("/api/articles/first", "{\"title\": \"Held by the first server\"}").status());
      Process second = ServerProcess.launch(data);
      assertTrue(second.waitFor(120, TimeUnit.SECONDS), "the second server should stop on its own");
      String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(1, second.exitValue(), output);
      assertTrue(output.contains("in use by another process"), output);
      assertEquals(200, api.get("/api/articles/first").status(), "the first server keeps serving");
    }
  }
}
