package dev.gazette.server;

/** What a route needs before its endpoint runs. */
enum Access {
  /** Nothing: answers even while the index is opening (health, the OpenAPI document). */
  OPEN,
  /** An open index (503 until then). */
  READ,
  /** An open index and, when a key is configured, {@code Authorization: Bearer <key>} (401 without). */
  WRITE
}
