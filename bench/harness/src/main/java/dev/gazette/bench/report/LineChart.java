package dev.gazette.bench.report;

import java.awt.BasicStroke;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A line chart drawn with JFreeChart over a logarithmic x axis (corpus sizes), one line per
 * series, points marked and labelled with their values.
 */
public final class LineChart {
  /** Labels of alternate series sit above and below their points, so that close points stay readable. */
  private static final ItemLabelPosition ABOVE = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER);
  private static final ItemLabelPosition BELOW = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER);

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
    XYSeriesCollection dataset = new XYSeriesCollection();
    for (int s = 0; s < series.size(); s++) {
      XYSeries line = new XYSeries(series.get(s), false);
      for (int i = 0; i < xs.length; i++) {
        line.add(xs[i], values.get(s)[i]);
      }
      dataset.addSeries(line);
    }
    JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, dataset, PlotOrientation.VERTICAL,
        true, false, false);
    XYPlot plot = chart.getXYPlot();
    LogAxis sizes = new LogAxis(xLabel);
    sizes.setNumberFormatOverride(ChartStyle.countFormat());
    sizes.setTickUnit(new NumberTickUnit(1));
    sizes.setLabelFont(ChartStyle.AXIS_LABEL);
    plot.setDomainAxis(sizes);
    ChartStyle.apply(chart, plot, (NumberAxis) plot.getRangeAxis(), ChartStyle.max(values));
    plot.setDomainGridlinePaint(ChartStyle.grid());
    plot.setRangeGridlinePaint(ChartStyle.grid());
    XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
    lines.setDefaultItemLabelGenerator((data, s, i) -> ChartStyle.label(data.getYValue(s, i), 1));
    lines.setDefaultItemLabelFont(ChartStyle.LABEL);
    lines.setDefaultItemLabelsVisible(true);
    for (int s = 0; s < series.size(); s++) {
      lines.setSeriesPaint(s, ChartStyle.series(s));
      lines.setSeriesStroke(s, new BasicStroke(2.5f));
      lines.setSeriesPositiveItemLabelPosition(s, s % 2 == 0 ? ABOVE : BELOW);
    }
    plot.setRenderer(lines);
    ChartStyle.write(chart, file);
  }
}
