package dev.gazette.cli;

import java.io.Console;

/**
 * Whether output goes to a person's terminal, which chooses a redrawn progress bar over periodic
 * lines, and whether it may be styled (bold highlights) or must stay plain.
 *
 * @param interactive true when standard input and output are a terminal that understands ANSI codes
 * @param colour true when styling is welcome: an interactive terminal and no {@code NO_COLOR}
 */
record Terminal(boolean interactive, boolean colour) {

  /** Plain output, as for a pipe or a file. */
  static final Terminal PLAIN = new Terminal(false, false);

  /** A terminal that is styled exactly when it is {@code interactive}. */
  Terminal(boolean interactive) {
    this(interactive, interactive);
  }

  /**
   * The terminal this process runs on: interactive when it has a console and {@code TERM} is not
   * {@code dumb}; styled unless {@code NO_COLOR} is set to anything but the empty string (https://no-color.org).
   */
  static Terminal detect() {
    boolean interactive = isTerminal(System.console()) && !"dumb".equals(System.getenv("TERM"));
    String noColour = System.getenv("NO_COLOR");
    return new Terminal(interactive, interactive && (noColour == null || noColour.isEmpty()));
  }

  /** ANSI bold on, or nothing when not styled. */
  String boldOn() {
    return colour ? "\u001b[1m" : "";
  }

  /** ANSI bold off, or nothing when not styled. */
  String boldOff() {
    return colour ? "\u001b[0m" : "";
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
