package dev.gazette.server;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Instant;

/**
 * The server's JSON codec: Gson with instants as ISO-8601 strings, {@code null} fields written out
 * (so every documented field is always present) and no HTML escaping (snippets carry {@code <mark>}).
 */
final class Json {
  private static final Gson GSON = new GsonBuilder()
      .registerTypeAdapter(Instant.class, new InstantAdapter().nullSafe())
      .serializeNulls()
      .disableHtmlEscaping()
      .create();

  private Json() {}

  /** {@code value} as JSON text. */
  static String write(Object value) {
    return GSON.toJson(value);
  }

  /** {@code value} as a JSON tree, to add fields to before it is written. */
  static JsonObject tree(Object value) {
    return GSON.toJsonTree(value).getAsJsonObject();
  }

  /** Parses {@code text}, answering 400 {@code invalid_json} when it is not JSON. */
  static JsonElement parse(String text) {
    try {
      JsonElement element = JsonParser.parseString(text);
      if (element.isJsonNull()) {
        throw ApiException.invalidJson("the request body is empty; send a JSON document");
      }
      return element;
    } catch (JsonParseException e) {
      throw ApiException.invalidJson("the request body is not valid JSON: " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "malformed JSON";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** Writes instants as ISO-8601 text ({@code 2024-06-19T11:03:00Z}) and reads them back. */
  private static final class InstantAdapter extends TypeAdapter<Instant> {
    @Override
    public void write(JsonWriter out, Instant value) throws IOException {
      out.value(value.toString());
    }

    @Override
    public Instant read(JsonReader in) throws IOException {
      return Instant.parse(in.nextString());
    }
  }
}
