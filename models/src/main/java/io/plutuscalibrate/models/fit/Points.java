package io.plutuscalibrate.models.fit;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

/**
 * The benchmark points of one builtin in columns: sizes x, y, z, u and times t, t.mean.lb,
 * t.mean.ub (µs), in file order. Immutable: every operation returns new points. Columnar so that
 * the bootstrap, which refits thousands of times, allocates little.
 */
final class Points {
  final double[] x;
  final double[] y;
  final double[] z;
  final double[] u;
  final double[] t;
  final double[] lb;
  final double[] ub;

  private Points(double[] x, double[] y, double[] z, double[] u, double[] t, double[] lb,
      double[] ub) {
    this.x = x;
    this.y = y;
    this.z = z;
    this.u = u;
    this.t = t;
    this.lb = lb;
    this.ub = ub;
  }

  static Points of(List<BenchmarkRow> rows) {
    int n = rows.size();
    double[][] c = new double[7][n];
    for (int i = 0; i < n; i++) {
      BenchmarkRow r = rows.get(i);
      c[0][i] = r.x();
      c[1][i] = r.y();
      c[2][i] = r.z();
      c[3][i] = r.u();
      c[4][i] = r.t();
      c[5][i] = r.tMeanLb();
      c[6][i] = r.tMeanUb();
    }
    return new Points(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
  }

  int size() {
    return t.length;
  }

  Points where(Selection selection) {
    return selection == Selection.ALL ? this : where(i -> selection.test(x[i], y[i]));
  }

  Points where(IntPredicate keep) {
    int n = size();
    int[] idx = new int[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (keep.test(i)) idx[m++] = i;
    }
    return m == n ? this : pick(Arrays.copyOf(idx, m));
  }

  /** The points at the given indices, in that order (indices may repeat). */
  Points pick(int[] idx) {
    int m = idx.length;
    double[][] c = new double[7][m];
    for (int k = 0; k < m; k++) {
      int i = idx[k];
      c[0][k] = x[i];
      c[1][k] = y[i];
      c[2][k] = z[i];
      c[3][k] = u[i];
      c[4][k] = t[i];
      c[5][k] = lb[i];
      c[6][k] = ub[i];
    }
    return new Points(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
  }

  /** A bootstrap resample: as many points, drawn uniformly with replacement. */
  Points resample(SplittableRandom rng) {
    int n = size();
    int[] idx = new int[n];
    for (int k = 0; k < n; k++) idx[k] = rng.nextInt(n);
    return pick(idx);
  }

  /** The same sizes with the three times replaced. */
  Points withTimes(double[] t, double[] lb, double[] ub) {
    return new Points(x, y, z, u, t, lb, ub);
  }

  /** The regressor {@code term} for every point. */
  double[] column(Term term) {
    int n = size();
    double[] v = new double[n];
    for (int i = 0; i < n; i++) v[i] = term.value(x[i], y[i], z[i], u[i]);
    return v;
  }
}
