package dev.gazette.highlight;

/** HTML escaping of article text, so nothing an article holds can become live markup. */
public final class Html {
  private Html() {}

  /** {@code text} with {@code & < > " '} replaced by entities, appended to {@code out}. */
  public static void escape(CharSequence text, int start, int end, StringBuilder out) {
    int plain = start;
    for (int i = start; i < end; i++) {
      String entity = switch (text.charAt(i)) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (entity != null) {
        out.append(text, plain, i).append(entity);
        plain = i + 1;
      }
    }
    out.append(text, plain, end);
  }

  /** {@code text} escaped. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(text, 0, text.length(), out);
    return out.toString();
  }
}
