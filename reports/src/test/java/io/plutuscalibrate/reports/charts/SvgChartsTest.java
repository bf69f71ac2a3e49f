package io.plutuscalibrate.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgChartsTest {
  private static XyChart chart(int points) {
    double[] x = new double[points];
    double[] y = new double[points];
    for (int i = 0; i < points; i++) {
      x[i] = i;
      y[i] = 0.5 + 0.01 * i + ((i * 37) % 11) / 100.0;
    }
    double[] gx = {0, points / 2.0, points};
    double[] mid = {0.5, 0.5 + 0.005 * points, 0.5 + 0.01 * points};
    double[] lo = {0.45, 0.45 + 0.005 * points, 0.45 + 0.01 * points};
    double[] hi = {0.55, 0.55 + 0.005 * points, 0.55 + 0.01 * points};
    return new XyChart("test: measured and fitted", "x (size)", "time (µs)", List.of(
        Series.band("band", 0xE15759, gx, lo, hi),
        Series.line("fitted", 0xE15759, gx, mid),
        Series.points("measured", 0x4E79A7, x, y)));
  }

  private static int count(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  @Test
  void drawsOneCirclePerPointAndNoTextOrProlog() {
    SvgSheet sheet = SvgSheet.create("v");
    String svg = SvgCharts.render(chart(40), 560, 330, "c1", sheet);
    assertTrue(svg.startsWith("<svg "), svg.substring(0, 40));
    assertTrue(svg.endsWith("</svg>"));
    assertTrue(svg.contains("class=\"chart\""));
    assertTrue(svg.contains("aria-label=\"test: measured and fitted\""));
    assertFalse(svg.contains("<?xml"));
    assertFalse(svg.contains("DOCTYPE"));
    assertFalse(svg.contains("style=\""), "styles become the sheet's classes");
    assertEquals(40, count(svg, "<circle "), "one marker per point");
    assertTrue(count(svg, "<use href=\"#vg\\d+\"") > 0, "tick labels are shared outlines");
    assertTrue(count(svg, "<path ") >= 1, "the band is a filled path");
  }

  @Test
  void idsArePrefixedSoChartsCanShareAPage() {
    SvgSheet sheet = SvgSheet.create("v");
    String a = SvgCharts.render(chart(10), 400, 300, "c1", sheet);
    String b = SvgCharts.render(chart(10), 400, 300, "c2", sheet);
    Matcher ids = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(a + b);
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (ids.find()) assertTrue(seen.add(ids.group(1)), "duplicate id " + ids.group(1));
    Matcher refs = Pattern.compile("url\\(#([^)]+)\\)").matcher(a);
    while (refs.find()) assertTrue(refs.group(1).startsWith("c1-"), refs.group(1));
    Matcher uses = Pattern.compile("href=\"#([^\"]+)\"").matcher(a + b);
    String defs = sheet.definitions();
    while (uses.find()) assertTrue(defs.contains("id=\"" + uses.group(1) + "\""), uses.group(1));
  }

  @Test
  void theSameLabelsAreDefinedOnce() {
    SvgSheet sheet = SvgSheet.create("v");
    SvgCharts.render(chart(30), 560, 330, "c1", sheet);
    int defined = count(sheet.definitions(), "<path id=");
    SvgCharts.render(chart(30), 560, 330, "c2", sheet);
    assertEquals(defined, count(sheet.definitions(), "<path id="),
        "an identical chart adds no outline");
  }

  @Test
  void staysSmall() {
    // See Note [Text outside the chart pictures]: a chart of 100 points was ~190 KB as XChart
    // and VectorGraphics2D write it; markers now cost ~50 bytes each.
    String svg = SvgCharts.render(chart(100), 560, 330, "c1", SvgSheet.create("v"));
    assertTrue(svg.length() < 15_000, "chart of 100 points is " + svg.length() + " bytes");
  }

  @Test
  void rejectsIdsThatAreNotNames() {
    assertThrows(IllegalArgumentException.class,
        () -> SvgCharts.render(chart(3), 100, 100, "1x", SvgSheet.create("v")));
    assertThrows(IllegalArgumentException.class, () -> SvgSheet.create("a b"));
  }

  @Test
  void seriesNeedPoints() {
    assertThrows(IllegalArgumentException.class, () -> new XyChart("t", "x", "y", List.of()));
    assertThrows(IllegalArgumentException.class, () -> new XyChart("t", "x", "y",
        List.of(Series.points("p", 0, new double[0], new double[0]))));
    assertThrows(IllegalArgumentException.class,
        () -> Series.points("p", 0, new double[] {1}, new double[] {Double.NaN}));
  }
}
