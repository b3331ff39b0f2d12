package dev.gazette.bench.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * What every chart of the report shares, on top of JFreeChart: its size, white background, light
 * grid, colour-blind-safe series colours, the legend under the title, how values are labelled, and
 * the PNG file.
 */
final class ChartStyle {
  static final int WIDTH = 960;
  static final int HEIGHT = 520;
  /** Colour-blind-safe series colours (Okabe–Ito). */
  private static final Color[] SERIES = {
    new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7), new Color(0x56B4E9),
    new Color(0xD55E00)
  };
  private static final Color GRID = new Color(0xE0E0E0);
  /** The font of value labels. */
  static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  /** The font of axis labels. */
  static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

  private ChartStyle() {}

  /** The colour of series number {@code index}. */
  static Paint series(int index) {
    return SERIES[index % SERIES.length];
  }

  /** A value as its chart label: thousands separated from 100 up, else with one or two decimals. */
  static String label(double value, int smallDigits) {
    return value >= 100 ? Fmt.count(value) : Fmt.decimal(value, smallDigits);
  }

  /**
   * Sets the report's look on {@code chart}, whose plot is {@code plot} and value axis {@code
   * values}: that axis from 0 with about five round ticks up to {@code max}, the largest value.
   */
  static void apply(JFreeChart chart, Plot plot, NumberAxis values, double max) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    chart.getTitle().setPosition(RectangleEdge.TOP);
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.TOP);
    legend.setFrame(BlockBorder.NONE);
    legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    values.setAutoRangeIncludesZero(true);
    values.setUpperMargin(0.12);
    values.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    values.setLabelFont(AXIS_LABEL);
    values.setTickUnit(new NumberTickUnit(tickStep(max * 1.1),
        new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ROOT))));
  }

  /** A round step (1, 2 or 5 times a power of ten) giving about five ticks from 0 to {@code max}. */
  static double tickStep(double max) {
    double raw = max > 0 ? max / 5 : 1;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double scaled = raw / magnitude;
    return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * magnitude;
  }

  /** The largest of {@code values}. */
  static double max(List<double[]> values) {
    return values.stream().flatMapToDouble(Arrays::stream).max().orElse(0);
  }

  /** Whole numbers with thousands separators, for the axis of corpus sizes. */
  static DecimalFormat countFormat() {
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  /** The colour of grid lines. */
  static Paint grid() {
    return GRID;
  }

  /** Writes {@code chart} to {@code file} as PNG. */
  static void write(JFreeChart chart, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
  }
}
