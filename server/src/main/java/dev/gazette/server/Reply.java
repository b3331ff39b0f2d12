package dev.gazette.server;

/**
 * What an endpoint answers: a status and a JSON body.
 *
 * @param status the HTTP status
 * @param json the body, as JSON text
 */
record Reply(int status, String json) {

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
