package dev.gazette.parse;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Opens files as strict UTF-8 text, decompressing gzip transparently. */
final class Inputs {
  private static final int BUFFER = 1 << 16;
  private static final int GZIP_MAGIC = 0x8b1f;

  private Inputs() {}

  /**
   * A streaming reader of {@code file}'s text, gunzipped when the file starts with the gzip magic
   * bytes (whatever its name); invalid UTF-8 makes reads fail with a {@link
   * CharacterCodingException}.
   */
  static BufferedReader openText(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
    try {
      in.mark(2);
      int magic = in.read() | in.read() << 8;
      in.reset();
      if (magic == GZIP_MAGIC) {
        in = new GZIPInputStream(in, BUFFER);
      }
      var decoder = StandardCharsets.UTF_8.newDecoder();
      return new BufferedReader(new InputStreamReader(in, decoder), BUFFER);
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }

  /** The whole of {@code file} as UTF-8 text. */
  static String readText(Path file) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file));
    return StandardCharsets.UTF_8.newDecoder().decode(bytes).toString();
  }

  /** What went wrong reading a file, in words a user can act on. */
  static String describe(IOException e) {
    return switch (e) {
      case CharacterCodingException coding -> "not UTF-8 text (binary, or another character set)";
      case ZipException zip -> "damaged gzip data (" + zip.getMessage() + ")";
      case AccessDeniedException denied -> "permission denied";
      case EOFException eof -> "the file ends too early (truncated download or copy?)";
      default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    };
  }
}
