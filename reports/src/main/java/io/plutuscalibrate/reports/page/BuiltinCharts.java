package io.plutuscalibrate.reports.page;

import io.plutuscalibrate.models.CostModel;
import io.plutuscalibrate.models.fit.BenchmarkRow;
import io.plutuscalibrate.models.fit.Selection;
import io.plutuscalibrate.reports.charts.Series;
import io.plutuscalibrate.reports.charts.XyChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Builds the charts of one builtin: its measured points against the fitted costing function with
 * the band of Note [The band around the fitted model], laid out as Note [Projections of the
 * costing functions] says, and the residuals.
 */
final class BuiltinCharts {
  static final int BLUE = 0x4E79A7;
  static final int RED = 0xE15759;
  static final int GREY = 0xBAB0AC;
  static final int ORANGE = 0xF28E2B;
  private static final int[] PALETTE = {0x4E79A7, 0xF28E2B, 0x59A14F, 0xB07AA1, 0x9C755F, 0x76B7B2};
  private static final int GRID = 80;
  private static final int MAX_EXACT_SERIES = 6;
  private static final int PICKED_VALUES = 4;

  private BuiltinCharts() {}

  /** A measured point: sizes (x, y, z, u, then 0), the time less overhead (µs, rescaled). */
  record Point(long[] sizes, double micros, boolean used) {}

  /**
   * @param fitted the builtin's fitted CPU costing function (ps)
   * @param band the band around it, or null
   * @param rows the benchmark's rows (times in µs)
   * @param overheadMicros the call overhead subtracted from each time (0 if the fit keeps it)
   * @param selection which points the fit used
   * @param factor what the times are divided by (the fit's machine factor; 1 if not rescaled)
   */
  static BuiltinFigures build(String builtin, CostModel fitted, ConfidenceBand band,
      List<BenchmarkRow> rows, double overheadMicros, Selection selection, double factor) {
    List<Point> points = new ArrayList<>(rows.size());
    for (BenchmarkRow r : rows) {
      long[] s = new long[6];
      double[] d = {r.x(), r.y(), r.z(), r.u()};
      for (int i = 0; i < 4; i++) s[i] = Double.isNaN(d[i]) ? 0 : (long) d[i];
      points.add(new Point(s, (r.t() - overheadMicros) / factor, selection.test(r.x(), r.y())));
    }
    Projection p = Projection.of(fitted);
    List<String> notes = new ArrayList<>();
    List<Group> groups = groups(p, points, notes);

    List<Series> main = new ArrayList<>();
    List<Series> resid = new ArrayList<>();
    double[] range = axisRange(p.axis(), points);
    double[] grid = grid(p.axis(), points, range);
    // Bands of several series of y overlap into one blur: only the fullest series gets one.
    Group banded = null;
    if (p.layout() == Projection.Layout.BY_Y) {
      for (Group g : groups) {
        if (g.evaluate != null && (banded == null || g.points.size() > banded.points.size())) {
          banded = g;
        }
      }
      long lines = groups.stream().filter(g -> g.evaluate != null).count();
      if (banded != null && lines > 1 && band != null && band.varies()) {
        notes.add("The band is drawn around the line for " + banded.label + " only.");
      }
    }
    for (Group g : groups) {
      if (g.evaluate == null) continue;
      boolean drawBand = band != null && band.varies()
          && (p.layout() != Projection.Layout.BY_Y || g == banded);
      double[] lo = new double[grid.length];
      double[] hi = new double[grid.length];
      double[] mid = new double[grid.length];
      for (int i = 0; i < grid.length; i++) {
        long[] s = g.evaluate.at(grid[i]);
        mid[i] = fitted.cost(s) / 1e6;
        lo[i] = band == null ? mid[i] : band.lower(s) / 1e6;
        hi[i] = band == null ? mid[i] : band.upper(s) / 1e6;
      }
      if (drawBand) main.add(Series.band("band" + g.suffix(), g.lineColor, grid, lo, hi));
      main.add(Series.line("fitted" + g.suffix(), g.lineColor, grid, mid));
    }
    List<Point> unused = points.stream().filter(q -> !q.used()).toList();
    if (!unused.isEmpty()) {
      main.add(0, scatter("not used by the fit", ORANGE, p.axis(), unused, null));
    }
    double sumSq = 0;
    double sum = 0;
    int n = 0;
    for (Group g : groups) {
      if (g.points.isEmpty()) continue;
      main.add(scatter(g.pointName(), g.pointColor, p.axis(), g.points, null));
      resid.add(scatter(g.pointName(), g.pointColor, p.axis(), g.points, fitted));
      for (Point q : g.points) {
        double r = q.micros() - fitted.cost(q.sizes()) / 1e6;
        sumSq += r * r;
        sum += q.micros() + overheadMicros / factor; // the whole call: see BuiltinFigures

        n++;
      }
    }
    if (!resid.isEmpty()) {
      resid.add(0, Series.line("zero", 0x555555, new double[] {range[0], range[1]},
          new double[] {0, 0}));
    }
    if (band != null && !band.fixedParameters().isEmpty()) {
      notes.add("The band holds " + String.join(", ", band.fixedParameters())
          + " at the fitted value (no interval).");
    }
    String axisTitle = p.axis().label + " (argument size, ExMemory units)";
    String time = overheadMicros > 0 ? "time less call overhead" : "time";
    String unit = factor == 1 ? " (µs)" : " (µs, divided by the machine factor)";
    XyChart mainChart = new XyChart(builtin + ": measured and fitted", axisTitle, time + unit, main);
    XyChart residChart = resid.isEmpty() ? null
        : new XyChart(builtin + ": residuals", axisTitle, "measured − fitted" + unit, resid);
    double rms = n == 0 ? Double.NaN : Math.sqrt(sumSq / n) / (sum / n);
    return new BuiltinFigures(mainChart, residChart, notes, rms);
  }

  private static Series scatter(String name, int rgb, Projection.Axis axis, List<Point> pts,
      CostModel residualsOf) {
    double[] x = new double[pts.size()];
    double[] y = new double[pts.size()];
    for (int i = 0; i < x.length; i++) {
      Point q = pts.get(i);
      x[i] = axis.value(q.sizes());
      y[i] = residualsOf == null ? q.micros() : q.micros() - residualsOf.cost(q.sizes()) / 1e6;
    }
    return Series.points(name, rgb, x, y);
  }

  /** Maps an axis value to the sizes at which a series' function is drawn. */
  interface Evaluation {
    long[] at(double axisValue);
  }

  /** A series: its used points, and how its fitted line is evaluated (null: no line). */
  record Group(String label, List<Point> points, Evaluation evaluate, int pointColor,
      int lineColor) {
    String suffix() {
      return label.isEmpty() ? "" : ", " + label;
    }

    String pointName() {
      return label.isEmpty() ? "measured" : "measured, " + label;
    }
  }

  private static List<Group> groups(Projection p, List<Point> points, List<String> notes) {
    List<Point> used = points.stream().filter(Point::used).toList();
    return switch (p.layout()) {
      case SINGLE -> List.of(new Group("", used, p.axis()::sizesAt, BLUE, RED));
      case DIAGONAL -> List.of(
          new Group("x = y", filter(used, true), v -> {
            long n = Math.round(v);
            return new long[] {n, n, 0, 0, 0, 0};
          }, PALETTE[0], PALETTE[0]),
          new Group("x ≠ y", filter(used, false), v -> {
            long n = Math.round(v);
            return new long[] {n, n + 1, 0, 0, 0, 0};
          }, PALETTE[1], PALETTE[1]));
      case BY_Y -> byY(p.axis(), used, notes);
    };
  }

  /** The used points on ({@code diagonal}) or off the diagonal x = y. */
  private static List<Point> filter(List<Point> pts, boolean diagonal) {
    return pts.stream().filter(q -> (q.sizes()[0] == q.sizes()[1]) == diagonal).toList();
  }

  /** Series by the value of y: see Note [Projections of the costing functions]. */
  private static List<Group> byY(Projection.Axis axis, List<Point> used, List<String> notes) {
    TreeSet<Long> distinct = new TreeSet<>();
    for (Point q : used) distinct.add(q.sizes()[1]);
    List<Long> values = new ArrayList<>(distinct);
    List<Group> groups = new ArrayList<>();
    if (values.isEmpty()) return groups;
    if (values.size() <= MAX_EXACT_SERIES) {
      for (int k = 0; k < values.size(); k++) {
        long y = values.get(k);
        groups.add(exact(axis, used, y, k));
      }
      return groups;
    }
    List<Long> picks = new ArrayList<>();
    for (int k = 0; k < PICKED_VALUES; k++) {
      long v = values.get((int) Math.round(k * (values.size() - 1) / (double) (PICKED_VALUES - 1)));
      if (!picks.contains(v)) picks.add(v);
    }
    long covered = used.stream().filter(q -> picks.contains(q.sizes()[1])).count();
    if (covered * 4 >= used.size()) {
      for (int k = 0; k < picks.size(); k++) groups.add(exact(axis, used, picks.get(k), k));
      List<Point> rest = used.stream().filter(q -> !picks.contains(q.sizes()[1])).toList();
      if (!rest.isEmpty()) {
        groups.add(new Group("other y", rest, null, GREY, GREY));
        notes.add(String.format(Locale.ROOT, "Lines for %d of the %d values of y; the points at"
            + " other values are grey.", picks.size(), values.size()));
      }
      return groups;
    }
    // Sizes spread out (e.g. random values): quartile ranges of y, each drawn at its median.
    long[] ys = used.stream().mapToLong(q -> q.sizes()[1]).sorted().toArray();
    long prev = Long.MIN_VALUE;
    for (int k = 0; k < 4; k++) {
      long hi = k == 3 ? ys[ys.length - 1] : ys[(int) Math.floor((k + 1) * (ys.length - 1) / 4.0)];
      if (hi <= prev) continue;
      long lo = prev;
      List<Point> in = used.stream()
          .filter(q -> q.sizes()[1] > lo && q.sizes()[1] <= hi).toList();
      prev = hi;
      if (in.isEmpty()) continue;
      long[] inY = in.stream().mapToLong(q -> q.sizes()[1]).sorted().toArray();
      long rep = inY[inY.length / 2];
      String label = inY[0] == inY[inY.length - 1] ? "y = " + rep
          : "y " + inY[0] + ".." + inY[inY.length - 1];
      groups.add(new Group(label, in, evaluation(axis, in, rep), PALETTE[groups.size()],
          PALETTE[groups.size()]));
    }
    notes.add("y is spread out: one series per quarter of its values, each line drawn at the"
        + " quarter's median y.");
    return groups;
  }

  private static Group exact(Projection.Axis axis, List<Point> used, long y, int k) {
    List<Point> in = used.stream().filter(q -> q.sizes()[1] == y).toList();
    int c = PALETTE[k % PALETTE.length];
    return new Group("y = " + y, in, evaluation(axis, in, y), c, c);
  }

  /**
   * Sizes for a series line at y = {@code y}: the axis size from the grid; every other size tied to
   * the axis if it equals it at every point of the series (ExpModInteger's base and modulus),
   * else fixed at its median over the series.
   */
  private static Evaluation evaluation(Projection.Axis axis, List<Point> in, long y) {
    int a = axis.index();
    boolean[] tied = new boolean[4];
    long[] median = new long[4];
    for (int j = 0; j < 4; j++) {
      if (j == a || j == 1) continue;
      final int jj = j;
      tied[j] = !in.isEmpty() && in.stream().allMatch(q -> q.sizes()[jj] == q.sizes()[a]);
      long[] v = in.stream().mapToLong(q -> q.sizes()[jj]).sorted().toArray();
      median[j] = v.length == 0 ? 0 : v[v.length / 2];
    }
    return value -> {
      long n = Math.round(value);
      long[] s = new long[6];
      for (int j = 0; j < 4; j++) s[j] = tied[j] ? n : median[j];
      s[a] = n;
      s[1] = y;
      return s;
    };
  }

  private static double[] axisRange(Projection.Axis axis, List<Point> pts) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Point q : pts) {
      double v = axis.value(q.sizes());
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    return lo > hi ? new double[] {0, 1} : new double[] {lo, hi};
  }

  /**
   * Axis values to draw the lines at: evenly spaced over the data's range plus every measured
   * value (so a kink at a measured size, such as the diagonal, is drawn where it is).
   */
  private static double[] grid(Projection.Axis axis, List<Point> pts, double[] range) {
    TreeSet<Double> g = new TreeSet<>();
    for (int i = 0; i <= GRID; i++) g.add((double) Math.round(range[0] + (range[1] - range[0]) * i / GRID));
    TreeSet<Double> measured = new TreeSet<>();
    for (Point q : pts) measured.add(axis.value(q.sizes()));
    if (measured.size() <= 4 * GRID) g.addAll(measured);
    g.add(range[0]);
    g.add(range[1]);
    return g.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
