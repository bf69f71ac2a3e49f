package io.plutuscalibrate.reports.charts;

import java.util.List;

/**
 * A chart with numeric axes, as data: what to draw, independent of how. {@link SvgCharts} draws it.
 * Titles are not drawn into the picture (see Note [Text outside the chart pictures] in
 * {@link SvgCharts}); the page prints them beside it.
 *
 * @param title what the chart shows
 * @param xTitle the horizontal axis, with its unit
 * @param yTitle the vertical axis, with its unit
 * @param series drawn in this order (later ones on top); empty series are not allowed
 */
public record XyChart(String title, String xTitle, String yTitle, List<Series> series) {
  public XyChart {
    series = List.copyOf(series);
    if (series.isEmpty()) throw new IllegalArgumentException(title + ": a chart needs a series");
    for (Series s : series) {
      if (s.size() == 0) throw new IllegalArgumentException(title + ": series " + s.name() + " is empty");
    }
  }

  /** How many series draw markers or lines (the plotted marks a reader sees). */
  public int markCount() {
    int n = 0;
    for (Series s : series) n += s.kind() == Series.Kind.POINTS ? s.size() : 1;
    return n;
  }
}
