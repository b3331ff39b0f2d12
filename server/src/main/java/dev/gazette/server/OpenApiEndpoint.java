package dev.gazette.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /openapi.json}: the OpenAPI 3.1 description of every endpoint, bundled as a resource. */
final class OpenApiEndpoint {
  private final Reply document;

  OpenApiEndpoint() {
    try (InputStream in = OpenApiEndpoint.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the server jar");
      }
      document = new Reply(200, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read openapi.json", e);
    }
  }

  /** Answers the document. */
  Reply handle(Call call) {
    return document;
  }
}
