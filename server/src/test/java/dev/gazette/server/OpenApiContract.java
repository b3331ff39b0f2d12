package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a live response against the server's OpenAPI 3.1 document: the path and method must be
 * documented (or answered with the documented 404/405), the status must be listed for the
 * operation, and a JSON body must validate against the schema given for that status (a text body,
 * such as the metrics, must carry the documented media type).
 */
final class OpenApiContract {
  static final String TEXT = load();
  static final JsonObject DOCUMENT = JsonParser.parseString(TEXT).getAsJsonObject();
  private static final String BASE = "https://gazette.test/openapi.json";
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), builder -> builder.schemas(Map.of(BASE, TEXT)));
  private static final String ERROR_SCHEMA = "/components/schemas/Error";

  private OpenApiContract() {}

  /** Fails unless {@code body}, answered with {@code status} to {@code method path}, is what the document promises. */
  static void check(String method, String path, int status, String contentType, String body) {
    if (method.equals("HEAD")) {
      assertTrue(body.isEmpty(), "HEAD " + path + " answered with a body");
      return;
    }
    String template = template(path);
    String pointer;
    if (template == null) {
      assertEquals(404, status, "undocumented path " + path + " answered " + status);
      pointer = ERROR_SCHEMA;
    } else {
      JsonObject item = DOCUMENT.getAsJsonObject("paths").getAsJsonObject(template);
      String verb = method.toLowerCase(Locale.ROOT);
      if (!item.has(verb)) {
        assertTrue(status == 405 || status == 204 || status == 503, method + " " + template + " is undocumented but answered " + status);
        pointer = status == 204 ? null : ERROR_SCHEMA;
      } else {
        JsonObject responses = item.getAsJsonObject(verb).getAsJsonObject("responses");
        assertTrue(responses.has(Integer.toString(status)),
            method + " " + template + " answered " + status + ", which the document does not list: " + body);
        JsonObject response = responses.getAsJsonObject(Integer.toString(status));
        String text = textMediaType(response);
        if (text != null) {
          assertNotNull(contentType, "no Content-Type on " + method + " " + path);
          assertTrue(contentType.startsWith(text), "Content-Type " + contentType + " on " + method + " " + path + ", documented " + text);
          return;
        }
        pointer = schemaPointer("/paths/" + escape(template) + "/" + verb + "/responses/" + status, response);
      }
    }
    if (pointer == null) {
      return;
    }
    assertNotNull(contentType, "no Content-Type on " + method + " " + path);
    assertTrue(contentType.startsWith("application/json"), "Content-Type " + contentType + " on " + method + " " + path);
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(BASE + "#" + pointer));
    List<Error> errors = schema.validate(body, InputFormat.JSON);
    assertTrue(errors.isEmpty(), method + " " + path + " " + status + " does not match " + pointer + ": " + errors + "\n" + body);
  }

  /** The documented path template matching {@code path}, or {@code null}. */
  static String template(String path) {
    String bare = path.split("\\?", 2)[0];
    for (String template : DOCUMENT.getAsJsonObject("paths").keySet()) {
      if (bare.matches(template.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\."))) {
        return template;
      }
    }
    return null;
  }

  /** The one non-JSON media type documented for {@code response} (such as {@code text/plain}), or {@code null}. */
  private static String textMediaType(JsonObject response) {
    JsonObject content = response.getAsJsonObject("content");
    if (content == null || content.has("application/json")) {
      return null;
    }
    return content.keySet().iterator().next();
  }

  private static String schemaPointer(String at, JsonObject response) {
    String base = at;
    if (response.has("$ref")) {
      base = response.get("$ref").getAsString().substring(1);
    }
    return base + "/content/application~1json/schema";
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static String load() {
    try (InputStream in = OpenApiContract.class.getResourceAsStream("openapi.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
