package io.plutuscalibrate.reports.stats;

import java.util.Arrays;

/**
 * Robust location and scale: the median and the median absolute deviation. Timing data has heavy
 * tails (a burst of interference makes a few points much slower), so the drift and comparison
 * reports estimate levels and spreads with these rather than with means and standard deviations.
 */
public final class Robust {
  /** Makes the MAD a consistent estimate of the standard deviation under normality. */
  public static final double MAD_TO_SD = 1.482602218505602;

  /**
   * Variance of the sample median relative to that of the mean under normality, for large samples
   * (pi / 2): the median of n points with standard deviation s has variance about
   * (pi / 2) s^2 / n.
   */
  public static final double MEDIAN_VARIANCE_FACTOR = Math.PI / 2;

  private Robust() {}

  /** The median; NaN for no values. */
  public static double median(double[] values) {
    int n = values.length;
    if (n == 0) return Double.NaN;
    double[] x = values.clone();
    Arrays.sort(x);
    return n % 2 == 1 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
  }

  /**
   * The median absolute deviation from the median, scaled by {@link #MAD_TO_SD} so that it
   * estimates the standard deviation of normal data; NaN for no values.
   */
  public static double madSd(double[] values) {
    if (values.length == 0) return Double.NaN;
    double m = median(values);
    double[] dev = new double[values.length];
    for (int i = 0; i < values.length; i++) dev[i] = Math.abs(values[i] - m);
    return MAD_TO_SD * median(dev);
  }

  /** The smallest and largest values: {@code [min, max]}; NaNs for no values. */
  public static double[] range(double[] values) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    return values.length == 0 ? new double[] {Double.NaN, Double.NaN} : new double[] {lo, hi};
  }

  /** The arithmetic mean; NaN for no values. */
  public static double mean(double[] values) {
    if (values.length == 0) return Double.NaN;
    double s = 0;
    for (double v : values) s += v;
    return s / values.length;
  }

  /** The sample variance (n - 1 in the denominator); NaN for fewer than two values. */
  public static double variance(double[] values) {
    int n = values.length;
    if (n < 2) return Double.NaN;
    double m = mean(values);
    double ss = 0;
    for (double v : values) ss += (v - m) * (v - m);
    return ss / (n - 1);
  }
}
