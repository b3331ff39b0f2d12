package dev.gazette.parse;

import com.google.gson.JsonElement;
import com.google.gson.JsonIOException;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Strict JSON parsing on Gson, with error messages fit for a user rather than a developer. */
final class Json {
  /** Gson appends the place to its messages: {@code ... at line 3 column 7 path $.title}. */
  private static final Pattern PLACE =
      Pattern.compile("(?s)(.*?) at line (\\d+) column (\\d+) path \\S*.*");

  private Json() {}

  /** A reader that accepts only standard JSON (no comments, unquoted names or single quotes). */
  static JsonReader strictReader(Reader reader) {
    JsonReader json = new JsonReader(reader);
    json.setStrictness(Strictness.STRICT);
    return json;
  }

  /**
   * The one JSON object {@code text} holds.
   *
   * @throws BadInputException when {@code text} is not exactly one JSON object
   */
  static JsonObject parseObject(String text) {
    JsonReader json = strictReader(new StringReader(text));
    JsonElement element;
    try {
      element = next(json);
    } catch (IOException e) {
      throw broken(e);
    }
    requireEnd(json, "the object");
    return object(element);
  }

  /**
   * Checks that nothing but white space follows the value {@code json} has read.
   *
   * @param value what that value was, for the message
   */
  static void requireEnd(JsonReader json, String value) {
    boolean end;
    try {
      end = json.peek() == JsonToken.END_DOCUMENT;
    } catch (IOException e) {
      end = false;
    }
    if (!end) {
      throw new BadInputException(
          line(json), "broken JSON: unexpected text after the end of " + value);
    }
  }

  /**
   * The next JSON value from {@code json}.
   *
   * @throws BadInputException when the text there is not valid JSON
   */
  static JsonElement next(JsonReader json) throws IOException {
    try {
      return JsonParser.parseReader(json);
    } catch (JsonIOException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw broken(e);
    } catch (JsonParseException e) {
      throw broken(e.getCause() == null ? e : e.getCause());
    }
  }

  /** {@code element} as an object, or a reason why it is not an article. */
  static JsonObject object(JsonElement element) {
    if (!element.isJsonObject()) {
      throw new BadInputException(
          "not a JSON object: an article must be {...}, not " + kind(element));
    }
    return element.getAsJsonObject();
  }

  /** The 1-based line {@code json} is at (the line of the token it last looked at), or 0. */
  static long line(JsonReader json) {
    Matcher place = PLACE.matcher(json.toString());
    return place.matches() ? Long.parseLong(place.group(2)) : 0;
  }

  /** What kind of JSON value {@code element} is, in words. */
  static String kind(JsonElement element) {
    if (element.isJsonArray()) {
      return "an array";
    }
    if (element.isJsonObject()) {
      return "an object";
    }
    if (element.isJsonNull()) {
      return "null";
    }
    return element.getAsJsonPrimitive().isString() ? "a string" : "a number or boolean";
  }

  /** A syntax error as bad input at its line, with Gson's developer hints removed. */
  static BadInputException broken(Throwable e) {
    String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    Matcher place = PLACE.matcher(message);
    if (!place.matches()) {
      return new BadInputException("broken JSON: " + message);
    }
    String reason =
        place
            .group(1)
            .replaceFirst("^Use JsonReader.* to accept malformed JSON$", "malformed JSON");
    return new BadInputException(
        Long.parseLong(place.group(2)),
        "broken JSON: " + reason + " (column " + place.group(3) + ")");
  }
}
