package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Error messages speak of the input: a Java class name a library put in one never reaches a client. */
class ApiErrorTest {
  @Test
  void exceptionClassNamesAreDropped() {
    assertEquals("the request body is not valid JSON: End of input at line 1",
        new ApiError(400, "invalid_json", "the request body is not valid JSON: java.io.EOFException: End of input at line 1")
            .message());
    assertEquals("bad value", new ApiError(400, "x", "com.google.gson.JsonSyntaxException: bad value").message());
  }

  @Test
  void wordsAboutTheInputStayAsTheyAre() {
    String message = "field 'published': invalid date '2024-99-99'; see docs/http-api.md or e.g. Exception handling";
    assertEquals(message, new ApiError(400, "invalid_article", message).message());
  }
}
