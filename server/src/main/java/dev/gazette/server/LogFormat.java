package dev.gazette.server;

/** How the server writes its log: {@code --log-format} or {@code GAZETTE_LOG_FORMAT}. */
public enum LogFormat {
  /** One readable line per message, led by a timestamp and a level. */
  TEXT,
  /** One JSON object per line, for log collectors. */
  JSON
}
