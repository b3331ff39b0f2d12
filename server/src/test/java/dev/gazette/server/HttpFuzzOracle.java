package dev.gazette.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What every answer of the server must be, whatever was asked: a status below 500; on a 4xx (but
 * to HEAD) {@code Content-Type: application/json} and the body {@code {"error": {"status", "code",
 * "message"}}} with the same status; any JSON answer parseable; a 2xx with a media type and a body
 * (a search cut short is no success); no stack trace or Java class name;
 * and within the time bound. Error bodies are held to the plain markers ({@code java.}, {@code
 * Exception}, {@code at dev.}, {@code io.undertow}, ...); successful ones, which carry article text
 * (Reuters writes "Exception" now and then), to the shape of a class name or a stack frame. The
 * fuzzer never sends a marker itself ({@link #mentionsMarker}), so a marker in an answer is the
 * server's own.
 */
final class HttpFuzzOracle {
  private HttpFuzzOracle() {}

  private static final List<String> MARKERS = List.of("java.", "javax.", "Exception", "at dev.", "io.undertow",
      "org.xnio", "org.apache", "com.google", "dev.gazette", "Caused by");
  private static final Pattern CLASS_NAME = Pattern.compile(
      "\\b(java|javax|jdk|sun|io\\.undertow|org\\.xnio|org\\.apache|com\\.google|dev\\.gazette)\\.[\\w$.]*[A-Z]"
          + "|[A-Z][A-Za-z]*Exception\\b|\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|Caused by: ");
  private static final List<String> SENT_MARKERS = List.of("java", "exception", "undertow", "xnio", "apache",
      "google", "gazette.", "at dev", "caused by");

  /** The violations {@code answer} to {@code request} commits; {@code boundMillis} is the time it may take. */
  static List<String> violations(HttpFuzzRequest request, HttpFuzzConnection.Answer answer, double boundMillis) {
    List<String> violations = new ArrayList<>();
    int status = answer.status();
    if (status >= 500) {
      violations.add("5xx");
    }
    if (answer.millis() > boundMillis) {
      violations.add("slower than " + (long) boundMillis + " ms");
    }
    String text = new String(answer.body(), StandardCharsets.UTF_8);
    boolean json = answer.header("content-type").toLowerCase(Locale.ROOT).startsWith("application/json");
    if (status >= 400 && !request.head()) {
      if (!json) {
        violations.add("4xx/5xx without Content-Type application/json");
      } else if (!isErrorBody(text, status)) {
        violations.add("error body is not {\"error\":{status,code,message}}");
      }
    } else if (json && !request.head() && !parses(text)) {
      violations.add("application/json answer that is not JSON");
    } else if (status / 100 == 2 && status != 204 && !request.head()
        && (answer.header("content-type").isEmpty() || text.isEmpty())) {
      violations.add("2xx without Content-Type or body");
    }
    if (status >= 300 ? MARKERS.stream().anyMatch(text::contains) : CLASS_NAME.matcher(text).find()) {
      violations.add("stack trace or Java class name in the body");
    }
    return violations;
  }

  /** Whether {@code request} holds a marker in any spelling, plain or percent-decoded: such requests are not sent. */
  static boolean mentionsMarker(byte[] request) {
    String plain = new String(request, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    String decoded = new String(percentDecode(request), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).replace('+', ' ');
    return SENT_MARKERS.stream().anyMatch(marker -> plain.contains(marker) || decoded.contains(marker));
  }

  private static boolean isErrorBody(String text, int status) {
    try {
      JsonElement json = JsonParser.parseString(text);
      JsonObject error = json.getAsJsonObject().getAsJsonObject("error");
      return error.get("status").getAsInt() == status && !error.get("code").getAsString().isBlank()
          && !error.get("message").getAsString().isBlank();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean parses(String text) {
    try {
      JsonParser.parseString(text);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static byte[] percentDecode(byte[] bytes) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
        out.write(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
        i += 2;
      } else {
        out.write(bytes[i]);
      }
    }
    return out.toByteArray();
  }

  private static int hex(byte b) {
    return Character.digit((char) (b & 0xff), 16);
  }
}
