package dev.gazette.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The one strict percent-decoder of URLs: every {@code %} must start an escape of two hex digits,
 * and the bytes, escaped or sent as they are, must be UTF-8. Undertow's own decoding is off
 * ({@code DECODE_URL=false}) because it answers a bad escape with a bare 400 and takes invalid UTF-8
 * as U+FFFD; this one answers both with a JSON 400 that names the part of the URL at fault.
 *
 * <p>Undertow hands the URL over undecoded, one character per byte received, so a character up to
 * U+00FF is that byte.
 */
final class PercentDecoder {
  private PercentDecoder() {}

  /**
   * The text {@code raw} encodes.
   *
   * @param raw the URL part as received
   * @param plusIsSpace whether {@code +} means a space (query strings) or itself (paths)
   * @param what the part, for the message: {@code the query parameter 'q'}, say
   * @param code the error code of the refusal
   * @throws ApiException 400 {@code code} for a malformed escape or bytes that are not UTF-8
   */
  static String decode(String raw, boolean plusIsSpace, String what, String code) {
    if (raw.indexOf('%') < 0 && (!plusIsSpace || raw.indexOf('+') < 0) && isAscii(raw)) {
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int high = i + 1 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
        int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
        if (high < 0 || low < 0) {
          String escape = raw.substring(i, Math.min(raw.length(), i + 3));
          throw new ApiException(400, code, what + " has a malformed percent escape '" + escape
              + "': % must be followed by two hex digits (write a % itself as %25)");
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else if (c > 0xFF) {
        throw notUtf8(what, code);
      } else {
        bytes.write(c);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw notUtf8(what, code);
    }
  }

  private static ApiException notUtf8(String what, String code) {
    return new ApiException(400, code, what + " is not UTF-8 text once percent-decoded; encode text as UTF-8"
        + " (é is %C3%A9)");
  }

  private static boolean isAscii(String raw) {
    return raw.chars().allMatch(c -> c < 0x80);
  }
}
