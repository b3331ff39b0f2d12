package dev.gazette.server;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Keeps what the server logs to its loggers ({@code gazette}, {@code gazette.access}, {@code
 * gazette.slow-query}) while open, each event as the line {@code LEVEL logger message} (the text
 * format without its time), and keeps it off the test run's console.
 */
final class LogCapture implements AutoCloseable {
  private final List<String> lines = new ArrayList<>();
  private final Logger logger;
  private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
    @Override
    protected void append(ILoggingEvent event) {
      synchronized (lines) {
        lines.add(event.getLevel() + " " + event.getLoggerName() + " " + event.getFormattedMessage());
      }
    }
  };

  LogCapture() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    logger = context.getLogger(Log.APPLICATION);
    logger.setAdditive(false);
    appender.setContext(context);
    appender.start();
    logger.addAppender(appender);
  }

  /** The lines logged so far. */
  List<String> lines() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    appender.stop();
  }
}
