package dev.gazette.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;
import java.time.Instant;

/** Pretty JSON of core's result records for {@code --json}: instants as ISO-8601, nulls kept, no HTML escaping. */
final class Json {
  private static final Gson GSON = new GsonBuilder()
      .setPrettyPrinting()
      .serializeNulls()
      .disableHtmlEscaping()
      .registerTypeAdapter(Instant.class, (JsonSerializer<Instant>) (instant, type, context) -> new JsonPrimitive(instant.toString()))
      .create();

  private Json() {}

  /** {@code value} as pretty JSON. */
  static String of(Object value) {
    return GSON.toJson(value);
  }

  /** {@code value} as a JSON tree, to add fields to before it is printed. */
  static JsonObject tree(Object value) {
    return GSON.toJsonTree(value).getAsJsonObject();
  }
}
