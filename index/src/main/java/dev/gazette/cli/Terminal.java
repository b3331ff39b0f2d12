package dev.gazette.cli;

import java.io.Console;

/**
 * Whether output goes to a person's terminal, which chooses a redrawn progress bar over periodic
 * lines and bold highlights over plain text.
 *
 * @param interactive true when standard input and output are a terminal that understands ANSI codes
 */
record Terminal(boolean interactive) {

  /** Plain output, as for a pipe or a file. */
  static final Terminal PLAIN = new Terminal(false);

  /** The terminal this process runs on: interactive when it has a console and {@code TERM} is not {@code dumb}. */
  static Terminal detect() {
    return new Terminal(isTerminal(System.console()) && !"dumb".equals(System.getenv("TERM")));
  }

  /** ANSI bold on, or nothing when not interactive or when {@code NO_COLOR} is set (https://no-color.org). */
  String boldOn() {
    return styled() ? "\u001b[1m" : "";
  }

  /** ANSI bold off, or nothing when not interactive or when {@code NO_COLOR} is set. */
  String boldOff() {
    return styled() ? "\u001b[0m" : "";
  }

  private boolean styled() {
    String noColour = System.getenv("NO_COLOR");
    return interactive && (noColour == null || noColour.isEmpty());
  }

  // JDK 22 to 24 return a console even when redirected; Console.isTerminal() (JDK 22+) tells them apart.
  private static boolean isTerminal(Console console) {
    if (console == null) {
      return false;
    }
    try {
      return (boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
