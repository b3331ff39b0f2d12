package dev.gazette.server;

/** What a route needs before its endpoint runs. */
enum Access {
  /** Nothing: answers even while the index is opening (health, the OpenAPI document). */
  OPEN,
  /** An open index (503 until then) and, when a search key is configured, either key (401 without). */
  READ,
  /**
   * An open index and, when an admin key is configured, {@code Authorization: Bearer <admin key>}
   * (401 without, 403 with the search key).
   */
  WRITE
}
