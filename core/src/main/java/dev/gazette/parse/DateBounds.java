package dev.gazette.parse;

import dev.gazette.InvalidRequestException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * Reads the {@code from} and {@code to} bounds of a search, one rule for the server, the CLI and
 * the Java API: a date ({@code 2024-06-19}, the whole day in UTC) or an ISO-8601 date-time with or
 * without an offset ({@code 2024-06-19T11:03:00Z}; UTC when without). A date as an upper bound runs
 * to the last instant of that day.
 */
public final class DateBounds {
  private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
      .optionalStart().appendOffsetId().optionalEnd()
      .optionalEnd()
      .toFormatter();

  /** The earliest and latest instants a bound may name: years 0 to 9999, as dates in the index are stored. */
  private static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  private DateBounds() {}

  /** The first instant {@code text} covers, or {@code null} when it is {@code null}; refused naming {@code parameter}. */
  public static Instant start(String parameter, String text) {
    return parse(parameter, text, false);
  }

  /** The last instant {@code text} covers (a date: the end of that day), or {@code null}; refused naming {@code parameter}. */
  public static Instant end(String parameter, String text) {
    return parse(parameter, text, true);
  }

  private static Instant parse(String parameter, String text, boolean endOfDay) {
    if (text == null) {
      return null;
    }
    try {
      TemporalAccessor parsed = FORMAT.parseBest(text.strip(), OffsetDateTime::from, LocalDateTime::from,
          LocalDate::from);
      Instant instant = switch (parsed) {
        case OffsetDateTime dateTime -> dateTime.toInstant();
        case LocalDateTime dateTime -> dateTime.toInstant(ZoneOffset.UTC);
        case LocalDate date -> endOfDay
            ? date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1)
            : date.atStartOfDay(ZoneOffset.UTC).toInstant();
        default -> throw new IllegalStateException("a date parsed as " + parsed.getClass());
      };
      if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
        throw outOfRange(parameter, text);
      }
      return instant;
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(parameter, parameter + " must be a date like 2024-06-19 or a date-time like"
          + " 2024-06-19T11:03:00Z, not '" + text + "'");
    } catch (DateTimeException | ArithmeticException e) {
      throw outOfRange(parameter, text);
    }
  }

  private static InvalidRequestException outOfRange(String parameter, String text) {
    return new InvalidRequestException(parameter, parameter + " must fall in the years 0000 to 9999, not '" + text + "'");
  }
}
