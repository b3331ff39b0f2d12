package dev.gazette.bench.report;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A grouped bar chart: one group per category along x, one bar per series in each group, the value
 * written above each bar.
 */
public final class BarChart {
  private final String title;
  private final String yLabel;
  private final List<String> categories;
  private final List<String> series = new ArrayList<>();
  private final List<double[]> values = new ArrayList<>();
  private String unit = "";

  /** A chart titled {@code title}, its y axis labelled {@code yLabel}, with these categories along x. */
  public BarChart(String title, String yLabel, List<String> categories) {
    this.title = title;
    this.yLabel = yLabel;
    this.categories = List.copyOf(categories);
  }

  /** Adds a series with one value per category. */
  public BarChart series(String name, double... perCategory) {
    if (perCategory.length != categories.size()) {
      throw new IllegalArgumentException("one value per category");
    }
    series.add(name);
    values.add(perCategory.clone());
    return this;
  }

  /** Appends {@code suffix} (such as {@code ×}) to the value labels. */
  public BarChart unit(String suffix) {
    this.unit = suffix;
    return this;
  }

  /** Draws the chart into {@code file}. */
  public void write(Path file) throws IOException {
    Canvas canvas = new Canvas(title);
    DoubleUnaryOperator row = canvas.valueAxis(yLabel, values, series);
    int plotBottom = canvas.plotBottom();
    int groupWidth = canvas.plotWidth() / categories.size();
    int barWidth = Math.max(8, (int) (groupWidth * 0.75 / series.size()));
    for (int c = 0; c < categories.size(); c++) {
      int groupLeft = Canvas.LEFT + c * groupWidth + (groupWidth - barWidth * series.size()) / 2;
      for (int s = 0; s < series.size(); s++) {
        double value = values.get(s)[c];
        int height = plotBottom - (int) Math.round(row.applyAsDouble(value));
        int x = groupLeft + s * barWidth;
        canvas.g.setColor(Canvas.SERIES[s % Canvas.SERIES.length]);
        canvas.g.fillRect(x + 1, plotBottom - height, barWidth - 2, height);
        canvas.g.setColor(Color.BLACK);
        canvas.g.setFont(Canvas.font(Font.PLAIN, 11));
        String label = (value >= 100 ? Fmt.count(value) : Fmt.decimal(value, value >= 10 ? 1 : 2)) + unit;
        int labelWidth = canvas.g.getFontMetrics().stringWidth(label);
        canvas.g.drawString(label, x + (barWidth - labelWidth) / 2, plotBottom - height - 4);
      }
      canvas.g.setFont(Canvas.font(Font.PLAIN, 13));
      String name = categories.get(c);
      int nameWidth = canvas.g.getFontMetrics().stringWidth(name);
      canvas.g.drawString(name, Canvas.LEFT + c * groupWidth + (groupWidth - nameWidth) / 2, plotBottom + 22);
    }
    canvas.write(file);
  }
}
