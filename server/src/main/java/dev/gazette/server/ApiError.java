package dev.gazette.server;

import java.util.regex.Pattern;

/**
 * The body of every error answer: {@code {"error": {"status": 400, "code": "...", "message": "..."}}},
 * with {@code "parameter"} beside them when one request parameter is at fault.
 *
 * @param status the HTTP status
 * @param code a stable, machine-readable name of the problem (for example {@code invalid_parameter})
 * @param parameter the request parameter at fault (for example {@code size}), or {@code null}
 * @param message what went wrong, in words a user can act on; never a stack trace, and never a Java
 *     class name: one that slipped into a library's message ({@code java.io.EOFException: End of
 *     input}) is dropped, leaving the words about the input
 */
public record ApiError(int status, String code, String parameter, String message) {
  /** A qualified exception class name as {@code Throwable.toString()} writes it, with its colon. */
  private static final Pattern EXCEPTION_CLASS =
      Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:?\\s*");

  /** Drops exception class names from {@code message}. */
  public ApiError {
    message = message == null ? "" : EXCEPTION_CLASS.matcher(message).replaceAll("");
  }

  /** An error no single parameter is at fault for. */
  public ApiError(int status, String code, String message) {
    this(status, code, null, message);
  }

  /** 503: the server has more of this kind of work than it takes at once; the client may retry shortly. */
  static ApiError overloaded(String message) {
    return new ApiError(503, "overloaded", message);
  }

  /** The JSON envelope clients receive. */
  record Envelope(ApiError error) {}

  /** This error wrapped as the response body. */
  Envelope envelope() {
    return new Envelope(this);
  }
}
