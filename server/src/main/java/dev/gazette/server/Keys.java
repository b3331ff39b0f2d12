package dev.gazette.server;

import java.util.Locale;

/**
 * The keys a server was given and the rules they enforce: the admin key guards writes (401 without
 * a key, 403 with the search key); the optional search key, when set, guards reads too, which
 * either key then opens.
 *
 * @param admin the key writes need, or {@code null}: writes are open
 * @param search the key reads need, or {@code null}: reads are open
 */
record Keys(ApiKey admin, ApiKey search) {
  private static final String BEARER = "bearer ";

  /** Refuses a search key without an admin key, which would guard reads but leave writes open. */
  Keys {
    if (search != null && admin == null) {
      throw new IllegalArgumentException("a search key needs an admin key too (--api-key-file or GAZETTE_API_KEY);"
          + " otherwise reads would be guarded and writes open");
    }
  }

  /**
   * Checks the {@code Authorization} header {@code header} (or {@code null}) for a request that needs
   * {@code access}.
   *
   * @throws ApiException 401 when a needed key is missing or wrong, 403 for the search key on a write
   */
  void authorize(Access access, String header) {
    ApiKey needed = access == Access.WRITE ? admin : access == Access.READ ? search : null;
    if (needed == null) {
      return;
    }
    String presented = bearer(header);
    if (admin.matches(presented)) {
      return;
    }
    if (search != null && search.matches(presented)) {
      if (access == Access.READ) {
        return;
      }
      throw new ApiException(403, "forbidden", "the search key only reads; this request changes the index and needs"
          + " the admin key");
    }
    throw new ApiException(401, "unauthorized", access == Access.WRITE
        ? "this request changes the index and needs the header Authorization: Bearer <admin key>"
        : "this server needs the header Authorization: Bearer <search or admin key>");
  }

  private static String bearer(String header) {
    boolean bearer = header != null && header.toLowerCase(Locale.ROOT).startsWith(BEARER);
    return bearer ? header.substring(BEARER.length()).strip() : null;
  }
}
