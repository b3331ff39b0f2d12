package dev.gazette.embeddings;

/**
 * Keeps DJL's tokenizer library offline. Unless told otherwise, DJL's {@code
 * HuggingFaceTokenizer.newInstance} asks the cloud metadata address (169.254.169.254) whether it
 * runs on EC2 and, when it does, reports the instance to DJL's telemetry; and when its native
 * library is not in the jar it downloads one. Gazette promises no network at run time, so before
 * the first tokenizer is made this sets DJL's own switches, {@code ai.djl.offline} and {@code
 * OPT_OUT_TRACKING}, to {@code true} as system properties, unless the application has already set
 * them. The native library then comes only from the tokenizers jar (Linux and macOS on arm64 and
 * x86-64, Windows x86-64), extracted once to DJL's cache folder ({@code ~/.djl.ai}, or {@code
 * DJL_CACHE_DIR}).
 */
final class DjlSettings {
  static final String OFFLINE = "ai.djl.offline";
  static final String NO_TRACKING = "OPT_OUT_TRACKING";

  private DjlSettings() {}

  /** Sets DJL's offline and no-tracking switches unless already set. */
  static void stayOffline() {
    setUnlessSet(OFFLINE);
    setUnlessSet(NO_TRACKING);
  }

  private static void setUnlessSet(String property) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, "true");
    }
  }
}
