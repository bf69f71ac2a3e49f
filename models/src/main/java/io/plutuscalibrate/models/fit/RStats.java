package io.plutuscalibrate.models.fit;

import java.util.Arrays;

/**
 * The few summary statistics models.R uses, computed the way R computes them so that cut-offs and
 * intercepts land on the same side of a boundary as they do in R.
 */
final class RStats {
  private RStats() {}

  /**
   * R's {@code mean}: the sum divided by n, then corrected by the mean of the deviations. R does
   * both sums in long double; we do them in double-double (exact deviations, error-free sums),
   * which rounds to the same double. {@code NaN} for no values, as R's {@code mean(numeric(0))}.
   */
  static double mean(double[] v) {
    int n = v.length;
    if (n == 0) return Double.NaN;
    double s = exactSum(v, 0) / n;
    if (Double.isFinite(s)) {
      s += exactSum(v, s) / n;
    }
    return s;
  }

  /** The sum of {@code v[i] - shift} in double-double arithmetic, rounded to double. */
  private static double exactSum(double[] v, double shift) {
    double hi = 0;
    double lo = 0;
    for (double a : v) {
      // d + e == a - shift exactly (Knuth's two-sum), then hi + lo += d + e.
      double d = a - shift;
      double bb = d - a;
      double e = (a - (d - bb)) + (-shift - bb);
      double t = hi + d;
      double z = t - hi;
      lo += ((hi - (t - z)) + (d - z)) + e;
      hi = t;
    }
    return hi + lo;
  }

  /** The sample standard deviation (n - 1 in the denominator); {@code NaN} for fewer than 2. */
  static double sd(double[] v, double mean) {
    int n = v.length;
    if (n < 2) return Double.NaN;
    double ss = 0;
    for (double a : v) ss += (a - mean) * (a - mean);
    return Math.sqrt(ss / (n - 1));
  }

  /**
   * R's default {@code quantile(v, p)} (type 7), with R's interpolation {@code (1-h) x[lo] + h
   * x[hi]}. {@code NaN} for no values.
   */
  static double quantile(double[] v, double p) {
    int n = v.length;
    if (n == 0) return Double.NaN;
    double[] s = v.clone();
    Arrays.sort(s);
    double index = 1 + (n - 1) * p;
    int lo = (int) Math.floor(index);
    int hi = (int) Math.ceil(index);
    double q = s[lo - 1];
    double h = index - lo;
    if (index > lo && s[hi - 1] != q) {
      q = (1 - h) * q + h * s[hi - 1];
    }
    return q;
  }

  static double min(double[] v) {
    double m = Double.POSITIVE_INFINITY;
    for (double a : v) m = Math.min(m, a);
    return m;
  }

  static double max(double[] v) {
    double m = Double.NEGATIVE_INFINITY;
    for (double a : v) m = Math.max(m, a);
    return m;
  }
}
