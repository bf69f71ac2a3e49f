package io.plutuscalibrate.reports.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.CostModel;
import io.plutuscalibrate.models.fit.BenchmarkRow;
import io.plutuscalibrate.models.fit.Selection;
import io.plutuscalibrate.reports.charts.Series;
import io.plutuscalibrate.reports.charts.XyChart;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BuiltinChartsTest {
  private static final double OVERHEAD = 0.7;

  /** A row whose time is exactly the model's cost plus the overhead. */
  private static BenchmarkRow exact(CostModel m, long... sizes) {
    long[] s = java.util.Arrays.copyOf(sizes, 6);
    double t = m.cost(s) / 1e6 + OVERHEAD;
    double[] d = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    for (int i = 0; i < sizes.length; i++) d[i] = sizes[i];
    return new BenchmarkRow(1, "B", "B", d[0], d[1], d[2], d[3], t, t, t);
  }

  private static List<String> names(XyChart c, Series.Kind kind) {
    return c.series().stream().filter(s -> s.kind() == kind).map(Series::name).toList();
  }

  private static Series named(XyChart c, String name) {
    return c.series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aFunctionOfOneQuantityIsOneLineAgainstIt() {
    CostModel m = new CostModel.MaxSize(100_000, 400);
    List<BenchmarkRow> rows = new ArrayList<>();
    for (long x = 1; x <= 20; x++) rows.add(exact(m, x * 7, 150 - x));
    ConfidenceBand band = ConfidenceBand.of(m, List.of(ConfidenceBandTest.p("intercept", 100_000,
        90_000, 110_000), ConfidenceBandTest.p("slope", 400, 380, 420)));
    BuiltinFigures f = BuiltinCharts.build("addInteger", m, band, rows, OVERHEAD, Selection.ALL, 1);
    assertEquals(List.of("measured"), names(f.main(), Series.Kind.POINTS));
    assertEquals(List.of("fitted"), names(f.main(), Series.Kind.LINE));
    assertEquals(List.of("band"), names(f.main(), Series.Kind.BAND));
    assertEquals("max(x, y) (argument size, ExMemory units)", f.main().xTitle());
    Series pts = named(f.main(), "measured");
    for (int i = 0; i < pts.size(); i++) {
      assertEquals(Math.max(7 * (i + 1), 150 - (i + 1)), pts.x()[i]);
    }
    assertEquals(0, f.relativeRms(), 1e-9, "data made from the function fits it exactly");
    for (double r : named(f.residuals(), "measured").y()) assertEquals(0, r, 1e-9);
    double[] lo = named(f.main(), "band").y();
    assertTrue(lo.length > 2);
  }

  @Test
  void pointsTheFitDidNotUseAreShownApart() {
    CostModel m = new CostModel.MultipliedSizes(1000, 5);
    List<BenchmarkRow> rows = new ArrayList<>();
    for (long x = 0; x < 5; x++) rows.add(exact(m, x, 3));
    BuiltinFigures f = BuiltinCharts.build("multiplyInteger", m, null, rows, OVERHEAD,
        Selection.X_AND_Y_POSITIVE, 1);
    assertEquals(1, named(f.main(), "not used by the fit").size());
    assertEquals(4, named(f.main(), "measured").size());
    assertEquals(4, named(f.residuals(), "measured").size());
  }

  @Test
  void diagonalShapesHaveASeriesOnAndOffTheDiagonal() {
    CostModel m = new CostModel.LinearOnDiagonal(5000, 1000, 30);
    List<BenchmarkRow> rows = new ArrayList<>();
    for (long x = 1; x <= 10; x++) {
      rows.add(exact(m, x * 10, x * 10));
      rows.add(exact(m, x * 10, x * 10 + 5));
    }
    BuiltinFigures f = BuiltinCharts.build("equalsByteString", m, null, rows, OVERHEAD,
        Selection.ALL, 1);
    assertEquals(List.of("measured, x = y", "measured, x ≠ y"),
        names(f.main(), Series.Kind.POINTS));
    assertEquals(List.of("fitted, x = y", "fitted, x ≠ y"), names(f.main(), Series.Kind.LINE));
    for (double v : named(f.main(), "fitted, x ≠ y").y()) assertEquals(0.005, v, 1e-12);
    assertEquals(0, f.relativeRms(), 1e-9);
  }

  @Test
  void fewValuesOfYGetOneSeriesEach() {
    CostModel m = new CostModel.LinearInXAndY(100, 2, 3);
    List<BenchmarkRow> rows = new ArrayList<>();
    for (long y : new long[] {1, 50, 99}) {
      for (long x = 1; x <= 8; x++) rows.add(exact(m, x * 9, y));
    }
    BuiltinFigures f = BuiltinCharts.build("b", m, null, rows, OVERHEAD, Selection.ALL, 1);
    assertEquals(List.of("measured, y = 1", "measured, y = 50", "measured, y = 99"),
        names(f.main(), Series.Kind.POINTS));
    Series line = named(f.main(), "fitted, y = 50");
    for (int i = 0; i < line.size(); i++) {
      assertEquals((100 + 2 * Math.round(line.x()[i]) + 3 * 50) / 1e6, line.y()[i], 1e-12);
    }
  }

  @Test
  void aGridOfYShowsFourValuesAndGreysTheRest() {
    CostModel m = new CostModel.WithInteractionInXAndY(100, 2, 3, 1);
    List<BenchmarkRow> rows = new ArrayList<>();
    for (long y = 1; y <= 16; y++) {
      for (long x = 1; x <= 16; x++) rows.add(exact(m, x, y));
    }
    BuiltinFigures f = BuiltinCharts.build("b", m, null, rows, OVERHEAD, Selection.ALL, 1);
    assertEquals(List.of("measured, y = 1", "measured, y = 6", "measured, y = 11",
        "measured, y = 16", "measured, other y"), names(f.main(), Series.Kind.POINTS));
    assertEquals(4, names(f.main(), Series.Kind.LINE).size());
    assertEquals(16 * 12, named(f.main(), "measured, other y").size());
    assertEquals(List.of(), names(f.main(), Series.Kind.BAND), "no band without intervals");
    assertTrue(f.notes().get(0).startsWith("Lines for 4 of the 16 values of y"), f.notes().toString());
  }

  @Test
  void onlyTheFullestSeriesOfYHasABand() {
    CostModel m = new CostModel.LinearInXAndY(100, 2, 3);
    List<BenchmarkRow> rows = new ArrayList<>();
    for (long y : new long[] {1, 50, 99}) {
      for (long x = 1; x <= (y == 50 ? 9 : 8); x++) rows.add(exact(m, x * 9, y));
    }
    ConfidenceBand band = ConfidenceBand.of(m, List.of(
        ConfidenceBandTest.p("intercept", 100, 50, 150), ConfidenceBandTest.p("slope1", 2, 1, 3),
        ConfidenceBandTest.p("slope2", 3, 2, 4)));
    BuiltinFigures f = BuiltinCharts.build("b", m, band, rows, OVERHEAD, Selection.ALL, 1);
    assertEquals(List.of("band, y = 50"), names(f.main(), Series.Kind.BAND));
    assertEquals(List.of("The band is drawn around the line for y = 50 only."), f.notes());
  }

  @Test
  void spreadOutYIsCutIntoQuarters() {
    CostModel m = new CostModel.LinearInXAndY(100, 2, 3);
    SplittableRandom rng = new SplittableRandom(3);
    List<BenchmarkRow> rows = new ArrayList<>();
    for (int i = 0; i < 200; i++) rows.add(exact(m, rng.nextLong(1, 5000), rng.nextLong(1, 5000)));
    BuiltinFigures f = BuiltinCharts.build("b", m, null, rows, OVERHEAD, Selection.ALL, 1);
    List<String> series = names(f.main(), Series.Kind.POINTS);
    assertEquals(4, series.size(), series.toString());
    int total = 0;
    for (String s : series) total += named(f.main(), s).size();
    assertEquals(200, total, "every point is in one quarter");
    assertEquals(0, f.relativeRms(), 1e-9);
  }

  @Test
  void expModLinesKeepTheBaseTiedToTheModulus() {
    CostModel m = new CostModel.ExpModCost(1000, 10, 2);
    List<BenchmarkRow> rows = new ArrayList<>();
    for (long y = 1; y <= 3; y++) {
      for (long z = 1; z <= 10; z++) rows.add(exact(m, z, y, z));
    }
    BuiltinFigures f = BuiltinCharts.build("expModInteger", m, null, rows, OVERHEAD,
        Selection.X_AND_Y_POSITIVE, 1);
    assertEquals("z (argument size, ExMemory units)", f.main().xTitle());
    Series line = named(f.main(), "fitted, y = 2");
    for (int i = 0; i < line.size(); i++) {
      long z = Math.round(line.x()[i]);
      assertEquals(m.cost(new long[] {z, 2, z, 0, 0, 0}) / 1e6, line.y()[i], 1e-12,
          "drawn at x = z, not at a fixed x (which would add half when x > z)");
    }
  }

  @Test
  void rescaledFitsDivideTheTimes() {
    CostModel m = new CostModel.ConstantCost(1_000_000);
    List<BenchmarkRow> rows = List.of(
        new BenchmarkRow(1, "B/1", "B", 1, Double.NaN, Double.NaN, Double.NaN, 3.7, 3.7, 3.7));
    BuiltinFigures f = BuiltinCharts.build("b", m, null, rows, 0.7, Selection.ALL, 3);
    assertEquals(1.0, named(f.main(), "measured").y()[0], 1e-12);
    assertTrue(f.main().yTitle().contains("machine factor"));
    assertNotNull(f.residuals());
  }
}
