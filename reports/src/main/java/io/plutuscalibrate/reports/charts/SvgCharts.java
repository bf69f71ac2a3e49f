package io.plutuscalibrate.reports.charts;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.VectorHints;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws an {@link XyChart} with XChart onto VectorGraphics2D and returns it as an SVG element to
 * embed in an HTML page.
 *
 * <p>Note [Text outside the chart pictures]: XChart draws every piece of text (titles, legend,
 * tick labels) as glyph outlines ({@code TextLayout.getOutline} then {@code fill}); it never calls
 * {@code drawString}, so VectorGraphics2D's text hint ({@code VectorHints.KEY_TEXT =
 * VALUE_TEXT_DEFAULT}, which we set anyway) cannot turn it into SVG text. An outlined label costs
 * about 0.5 KB per glyph; with titles, axis titles and a legend a chart was ~190 KB. So the
 * picture carries only the tick labels, and the page prints the title, the axis titles and the
 * legend as HTML beside it. Two more things keep a chart small: grid lines are solid (VectorGraphics2D
 * writes every dash of a dashed stroke as a filled outline, 5 KB per grid line), and numbers are
 * cut to one decimal (a tenth of a pixel). XChart draws a line as one SVG element per segment,
 * so lines are simplified first (points within 0.05% of the axis spans of the line through their
 * neighbours are dropped: a fitted straight line keeps its two ends). See also Note [Sharing
 * between the charts of a page] in {@link SvgSheet}.
 *
 * <p>Note [Headless charts]: XChart and Java2D need no display for vector output, but on a machine
 * without one Java2D must be told so, or the first font lookup tries to connect to X. We set
 * {@code java.awt.headless=true} before the first chart unless the program chose otherwise.
 */
public final class SvgCharts {
  private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
  private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
  private static final Color AXIS = new Color(0x88, 0x88, 0x88);
  /** Line points closer than this fraction of the axis spans to the simplified line are dropped. */
  private static final double SIMPLIFY = 0.0005;

  private SvgCharts() {}

  /**
   * The chart as an {@code <svg>} element of the given size in CSS pixels. {@code idPrefix}
   * makes the element's internal ids (its clip path) unique in the page; it must be a valid XML
   * name start and differ between the charts of one page. Styles and tick labels go into
   * {@code sheet} (see Note [Sharing between the charts of a page] in {@link SvgSheet}).
   */
  public static String render(XyChart chart, int width, int height, String idPrefix,
      SvgSheet sheet) {
    if (!idPrefix.matches("[A-Za-z_][A-Za-z0-9_-]*")) {
      throw new IllegalArgumentException("id prefix '" + idPrefix + "' is not an XML name");
    }
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true"); // See Note [Headless charts].
    }
    org.knowm.xchart.XYChart x = new XYChartBuilder().width(width).height(height).build();
    style(x.getStyler());
    int points = 0;
    for (Series s : chart.series()) {
      if (s.kind() == Series.Kind.POINTS) points += s.size();
    }
    // Few points are drawn larger, to be seen; many smaller, so that they do not merge.
    x.getStyler().setMarkerSize(points <= 30 ? 7 : points <= 300 ? 5 : 4);
    Range xr = Range.of(chart, true);
    Range yr = Range.of(chart, false);
    if (xr != null) {
      x.getStyler().setXAxisMin(xr.min).setXAxisMax(xr.max);
    }
    if (yr != null) {
      x.getStyler().setYAxisMin(yr.min).setYAxisMax(yr.max);
    }
    int i = 0;
    for (Series s : chart.series()) {
      double[] sx = s.x();
      double[] sy = s.y();
      if (s.kind() == Series.Kind.LINE && xr != null && yr != null) {
        boolean[] keep = Polylines.keep(sx, sy, xr.max - xr.min, yr.max - yr.min, SIMPLIFY);
        sx = Polylines.select(sx, keep);
        sy = Polylines.select(sy, keep);
      }
      XYSeries xs = x.addSeries("s" + i++, sx, sy);
      Color c = new Color(s.rgb());
      switch (s.kind()) {
        case POINTS -> {
          xs.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
          xs.setMarker(SeriesMarkers.CIRCLE);
          xs.setMarkerColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 170));
        }
        case LINE -> {
          xs.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
          xs.setMarker(SeriesMarkers.NONE);
          xs.setLineColor(c);
          xs.setLineStyle(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        case BAND -> {
          xs.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
          xs.setMarker(SeriesMarkers.NONE);
          Color fill = new Color(c.getRed(), c.getGreen(), c.getBlue(), 60);
          xs.setFillColor(fill);
          xs.setLineStyle(SeriesLines.NONE);
        }
      }
    }
    VectorGraphics2D g = new VectorGraphics2D();
    g.setRenderingHint(VectorHints.KEY_TEXT, VectorHints.VALUE_TEXT_DEFAULT);
    x.paint(g, width, height);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, width, height))
          .writeTo(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory", e);
    }
    return SvgText.embeddable(bytes.toString(StandardCharsets.UTF_8), idPrefix,
        chart.title(), sheet);
  }

  private static void style(XYStyler st) {
    st.setLegendVisible(false);
    st.setChartTitleVisible(false);
    st.setAxisTitlesVisible(false);
    st.setChartBackgroundColor(Color.WHITE);
    st.setPlotBackgroundColor(Color.WHITE);
    st.setPlotBorderColor(AXIS);
    st.setPlotGridLinesColor(GRID);
    st.setPlotGridLinesStroke(new BasicStroke(0.6f)); // See Note [Text outside the chart pictures].
    st.setAxisTickMarksColor(AXIS);
    st.setAxisTickMarksStroke(new BasicStroke(0.8f));
    st.setAxisTickLabelsFont(TICK_FONT);
    st.setAxisTickLabelsColor(new Color(0x33, 0x33, 0x33));
    st.setChartPadding(6);
    st.setPlotMargin(4);
    st.setLocale(Locale.ROOT);
    st.setXAxisTickMarkSpacingHint(90);
    st.setYAxisTickMarkSpacingHint(50);
    st.setAntiAlias(true);
  }

  /**
   * The axis range: that of the points and lines (a band may reach far beyond the data, e.g. a
   * wide interval of a slope; it is then clipped at the edge rather than squashing the data),
   * widened by 4% on each side. Null (XChart's own range) if there are only bands.
   */
  private record Range(double min, double max) {
    static Range of(XyChart chart, boolean horizontal) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (Series s : chart.series()) {
        if (s.kind() == Series.Kind.BAND) continue;
        for (double v : horizontal ? s.x() : s.y()) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
      if (lo > hi) return null;
      double span = hi - lo;
      if (span == 0) span = Math.max(Math.abs(hi), 1);
      return new Range(lo - 0.04 * span, hi + 0.04 * span);
    }
  }
}
