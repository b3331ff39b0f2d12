package dev.gazette.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A grouped bar chart drawn with JFreeChart: one group per category along x, one bar per series in
 * each group, the value written above each bar.
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
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (int s = 0; s < series.size(); s++) {
      for (int c = 0; c < categories.size(); c++) {
        dataset.addValue(values.get(s)[c], series.get(s), categories.get(c));
      }
    }
    JFreeChart chart = ChartFactory.createBarChart(title, null, yLabel, dataset, PlotOrientation.VERTICAL, true, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    ChartStyle.apply(chart, plot, (NumberAxis) plot.getRangeAxis(), ChartStyle.max(values));
    plot.setRangeGridlinePaint(ChartStyle.grid());
    BarRenderer bars = (BarRenderer) plot.getRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setItemMargin(0.02);
    bars.setDefaultItemLabelGenerator(new ValueLabels());
    bars.setDefaultItemLabelFont(ChartStyle.LABEL);
    bars.setDefaultItemLabelsVisible(true);
    for (int s = 0; s < series.size(); s++) {
      bars.setSeriesPaint(s, ChartStyle.series(s));
    }
    ChartStyle.write(chart, file);
  }

  /** Each bar's value, with the unit. */
  private final class ValueLabels extends StandardCategoryItemLabelGenerator {
    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      double value = dataset.getValue(row, column).doubleValue();
      return ChartStyle.label(value, value >= 10 ? 1 : 2) + unit;
    }
  }
}
