package dev.gazette.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A line chart over a logarithmic x axis (corpus sizes), one line per series, points marked and
 * labelled with their values.
 */
public final class LineChart {
  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final double[] xs;
  private final List<String> series = new ArrayList<>();
  private final List<double[]> values = new ArrayList<>();

  /** A chart titled {@code title} with points at {@code xs} (positive, drawn on a log scale). */
  public LineChart(String title, String xLabel, String yLabel, double... xs) {
    this.title = title;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
    this.xs = xs.clone();
  }

  /** Adds a series with one value per x. */
  public LineChart series(String name, double... perX) {
    if (perX.length != xs.length) {
      throw new IllegalArgumentException("one value per x");
    }
    series.add(name);
    values.add(perX.clone());
    return this;
  }

  /** Draws the chart into {@code file}. */
  public void write(Path file) throws IOException {
    Canvas canvas = new Canvas(title);
    DoubleUnaryOperator row = canvas.valueAxis(yLabel, values, series);
    int plotBottom = canvas.plotBottom();
    double minLog = Math.log10(xs[0]);
    double maxLog = Math.log10(xs[xs.length - 1]);
    double span = Math.max(1e-9, maxLog - minLog);
    int inset = 40;
    int[] px = new int[xs.length];
    for (int i = 0; i < xs.length; i++) {
      px[i] = Canvas.LEFT + inset + (int) Math.round((Math.log10(xs[i]) - minLog) / span * (canvas.plotWidth() - 2 * inset));
      canvas.g.setColor(Color.BLACK);
      canvas.g.setFont(Canvas.font(Font.PLAIN, 13));
      String label = Fmt.count(xs[i]);
      canvas.g.drawString(label, px[i] - canvas.g.getFontMetrics().stringWidth(label) / 2, plotBottom + 22);
    }
    canvas.g.drawString(xLabel, Canvas.LEFT + canvas.plotWidth() / 2 - canvas.g.getFontMetrics().stringWidth(xLabel) / 2,
        plotBottom + 50);
    for (int s = 0; s < series.size(); s++) {
      Color color = Canvas.SERIES[s % Canvas.SERIES.length];
      double[] v = values.get(s);
      canvas.g.setColor(color);
      canvas.g.setStroke(new BasicStroke(2.5f));
      for (int i = 0; i < v.length; i++) {
        int py = (int) Math.round(row.applyAsDouble(v[i]));
        if (i > 0) {
          int prev = (int) Math.round(row.applyAsDouble(v[i - 1]));
          canvas.g.drawLine(px[i - 1], prev, px[i], py);
        }
        canvas.g.fillOval(px[i] - 5, py - 5, 10, 10);
        canvas.g.setFont(Canvas.font(Font.PLAIN, 11));
        String label = v[i] >= 100 ? Fmt.count(v[i]) : Fmt.decimal(v[i], 1);
        canvas.g.drawString(label, px[i] + 8, py - 8 + s * 14);
      }
    }
    canvas.write(file);
  }
}
