package io.plutuscalibrate.reports.timing;

/**
 * One benchmark point of one run: the benchmark name {@code Builtin/size/...}, the builtin (the
 * part before the first {@code /}), criterion's summary in µs and, when the run kept them,
 * statistics of the raw samples.
 *
 * <p>Note [Within-run error of a point]: the tests work with logarithms of times, so that a
 * change is a ratio and points of very different durations are comparable. A point's level is
 * the mean log sample when raw samples exist (its standard error sqrt(var/n), with n - 1 degrees
 * of freedom: the Welch test on log times), and otherwise ln(t) with a standard error read off
 * criterion's 95% interval of the mean, (ln ub - ln lb) / (2 * 1.96). Criterion computes that
 * interval by bootstrap from the samples it took, so we need not know their number, which the
 * CSV does not record; we treat it as large (a normal reference, infinite degrees of freedom),
 * as criterion takes tens to hundreds of samples per point. Only when the interval is missing or
 * empty do we fall back to the standard deviation {@code t.sd} (the spread of the per-evaluation
 * time across samples), assuming {@link #ASSUMED_SAMPLES} samples. This within-run error is
 * the smallest part of the noise between two runs: see Note [Run-to-run noise] in
 * {@code DriftAnalysis}.
 *
 * @param benchmark the full benchmark name
 * @param builtin the benchmark name up to the first {@code /}
 * @param line the 1-based line in the source file, 0 if not from a file
 * @param mean criterion's estimate {@code t}, µs
 * @param lower the lower bound of its 95% interval, µs (NaN if unknown)
 * @param upper the upper bound, µs (NaN if unknown)
 * @param sd criterion's {@code t.sd}, µs (NaN if unknown)
 * @param samples statistics of the raw samples, or null when the run has none for this point
 */
public record PointTiming(String benchmark, String builtin, int line, double mean, double lower,
    double upper, double sd, SampleStats samples) {

  /** Samples assumed behind {@code t.sd} when the interval is unusable. */
  public static final int ASSUMED_SAMPLES = 20;

  private static final double Z975 = 1.959963984540054;

  public PointTiming {
    if (!(mean > 0) || !Double.isFinite(mean)) {
      throw new IllegalArgumentException(benchmark + ": the time must be positive, got " + mean);
    }
  }

  /** The benchmark's builtin: its name up to the first {@code /} (all of it if none). */
  public static String builtinOf(String benchmark) {
    int slash = benchmark.indexOf('/');
    return slash < 0 ? benchmark : benchmark.substring(0, slash);
  }

  /** The point's level on the log scale; see Note [Within-run error of a point]. */
  public double logLevel() {
    return samples != null ? samples.meanLog() : Math.log(mean);
  }

  /** The variance of {@link #logLevel()} within the run. */
  public double logVariance() {
    if (samples != null) return samples.varLog() / samples.n();
    if (lower > 0 && upper > lower && Double.isFinite(upper)) {
      double se = (Math.log(upper) - Math.log(lower)) / (2 * Z975);
      return se * se;
    }
    if (sd > 0 && Double.isFinite(sd)) {
      double rel = sd / mean;
      return rel * rel / ASSUMED_SAMPLES;
    }
    return 0;
  }

  /** Degrees of freedom of {@link #logVariance()}: infinite without raw samples. */
  public double degreesOfFreedom() {
    return samples != null ? samples.n() - 1 : Double.POSITIVE_INFINITY;
  }
}
