package io.plutuscalibrate.reports.stats;

import org.apache.commons.math3.special.Gamma;

/**
 * Empirical-Bayes moderation of many sample variances that share their degrees of freedom
 * (Smyth 2004, "Linear models and empirical Bayes methods for assessing differential expression
 * in microarray experiments", the "limma" moderated t). Each s_g^2 on df degrees of freedom is
 * taken as drawn from a scaled inverse chi-square prior with d0 degrees of freedom around s0^2;
 * the posterior estimate is
 *
 * <pre>
 *   s~_g^2 = (d0 s0^2 + df s_g^2) / (d0 + df)
 * </pre>
 *
 * and the moderated t of a contrast uses s~_g on d0 + df degrees of freedom. d0 and s0^2 come
 * from the method of moments on log s_g^2: its mean is log s0^2 + digamma(df/2) - log(df/2) +
 * log(d0/2) - digamma(d0/2) and its variance trigamma(df/2) + trigamma(d0/2). When the log
 * variances spread no more than sampling alone explains, d0 is infinite (all groups share s0^2);
 * when they spread a lot, d0 is small and each group keeps mostly its own variance.
 *
 * @param d0 the prior degrees of freedom, possibly infinite
 * @param s0sq the prior variance
 * @param df the degrees of freedom of each sample variance
 */
public record ModeratedVariance(double d0, double s0sq, double df) {
  /** Prior degrees of freedom beyond which the prior is treated as exact. */
  public static final double MAX_D0 = 1e6;

  /**
   * Estimates the prior from {@code variances}, each on {@code df} degrees of freedom. Zero,
   * negative or non-finite variances are left out of the estimate (log 0 is -infinity). With
   * fewer than three usable variances nothing can be estimated and d0 is 0 (no moderation).
   */
  public static ModeratedVariance fit(double[] variances, double df) {
    if (!(df > 0)) throw new IllegalArgumentException("df must be positive, got " + df);
    int n = 0;
    for (double v : variances) if (v > 0 && Double.isFinite(v)) n++;
    double[] e = new double[n];
    int j = 0;
    double shift = Gamma.digamma(df / 2) - Math.log(df / 2);
    for (double v : variances) if (v > 0 && Double.isFinite(v)) e[j++] = Math.log(v) - shift;
    if (n < 3) return new ModeratedVariance(0, n == 0 ? 0 : Math.exp(Robust.mean(e)), df);
    double ebar = Robust.mean(e);
    double excess = Robust.variance(e) - Gamma.trigamma(df / 2);
    // An infinite prior: every group has the same variance, best estimated by the plain mean
    // of the usable variances (as limma's fitFDist does).
    double[] usable = new double[n];
    j = 0;
    for (double v : variances) if (v > 0 && Double.isFinite(v)) usable[j++] = v;
    if (!(excess > 0)) return new ModeratedVariance(Double.POSITIVE_INFINITY, Robust.mean(usable), df);
    double d0 = 2 * trigammaInverse(excess);
    if (d0 > MAX_D0) return new ModeratedVariance(Double.POSITIVE_INFINITY, Robust.mean(usable), df);
    double s0sq = Math.exp(ebar + Gamma.digamma(d0 / 2) - Math.log(d0 / 2));
    return new ModeratedVariance(d0, s0sq, df);
  }

  /** The moderated variance of a group whose own variance is {@code s2}. */
  public double moderate(double s2) {
    if (Double.isInfinite(d0)) return s0sq;
    if (!(s2 >= 0) || !Double.isFinite(s2)) return s0sq;
    return (d0 * s0sq + df * s2) / (d0 + df);
  }

  /** The degrees of freedom of a moderated t: d0 + df (infinite when d0 is). */
  public double totalDf() {
    return d0 + df;
  }

  /**
   * The x with trigamma(x) = y for y > 0, by Newton's method on 1/trigamma (Smyth's algorithm,
   * which converges monotonically from the start below).
   */
  static double trigammaInverse(double y) {
    if (y > 1e7) return 1 / Math.sqrt(y);
    if (y < 1e-6) return 1 / y;
    double x = 0.5 + 1 / y;
    for (int i = 0; i < 50; i++) {
      double tri = Gamma.trigamma(x);
      double step = tri * (1 - tri / y) / tetragamma(x);
      x += step;
      if (-step / x < 1e-8) break;
    }
    return x;
  }

  /** psi''(x), by a central difference of trigamma (only used for Newton steps). */
  private static double tetragamma(double x) {
    double h = 1e-4 * Math.max(1, x);
    return (Gamma.trigamma(x + h) - Gamma.trigamma(x - h)) / (2 * h);
  }
}
