package dev.gazette.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The key that write requests must present as {@code Authorization: Bearer <key>}.
 *
 * <p>Only the SHA-256 digest of the key is kept; a presented key is hashed the same way and the
 * digests compared with {@link MessageDigest#isEqual}, which takes the same time wherever they
 * differ, so neither the key nor its length leaks through timing.
 */
public final class ApiKey {
  private final byte[] digest;

  private ApiKey(byte[] digest) {
    this.digest = digest;
  }

  /** The key {@code secret}; surrounding whitespace (such as a file's final newline) is dropped. */
  public static ApiKey of(String secret) {
    String key = secret.strip();
    if (key.isEmpty()) {
      throw new IllegalArgumentException("the API key is empty");
    }
    return new ApiKey(sha256(key));
  }

  /** True when {@code presented} is this key. */
  public boolean matches(String presented) {
    return presented != null && MessageDigest.isEqual(digest, sha256(presented));
  }

  /** Never shows the key. */
  @Override
  public String toString() {
    return "ApiKey[redacted]";
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
