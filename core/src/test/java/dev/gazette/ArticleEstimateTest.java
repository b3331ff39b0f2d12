package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ArticleReader#estimate()}: the cheap count behind a progress bar, by the rules {@code read} follows. */
class ArticleEstimateTest {
  private static final String RECORD = "{\"id\": \"%s\", \"title\": \"Title %s\", \"body\": \"Text.\"}";

  @TempDir Path temp;

  @Test
  void countsJsonLinesPlainAndGzippedAndOneArticlePerOtherFileAsReadFindsThem() throws IOException {
    Files.writeString(temp.resolve("a.jsonl"), record(1) + "\n\n" + record(2) + "\n" + record(3) + "\n");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temp.resolve("b.jsonl.gz")))) {
      out.write((record(4) + "\n" + record(5) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Files.createDirectories(temp.resolve("notes"));
    Files.writeString(temp.resolve("notes/one.txt"), "A title\n\nSome text.\n");
    Files.writeString(temp.resolve("notes/two.md"), "# Another title\n\nMore text.\n");
    Files.writeString(temp.resolve("notes/.hidden.txt"), "Not read\n");
    Files.createDirectories(temp.resolve(".cache"));
    Files.writeString(temp.resolve(".cache/c.jsonl"), record(9) + "\n");
    ArticleReader reader = ArticleReader.of(temp);
    IngestReport read = reader.read(article -> { });
    assertEquals(OptionalLong.of(7), reader.estimate());
    assertEquals(7, read.accepted() + read.rejected());
  }

  @Test
  void aJsonFileIsCountedAsItIsReadArraysUnknownAndLinesCounted() throws IOException {
    Path array = Files.writeString(temp.resolve("all.json"), "  [" + record(1) + ", " + record(2) + "]");
    Path lines = Files.writeString(temp.resolve("export.json"), record(3) + "\n" + record(4) + "\n");
    assertEquals(OptionalLong.empty(), ArticleReader.of(array).estimate());
    assertEquals(OptionalLong.of(2), ArticleReader.of(lines).estimate());
    assertEquals(2, ArticleReader.of(lines).read(article -> { }).accepted());
  }

  @Test
  void aForcedFormatCountsByThatFormatAndAnUnreadablePathIsUnknown() throws IOException {
    Path text = Files.writeString(temp.resolve("export.txt"), record(1) + "\n" + record(2) + "\n");
    assertEquals(OptionalLong.of(1), ArticleReader.of(text).estimate());
    assertEquals(OptionalLong.of(2), ArticleReader.of(text).format(SourceFormat.JSON_LINES).estimate());
    assertEquals(OptionalLong.empty(), ArticleReader.of(temp.resolve("missing")).estimate());
  }

  private static String record(int n) {
    return RECORD.formatted("r" + n, n);
  }
}
