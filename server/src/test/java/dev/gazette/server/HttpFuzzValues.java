package dev.gazette.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Random values for the HTTP fuzzer: words, numbers, dates, booleans, facet filters, query syntax
 * torture, and the many ways of percent-encoding a value into a URL, good and bad. Every method
 * takes the caller's seeded {@link Random}, so a run repeats exactly from its seed.
 */
final class HttpFuzzValues {
  private HttpFuzzValues() {}

  static final List<String> WORDS = List.of("oil", "prices", "wheat", "opec", "bank", "rates", "dollar", "trade",
      "deficit", "shares", "profit", "quarter", "market", "exports", "government", "coffee", "cocoa", "grain", "gold",
      "japan", "brazil", "bahia", "korea", "north", "sanctions", "tonnes", "crude", "yen", "billion", "said", "the");
  static final List<String> DIMENSIONS = List.of("country", "published", "topics", "places", "people", "orgs",
      "exchanges", "tags", "author", "section", "language", "person", "organization", "title", "body", "id", "nope",
      "", "Country", "published/1987");
  private static final List<String> NUMBERS = List.of("-1", "0", "1", "2", "5", "10", "20", "21", "99", "100", "101",
      "1000", "1001", "9999", "10000", "10001", "2147483647", "2147483648", "-2147483649", "9223372036854775808",
      "99999999999999999999999", "1e3", "0x10", "1.5", "-0", "+5", " 5", "5 ", "\uFF15", "\u0663", "", "NaN",
      "Infinity", "1_000", "08", "\u00B2");
  private static final List<String> DATES = List.of("2024-06-19", "1987-02-26", "1987-02-30", "2024-13-01",
      "0000-01-01", "-999999999-01-01", "+999999999-12-31", "1987-02-26T10:00:00Z", "1987-02-26T25:00:00Z",
      "2024-06-19T00:00:00+25:00", "06/19/2024", "June 19, 2024", "19870226", "1987", "1987-02", "T", "now", "");
  private static final List<String> PUBLISHED = List.of("1987", "1987/02", "1987/03", "1987//03", "/1987", "/",
      "1987/13", "1987/02/26", "99999", "-1", "1987/", "//", "1987/02/", "0/0");
  private static final List<String> TOKENS = List.of("\"", "*", "-", "+", "OR", "AND", "NOT", "(", ")", ":", "\\",
      "~", "^", "?", "'", "&&", "||", "!", "[", "]", "{", "}", "/", "title:", "id:", "country:", "topics:", "a*",
      "co*", "ma*", "pr*", "st*", "re*", "*oil", "oil*", "o*", "\"north korea\"", "\"unclosed", "-wheat", "NOT oil",
      "OR OR", "AND OR", "\u00E9t\u00E9", "\u4E2D\u6587", "\uD83D\uDE00", "\u202Eevil", "\u0000", "\t", "\u00A0",
      "\uFEFF", "\uD800", "\uDFFF", "\u0301", "\u0130");
  private static final List<String> BAD_ESCAPES = List.of("%", "%Z", "%ZZ", "%G1", "%1", "%C3", "%FF", "%C0%AF",
      "%ED%A0%80", "%F4%90%80%80", "%00", "%0D%0A", "%25", "%2525", "%u0041", "%%", "%E2%82", "%80", "%FE%FF");
  private static final List<String> RAW = List.of("\"", "{", "}", "|", "^", "<", ">", "`", "\\", "#", " ", "[", "]",
      "&", "=", ";", "+", "?", "/");

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  /** One of {@code options}. */
  static <T> T pick(Random random, List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  /** True with probability {@code 1 / n}. */
  static boolean oneIn(Random random, int n) {
    return random.nextInt(n) == 0;
  }

  static String word(Random random) {
    return pick(random, WORDS);
  }

  /** A number, often at a documented boundary, sometimes not a number at all. */
  static String number(Random random) {
    return oneIn(random, 5) ? Long.toString(random.nextLong() >> random.nextInt(64)) : pick(random, NUMBERS);
  }

  static String bool(Random random) {
    return pick(random, List.of("true", "false", "TRUE", "False", "yes", "1", "0", "", "maybe", "true "));
  }

  static String date(Random random) {
    return oneIn(random, 6) ? text(random, 12) : pick(random, DATES);
  }

  /** A facet filter {@code dimension:value}, sometimes malformed. */
  static String filter(Random random) {
    String dimension = pick(random, DIMENSIONS);
    String value = switch (random.nextInt(5)) {
      case 0 -> pick(random, PUBLISHED);
      case 1 -> pick(random, List.of("usa", "japan", "earn", "grain", "crude", "Russia", "United States"));
      case 2 -> "x".repeat(pick(random, List.of(512, 513, 8192, 9000)));
      case 3 -> text(random, 20);
      default -> word(random);
    };
    return switch (random.nextInt(8)) {
      case 0 -> value;
      case 1 -> dimension + ":";
      case 2 -> ":" + value;
      default -> dimension + ":" + value;
    };
  }

  /** Comma-separated dimensions, with duplicates, blanks and unknowns. */
  static String dimensions(Random random) {
    int count = oneIn(random, 20) ? 1 + random.nextInt(2000) : 1 + random.nextInt(4);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(i > 0 ? "," : "").append(pick(random, DIMENSIONS));
    }
    return out.toString();
  }

  /** Query syntax torture: words, phrases, operators, fields, prefixes, up to and past the 64-word limit. */
  static String query(Random random) {
    if (oneIn(random, 20)) {
      return prefixes(random, pick(random, List.of(2, 5, 6, 8, 12, 16, 32, 64, 65)));
    }
    int count = switch (random.nextInt(50)) {
      case 0 -> pick(random, List.of(63, 64, 65, 100, 1000));
      case 1, 2, 3, 4, 5 -> 0;
      default -> 1 + random.nextInt(6);
    };
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(i > 0 ? pick(random, List.of(" ", " ", "  ", "\t", "")) : "");
      out.append(switch (random.nextInt(8)) {
        case 0, 1, 2 -> word(random);
        case 3 -> word(random).substring(0, 1 + random.nextInt(2)) + "*";
        case 4 -> pick(random, DIMENSIONS) + ":" + word(random);
        case 5 -> text(random, 6);
        default -> pick(random, TOKENS);
      });
    }
    return oneIn(random, 30) ? out + "x".repeat(2000) : out.toString();
  }

  /** {@code count} two- or three-letter prefixes ({@code co* ma* pr*}), as a search box sends them while a user types. */
  static String prefixes(Random random, int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      String word = word(random);
      out.append(i > 0 ? " " : "").append(word, 0, Math.min(word.length(), 2 + random.nextInt(2))).append('*');
    }
    return out.toString();
  }

  /** Text of about {@code length} characters: ASCII, accents, CJK, emoji, controls, lone surrogates. */
  static String text(Random random, int length) {
    StringBuilder out = new StringBuilder();
    int n = random.nextInt(length + 1);
    for (int i = 0; i < n; i++) {
      switch (random.nextInt(10)) {
        case 0 -> out.append((char) random.nextInt(0x20));
        case 1 -> out.append((char) (0xA0 + random.nextInt(0x2F00)));
        case 2 -> out.appendCodePoint(0x1F300 + random.nextInt(0x300));
        case 3 -> out.append((char) (0xD800 + random.nextInt(0x800)));
        case 4 -> out.append(pick(random, TOKENS));
        default -> out.append((char) (0x20 + random.nextInt(0x5F)));
      }
    }
    return out.toString();
  }

  /** A value encoded into a URL in one of many ways; some leave it raw, some break the escapes on purpose. */
  static byte[] encode(Random random, String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int mode = random.nextInt(10);
    for (byte b : utf8) {
      int c = b & 0xff;
      boolean unreserved = Character.isLetterOrDigit(c) && c < 0x80 || "-._~".indexOf(c) >= 0;
      if (mode <= 5 && unreserved || mode == 6 && c > 0x20 && c != '%' && c != '&' && c != '#') {
        out.write(c);
      } else if (mode == 7 && c == ' ') {
        out.write('+');
      } else if (mode == 8) {
        out.write(c); // raw, whatever it is
      } else {
        out.write('%');
        out.write(HEX[c >> 4]);
        out.write(HEX[c & 0xf]);
      }
      if (mode == 9 && oneIn(random, 8) || oneIn(random, 200)) {
        out.writeBytes(pick(random, oneIn(random, 2) ? BAD_ESCAPES : RAW).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  /** Random bytes, sometimes all printable. */
  static byte[] bytes(Random random, int length) {
    byte[] bytes = new byte[random.nextInt(length + 1)];
    random.nextBytes(bytes);
    if (oneIn(random, 2)) {
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (0x21 + (bytes[i] & 0x7f) % 0x5e);
      }
    }
    return bytes;
  }

  /** Invalid UTF-8: a stray continuation byte, a truncated sequence, an overlong form, a surrogate, 0xFF. */
  static byte[] invalidUtf8(Random random) {
    return pick(random, List.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xC0, (byte) 0xAF},
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xE2, (byte) 0x82},
        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}));
  }
}
