package dev.gazette.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the publication dates news sources write, strictly: a text is either in one of the
 * accepted forms with real values, or it is not a date.
 *
 * <p>Accepted dates: {@code 06.19.24} and {@code 06/19/2024} (month first; a two-digit year means
 * 1970–2069), {@code 2024-06-19}, {@code June 19, 2024} or {@code Jun 19, 2024}, and Reuters'
 * {@code 26-FEB-1987}. Each may be followed by a time — {@code 11:03 AM}, {@code 11:03}, {@code
 * 23:03:15}, {@code 15:01:01.79} — after a space, a comma or (ISO-8601) a {@code T}, and the time
 * by a zone: {@code Z}, {@code UTC}, {@code GMT} or an offset such as {@code +02:00}. A date
 * without a time is taken at midnight; without a zone it is taken as UTC, because news archives
 * rarely say and UTC keeps the instant the same on every machine.
 */
public final class DateParser {
  private static final String MONTH_NAME =
      "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
  private static final String DATE =
      "(?:(?<isoY>\\d{4})-(?<isoM>\\d{2})-(?<isoD>\\d{2})"
          + "|(?<usM>\\d{1,2})(?<sep>[./])(?<usD>\\d{1,2})\\k<sep>(?<usY>\\d{4}|\\d{2})"
          + "|(?<nameM>"
          + MONTH_NAME
          + ")\\.?\\s+(?<nameD>\\d{1,2}),?\\s+(?<nameY>\\d{4})"
          + "|(?<dmyD>\\d{1,2})-(?<dmyM>"
          + MONTH_NAME
          + ")-(?<dmyY>\\d{4}))";
  private static final String TIME =
      "(?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2})(?:[.,](?<fraction>\\d{1,9}))?)?"
          + "(?:\\s*(?<half>[ap])\\.?m\\.?)?"
          + "(?:\\s*(?<zone>z|utc|gmt|[+-]\\d{2}(?::?\\d{2})?))?";
  private static final Pattern FULL =
      Pattern.compile(
          DATE + "(?:(?:t|,|,?\\s+(?:at\\s+)?)" + TIME + ")?", Pattern.CASE_INSENSITIVE);
  private static final Pattern START = Pattern.compile(DATE + "(?!\\d)", Pattern.CASE_INSENSITIVE);
  private static final int MAX_DATELINE = 40;
  /** The furthest a zone offset may be from UTC, in hours, as java.time allows. */
  private static final int MAX_OFFSET_HOURS = 18;
  private static final String FORMS =
      "such as 2024-06-19, 06/19/2024, June 19, 2024, 06.19.24 11:03 AM or 2024-06-19T11:03:00Z";

  private DateParser() {}

  /**
   * The instant {@code text} names, or empty when {@code text} is not in an accepted form.
   *
   * @throws BadInputException when {@code text} is in an accepted form but names no real date or
   *     time (for example {@code 13.45.24}), saying which value is wrong ("month 13 is not between 1
   *     and 12")
   */
  public static Optional<Instant> parse(String text) {
    String trimmed = text.strip();
    Matcher m = FULL.matcher(trimmed);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      LocalDateTime local = LocalDateTime.of(date(m), time(m));
      return Optional.of(local.toInstant(zone(m.group("zone"))));
    } catch (DateTimeException e) {
      throw new BadInputException("invalid date '" + trimmed + "': " + e.getMessage());
    }
  }

  /**
   * The instant {@code text} names.
   *
   * @throws BadInputException when {@code text} is not an accepted form or names no real date
   */
  public static Instant parseRequired(String text) {
    return parse(text)
        .orElseThrow(
            () ->
                new BadInputException(
                    "unrecognised date '" + text.strip() + "'; expected a date " + FORMS));
  }

  /** True when {@code text} is in an accepted form, whether or not its values are real. */
  public static boolean isDateForm(String text) {
    return FULL.matcher(text.strip()).matches();
  }

  /**
   * True when {@code line} is short and starts like a date, so that a source meant it as one even
   * if it does not {@link #parse}: tells a bad dateline from a missing one.
   */
  public static boolean looksLikeDate(String line) {
    String trimmed = line.strip();
    return trimmed.length() <= MAX_DATELINE && START.matcher(trimmed).lookingAt();
  }

  private static LocalDate date(Matcher m) {
    if (m.group("isoY") != null) {
      return day(number(m, "isoY"), number(m, "isoM"), number(m, "isoD"));
    }
    if (m.group("usY") != null) {
      return day(fullYear(m.group("usY")), number(m, "usM"), number(m, "usD"));
    }
    if (m.group("nameY") != null) {
      return day(number(m, "nameY"), month(m.group("nameM")), number(m, "nameD"));
    }
    return day(number(m, "dmyY"), month(m.group("dmyM")), number(m, "dmyD"));
  }

  /** The day, checked first so that a wrong value is named in our words rather than java.time's. */
  private static LocalDate day(int year, int month, int day) {
    within("month", month, 1, 12);
    YearMonth yearMonth = YearMonth.of(year, month);
    if (day < 1 || day > yearMonth.lengthOfMonth()) {
      throw new DateTimeException("day " + day + " is not between 1 and " + yearMonth.lengthOfMonth() + " in "
          + yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year);
    }
    return LocalDate.of(year, month, day);
  }

  /** A two-digit year means 1970–2069: old enough for news archives, new enough for today. */
  private static int fullYear(String year) {
    int value = Integer.parseInt(year);
    if (year.length() > 2) {
      return value;
    }
    return value < 70 ? 2000 + value : 1900 + value;
  }

  private static LocalTime time(Matcher m) {
    if (m.group("hour") == null) {
      return LocalTime.MIDNIGHT;
    }
    int hour = number(m, "hour");
    String half = m.group("half");
    if (half != null) {
      within("hour on a 12-hour clock", hour, 1, 12);
      hour = hour % 12 + (half.equalsIgnoreCase("p") ? 12 : 0);
    }
    int second = m.group("second") == null ? 0 : number(m, "second");
    String fraction = m.group("fraction");
    int nanos = fraction == null ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
    return LocalTime.of(within("hour", hour, 0, 23), within("minute", number(m, "minute"), 0, 59),
        within("second", second, 0, 59), nanos);
  }

  private static ZoneOffset zone(String zone) {
    if (zone == null || zone.length() <= 3 && Character.isLetter(zone.charAt(0))) {
      return ZoneOffset.UTC; // no zone, Z, UTC or GMT
    }
    int hours = Integer.parseInt(zone.substring(1, 3));
    int minutes = zone.length() > 3 ? Integer.parseInt(zone.substring(zone.length() - 2)) : 0;
    if (minutes > 59 || hours * 60 + minutes > MAX_OFFSET_HOURS * 60) {
      throw new DateTimeException("the zone offset " + zone + " is not an offset between -18:00 and +18:00");
    }
    int sign = zone.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  /** {@code value}, or a {@code DateTimeException} saying in our words that {@code what} is out of range. */
  private static int within(String what, int value, int min, int max) {
    if (value < min || value > max) {
      throw new DateTimeException(what + " " + value + " is not between " + min + " and " + max);
    }
    return value;
  }

  private static int month(String name) {
    String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
    return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(prefix) / 3 + 1;
  }

  private static int number(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }
}
