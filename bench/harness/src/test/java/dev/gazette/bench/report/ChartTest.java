package dev.gazette.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's charts, drawn to PNG files and read back. */
class ChartTest {
  private static final int GAZETTE = 0x0072B2;
  private static final int BASELINE = 0xE69F00;

  @TempDir Path dir;

  @Test
  void aBarChartIsAPngWithABarOfEachSeriesColour() throws IOException {
    Path file = dir.resolve("charts/bars.png");
    new BarChart("Indexing, docs/s", "documents per second", List.of("1 thread", "2 threads"))
        .series("Gazette", 4_200, 6_100).series("raw Lucene", 4_300, 5_900).unit("/s").write(file);
    BufferedImage image = ImageIO.read(file.toFile());
    assertEquals(960, image.getWidth());
    assertEquals(520, image.getHeight());
    assertTrue(pixels(image, GAZETTE) > 1_000, "Gazette's bars are drawn");
    assertTrue(pixels(image, BASELINE) > 1_000, "the baseline's bars are drawn");
  }

  @Test
  void aLineChartOverCorpusSizesDrawsEachSeries() throws IOException {
    Path file = dir.resolve("lines.png");
    new LineChart("Search latency by corpus size", "articles (log scale)", "microseconds", 21_578, 100_000, 1_000_000)
        .series("Gazette", 40, 90, 410).series("raw Lucene", 30, 70, 380).write(file);
    BufferedImage image = ImageIO.read(file.toFile());
    assertEquals(960, image.getWidth());
    assertTrue(pixels(image, GAZETTE) > 200, "Gazette's line is drawn");
    assertTrue(pixels(image, BASELINE) > 200, "the baseline's line is drawn");
  }

  @Test
  void aSeriesNeedsOneValuePerCategoryOrSize() {
    assertThrows(IllegalArgumentException.class, () -> new BarChart("t", "y", List.of("a", "b")).series("s", 1));
    assertThrows(IllegalArgumentException.class, () -> new LineChart("t", "x", "y", 1, 10).series("s", 1, 2, 3));
  }

  private static int pixels(BufferedImage image, int rgb) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
          count++;
        }
      }
    }
    return count;
  }
}
