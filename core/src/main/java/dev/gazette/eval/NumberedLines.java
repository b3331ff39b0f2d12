package dev.gazette.eval;

import dev.gazette.GazetteException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the non-blank lines of a UTF-8 text file with their line numbers, turning every failure
 * into a {@link GazetteException} that names the file and, for a bad line, its number.
 */
final class NumberedLines {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /** Handles one line; throws {@link IllegalArgumentException} saying what is wrong with it. */
  @FunctionalInterface
  interface LineHandler {
    void accept(int number, String line);
  }

  private NumberedLines() {}

  /** Hands each non-blank line of {@code file}, a {@code kind} file (such as "qrels"), to {@code handler}. */
  static void read(Path file, String kind, LineHandler handler) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (number == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        try {
          handler.accept(number, line);
        } catch (IllegalArgumentException e) {
          throw new GazetteException(kind + " file " + file + ", line " + number + ": " + e.getMessage(), e);
        }
      }
    } catch (NoSuchFileException e) {
      throw new GazetteException(kind + " file " + file + " does not exist", e);
    } catch (CharacterCodingException e) {
      throw new GazetteException(kind + " file " + file + " is not UTF-8 text", e);
    } catch (IOException e) {
      throw new GazetteException("could not read " + kind + " file " + file + ": " + e.getMessage(), e);
    }
  }
}
