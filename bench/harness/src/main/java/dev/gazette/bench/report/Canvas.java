package dev.gazette.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import javax.imageio.ImageIO;

/**
 * A chart's drawing surface: title, plot area, y axis with grid lines, legend, and the PNG file.
 * The bar and line charts draw their marks inside the plot area it lays out.
 */
final class Canvas {
  static final int WIDTH = 960;
  static final int HEIGHT = 520;
  static final int LEFT = 90;
  static final int RIGHT = 30;
  static final int TOP = 70;
  static final int BOTTOM = 90;
  /** Colour-blind-safe series colours (Okabe–Ito). */
  static final Color[] SERIES = {
    new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7), new Color(0x56B4E9),
    new Color(0xD55E00)
  };

  final BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
  final Graphics2D g = image.createGraphics();

  Canvas(String title) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(Color.BLACK);
    g.setFont(font(Font.BOLD, 18));
    g.drawString(title, LEFT, 30);
  }

  static Font font(int style, int size) {
    return new Font(Font.SANS_SERIF, style, size);
  }

  int plotWidth() {
    return WIDTH - LEFT - RIGHT;
  }

  int plotHeight() {
    return HEIGHT - TOP - BOTTOM;
  }

  /** Draws horizontal grid lines and labels for the ticks of a y axis; {@code y} maps a value to a pixel row. */
  void yAxis(String label, List<Double> ticks, DoubleUnaryOperator y, DoubleUnaryOperator labelOf) {
    g.setFont(font(Font.PLAIN, 12));
    for (double tick : ticks) {
      int row = (int) Math.round(y.applyAsDouble(tick));
      g.setColor(new Color(0xE0E0E0));
      g.drawLine(LEFT, row, LEFT + plotWidth(), row);
      g.setColor(Color.DARK_GRAY);
      String text = Fmt.decimal(labelOf.applyAsDouble(tick), tick < 10 && tick != Math.rint(tick) ? 1 : 0);
      g.drawString(text, LEFT - 8 - g.getFontMetrics().stringWidth(text), row + 4);
    }
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(1.2f));
    g.drawLine(LEFT, TOP, LEFT, TOP + plotHeight());
    g.drawLine(LEFT, TOP + plotHeight(), LEFT + plotWidth(), TOP + plotHeight());
    g.setFont(font(Font.PLAIN, 13));
    Graphics2D rotated = (Graphics2D) g.create();
    rotated.rotate(-Math.PI / 2);
    rotated.drawString(label, -(TOP + plotHeight() / 2 + g.getFontMetrics().stringWidth(label) / 2), 22);
    rotated.dispose();
  }

  /** The row of the plot's bottom edge. */
  int plotBottom() {
    return TOP + plotHeight();
  }

  /**
   * Draws a y axis from 0 to a round value above every value of {@code values}, and the legend of
   * {@code series}; returns the mapping of a value to its pixel row.
   */
  DoubleUnaryOperator valueAxis(String label, List<double[]> values, List<String> series) {
    double max = 0;
    for (double[] v : values) {
      for (double x : v) {
        max = Math.max(max, x);
      }
    }
    List<Double> ticks = linearTicks(max * 1.1);
    double top = ticks.get(ticks.size() - 1);
    DoubleUnaryOperator row = v -> plotBottom() - v / top * plotHeight();
    yAxis(label, ticks, row, v -> v);
    legend(series);
    return row;
  }

  /** Draws the legend of {@code names} in a row under the title. */
  void legend(List<String> names) {
    g.setFont(font(Font.PLAIN, 13));
    int x = LEFT;
    for (int i = 0; i < names.size(); i++) {
      g.setColor(SERIES[i % SERIES.length]);
      g.fillRect(x, 42, 14, 14);
      g.setColor(Color.BLACK);
      g.drawString(names.get(i), x + 20, 54);
      x += 40 + g.getFontMetrics().stringWidth(names.get(i));
    }
  }

  /** Writes the image to {@code file} as PNG. */
  void write(Path file) throws IOException {
    g.dispose();
    Files.createDirectories(file.toAbsolutePath().getParent());
    ImageIO.write(image, "png", file.toFile());
  }

  /** About five round tick values from 0 to at least {@code max}. */
  static List<Double> linearTicks(double max) {
    double raw = max / 5;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = raw / magnitude <= 1 ? magnitude : raw / magnitude <= 2 ? 2 * magnitude
        : raw / magnitude <= 5 ? 5 * magnitude : 10 * magnitude;
    List<Double> ticks = new ArrayList<>();
    for (double t = 0; t <= max + step * 0.999; t += step) {
      ticks.add(t);
    }
    return ticks;
  }
}
