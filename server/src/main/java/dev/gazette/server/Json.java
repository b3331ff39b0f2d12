package dev.gazette.server;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonSerializationContext;
import com.google.gson.JsonSerializer;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.time.Instant;

/**
 * The server's JSON codec: Gson with instants as ISO-8601 strings, {@code null} fields written out
 * (so every documented field is always present) and no HTML escaping (snippets carry {@code <mark>}).
 */
final class Json {
  private static final Gson GSON = new GsonBuilder()
      .registerTypeAdapter(Instant.class, new InstantAdapter().nullSafe())
      .registerTypeAdapter(ApiError.class, (JsonSerializer<ApiError>) Json::error)
      .serializeNulls()
      .disableHtmlEscaping()
      .create();

  /** The deepest nesting of objects and arrays a request body may have. */
  static final int MAX_DEPTH = 32;
  /** The most elements one array in a request body may hold. */
  static final int MAX_ARRAY_LENGTH = 10_000;

  private static final String TOO_COMPLEX = "json_too_complex";

  private Json() {}

  /** {@code value} as JSON text. */
  static String write(Object value) {
    return GSON.toJson(value);
  }

  /** {@code value} as a JSON tree, to add fields to before it is written. */
  static JsonObject tree(Object value) {
    return GSON.toJsonTree(value).getAsJsonObject();
  }

  /**
   * Parses {@code text} strictly (RFC 8259: no single quotes, no unquoted names, nothing after the
   * document), answering 400 {@code invalid_json} when it is not JSON and 400 {@code
   * json_too_complex} when it nests deeper than {@link #MAX_DEPTH} or has an array longer than
   * {@link #MAX_ARRAY_LENGTH}.
   */
  static JsonElement parse(String text) {
    JsonReader reader = new JsonReader(new StringReader(text));
    reader.setNestingLimit(MAX_DEPTH);
    reader.setStrictness(Strictness.STRICT);
    try {
      if (text.isBlank()) {
        throw ApiException.invalidJson("the request body is empty; send a JSON document");
      }
      JsonElement element = JsonParser.parseReader(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw ApiException.invalidJson("the request body has more after its JSON document, at " + reader.getPath());
      }
      checkArrays(element);
      return element;
    } catch (JsonParseException | IOException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof MalformedJsonException && String.valueOf(cause.getMessage()).startsWith("Nesting limit")) {
        throw tooComplex("nests objects and arrays deeper than " + MAX_DEPTH + " levels");
      }
      throw ApiException.invalidJson("the request body is not valid JSON: " + inputWords(firstLine(cause.getMessage())));
    }
  }

  /**
   * Checks only the limits of {@link #parse} on {@code text} (400 {@code json_too_complex}), leaving
   * malformed JSON to a parser that reports it in its own words.
   */
  static void checkLimits(String text) {
    try {
      parse(text);
    } catch (ApiException e) {
      if (e.error().code().equals(TOO_COMPLEX)) {
        throw e;
      }
    }
  }

  private static void checkArrays(JsonElement element) {
    if (element.isJsonArray()) {
      if (element.getAsJsonArray().size() > MAX_ARRAY_LENGTH) {
        throw tooComplex("has an array of more than " + MAX_ARRAY_LENGTH + " elements");
      }
      element.getAsJsonArray().forEach(Json::checkArrays);
    } else if (element.isJsonObject()) {
      element.getAsJsonObject().asMap().values().forEach(Json::checkArrays);
    }
  }

  private static ApiException tooComplex(String what) {
    return new ApiException(400, TOO_COMPLEX, "the request body " + what);
  }

  /** Gson's parse message with its advice to Java programmers ("Use JsonReader.setStrictness…") put in words about the input. */
  private static String inputWords(String message) {
    return message.replaceAll("Use JsonReader\\.setStrictness\\([^)]*\\) to accept malformed JSON", "malformed JSON");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "malformed JSON";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** An error without {@code parameter} when no one parameter is at fault, so the field is there only when it names one. */
  private static JsonElement error(ApiError error, Type type, JsonSerializationContext context) {
    JsonObject json = new JsonObject();
    json.addProperty("status", error.status());
    json.addProperty("code", error.code());
    if (error.parameter() != null) {
      json.addProperty("parameter", error.parameter());
    }
    json.addProperty("message", error.message());
    return json;
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
