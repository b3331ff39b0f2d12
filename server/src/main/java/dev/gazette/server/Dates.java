package dev.gazette.server;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parses the {@code from} and {@code to} search bounds: a date ({@code 2024-06-19}, the whole day in
 * UTC) or an ISO-8601 date-time with or without an offset (UTC when without).
 */
final class Dates {
  private Dates() {}

  /** The first instant {@code value} covers, or {@code null} when absent. */
  static Instant start(String name, String value) {
    return parse(name, value, false);
  }

  /** The last instant {@code value} covers (a date means up to the end of that day), or {@code null}. */
  static Instant end(String name, String value) {
    return parse(name, value, true);
  }

  private static Instant parse(String name, String value, boolean endOfDay) {
    if (value == null) {
      return null;
    }
    String text = value.strip();
    try {
      if (text.length() == 10) {
        LocalDate day = LocalDate.parse(text);
        return endOfDay
            ? day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1)
            : day.atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e) {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      }
    } catch (DateTimeParseException e) {
      throw ApiException.invalidParameter(name, name + " must be a date like 2024-06-19 or a date-time like"
          + " 2024-06-19T11:03:00Z, not '" + value + "'");
    }
  }
}
