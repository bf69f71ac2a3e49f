package io.plutuscalibrate.measurements.sampler;

import java.util.Arrays;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A point's time per evaluation, summarised from its samples (seconds per evaluation, one value
 * per timed batch): the estimate with its confidence interval and the standard deviation with
 * its interval, which are the six numbers of a criterion CSV row ({@code t, t.mean.lb, t.mean.ub,
 * t.sd, t.sd.lb, t.sd.ub}).
 *
 * <p>Note [Robust summary]: the estimate is the 10% trimmed mean (the lowest and highest tenth of
 * the samples dropped, rounded down) and its interval the Tukey-McLaughlin one: standard error
 * = winsorized standard deviation / ((1 - 2g/n) sqrt n), Student t with n - 2g - 1 degrees of
 * freedom (Wilcox, Introduction to Robust Estimation, 3.7). Timing noise comes in bursts (an
 * interrupt, another process taking the core): the plain mean follows them, the median throws
 * away nine tenths of the information, and a trimmed mean keeps most of it while ignoring the
 * bursts. The interval is analytic, so the sampler can afford it after every sample when it
 * decides whether to stop (a bootstrap could not). Below 10 samples nothing is trimmed and this
 * is the ordinary t interval of the mean. The standard deviation is the ordinary sample one over
 * all samples, with the chi-square interval (exact under normality, indicative otherwise); it is
 * the spread of batch means, as criterion's is. See also Note [Sampling method] in
 * {@link Sampler}.
 */
public record Summary(int samples, double estimate, double lower, double upper, double sd,
    double sdLower, double sdUpper, double confidence) {

  /** The fraction trimmed from each end; see Note [Robust summary]. */
  public static final double TRIM = 0.10;

  /** The default confidence level of the intervals. */
  public static final double CONFIDENCE = 0.95;

  /** Summarises at least two values at the default confidence. */
  public static Summary of(double[] values) {
    return of(values, CONFIDENCE);
  }

  /** Summarises at least two values; see Note [Robust summary]. */
  public static Summary of(double[] values, double confidence) {
    int n = values.length;
    if (n < 2) throw new IllegalArgumentException("a summary needs at least 2 samples, got " + n);
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
    }
    double[] x = values.clone();
    Arrays.sort(x);
    int g = (int) Math.floor(TRIM * n);
    double trimmedSum = 0;
    for (int i = g; i < n - g; i++) trimmedSum += x[i];
    double trimmed = trimmedSum / (n - 2 * g);
    // Winsorized variance: the trimmed tails replaced by the nearest kept value.
    double wMean = 0;
    for (int i = 0; i < n; i++) wMean += x[Math.min(Math.max(i, g), n - g - 1)];
    wMean /= n;
    double wSs = 0;
    for (int i = 0; i < n; i++) {
      double d = x[Math.min(Math.max(i, g), n - g - 1)] - wMean;
      wSs += d * d;
    }
    double wSd = Math.sqrt(wSs / (n - 1));
    double se = wSd / ((1 - 2.0 * g / n) * Math.sqrt(n));
    int df = n - 2 * g - 1;
    double alpha = 1 - confidence;
    double tq = new TDistribution(null, df).inverseCumulativeProbability(1 - alpha / 2);
    double mean = 0;
    for (double v : x) mean += v;
    mean /= n;
    double ss = 0;
    for (double v : x) ss += (v - mean) * (v - mean);
    double sd = Math.sqrt(ss / (n - 1));
    ChiSquaredDistribution chi = new ChiSquaredDistribution(null, n - 1);
    double sdLower = Math.sqrt(ss / chi.inverseCumulativeProbability(1 - alpha / 2));
    double sdUpper = Math.sqrt(ss / chi.inverseCumulativeProbability(alpha / 2));
    return new Summary(n, trimmed, trimmed - tq * se, trimmed + tq * se, sd, sdLower, sdUpper,
        confidence);
  }

  /** Half the interval's width over the estimate: 0.02 means "within 2%". */
  public double relativeHalfWidth() {
    return estimate == 0 ? Double.POSITIVE_INFINITY : (upper - lower) / 2 / Math.abs(estimate);
  }

  /** Whether the two confidence intervals have a point in common. */
  public boolean overlaps(Summary other) {
    return lower <= other.upper && other.lower <= upper;
  }
}
