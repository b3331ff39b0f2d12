package dev.gazette.server;

import java.util.Locale;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * How the server writes its log: {@code --log-format} or {@code GAZETTE_LOG_FORMAT}. The bundled
 * {@code logback.xml} includes {@code logback-gazette-text.xml} or {@code logback-gazette-json.xml}
 * by the system property {@value #PROPERTY}; a {@code logback.xml} of the operator's own ({@code
 * -Dlogback.configurationFile=}) replaces it and may read that property too.
 */
public enum LogFormat {
  /** One readable line per message: time, level, logger, message. */
  TEXT,
  /** One JSON object per line, for log collectors ({@link JsonLogEncoder}). */
  JSON;

  /** The system property the Logback configuration reads the format from. */
  public static final String PROPERTY = "gazette.log.format";

  /**
   * Makes this the process's log format and routes {@code java.util.logging} (Lucene's) into SLF4J;
   * call it before anything logs, since Logback reads its configuration once, on first use.
   */
  void install() {
    System.setProperty(PROPERTY, name().toLowerCase(Locale.ROOT));
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
  }
}
