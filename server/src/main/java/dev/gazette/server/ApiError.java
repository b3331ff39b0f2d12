package dev.gazette.server;

/**
 * The body of every error answer: {@code {"error": {"status": 400, "code": "...", "message": "..."}}},
 * with {@code "parameter"} beside them when one request parameter is at fault.
 *
 * @param status the HTTP status
 * @param code a stable, machine-readable name of the problem (for example {@code invalid_parameter})
 * @param parameter the request parameter at fault (for example {@code size}), or {@code null}
 * @param message what went wrong, in words a user can act on; never a stack trace
 */
public record ApiError(int status, String code, String parameter, String message) {

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
