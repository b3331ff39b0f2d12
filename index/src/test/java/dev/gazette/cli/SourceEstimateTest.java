package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gazette.SourceFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article count estimate behind the progress bar's percentage and ETA. */
class SourceEstimateTest {
  @TempDir Path temp;

  @Test
  void countsJsonLinesPlainAndGzippedAndOneArticlePerOtherFile() throws IOException {
    Files.writeString(temp.resolve("a.jsonl"), "{}\n\n{}\n{}\n");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temp.resolve("b.jsonl.gz")))) {
      out.write("{}\n{}\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.createDirectories(temp.resolve("seeds"));
    Files.writeString(temp.resolve("seeds/one.txt"), "Title\n");
    Files.writeString(temp.resolve("seeds/two.md"), "# Title\n");
    Files.writeString(temp.resolve("seeds/.hidden"), "ignored");
    assertEquals(OptionalLong.of(7), SourceEstimate.of(List.of(temp), SourceFormat.AUTO));
  }

  @Test
  void aJsonArrayMakesTheTotalUnknownAndAForcedFormatCountsLines() throws IOException {
    Path array = Files.writeString(temp.resolve("all.json"), "[{}, {}]");
    Path lines = Files.writeString(temp.resolve("export.txt"), "{}\n{}\n");
    assertEquals(OptionalLong.empty(), SourceEstimate.of(List.of(lines, array), SourceFormat.AUTO));
    assertEquals(OptionalLong.of(2), SourceEstimate.of(List.of(lines), SourceFormat.JSON_LINES));
  }
}
