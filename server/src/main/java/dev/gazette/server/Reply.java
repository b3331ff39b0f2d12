package dev.gazette.server;

/**
 * What an endpoint answers: a status and a body, JSON unless said otherwise.
 *
 * @param status the HTTP status
 * @param contentType the body's media type
 * @param body the body text
 */
record Reply(int status, String contentType, String body) {
  /** The media type of JSON bodies. */
  static final String JSON = "application/json; charset=utf-8";

  /** {@code status} with {@code json}, text that is already JSON. */
  Reply(int status, String json) {
    this(status, JSON, json);
  }

  /** 200 with {@code body} as JSON. */
  static Reply ok(Object body) {
    return of(200, body);
  }

  /** {@code status} with {@code body} as JSON. */
  static Reply of(int status, Object body) {
    return new Reply(status, Json.write(body));
  }

  /** The JSON answer for {@code error}. */
  static Reply error(ApiError error) {
    return of(error.status(), error.envelope());
  }
}
