package dev.gazette.server;

/**
 * A request the server refuses, carrying the {@link ApiError} to answer with. Thrown by endpoints
 * and turned into a JSON error response by {@link ApiHandler}; it has no stack trace because it is
 * an expected outcome, not a fault.
 */
final class ApiException extends RuntimeException {
  private final transient ApiError error;

  ApiException(int status, String code, String message) {
    this(new ApiError(status, code, message));
  }

  private ApiException(ApiError error) {
    super(error.message(), null, false, false);
    this.error = error;
  }

  /** The error to send. */
  ApiError error() {
    return error;
  }

  /** 400: a query parameter or body field is out of range or malformed. */
  static ApiException invalidParameter(String message) {
    return new ApiException(400, "invalid_parameter", message);
  }

  /** 400: the request parameter {@code parameter} is out of range or malformed. */
  static ApiException invalidParameter(String parameter, String message) {
    return new ApiException(new ApiError(400, "invalid_parameter", parameter, message));
  }

  /** 400: the body is not the JSON the endpoint expects. */
  static ApiException invalidJson(String message) {
    return new ApiException(400, "invalid_json", message);
  }

  /** 404: no such resource. */
  static ApiException notFound(String message) {
    return new ApiException(404, "not_found", message);
  }

  /** 503: the index is not open yet. */
  static ApiException notReady() {
    return new ApiException(503, "not_ready", "the index is not ready yet; retry in a moment");
  }
}
