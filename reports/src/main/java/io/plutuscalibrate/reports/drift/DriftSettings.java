package io.plutuscalibrate.reports.drift;

/**
 * How {@link DriftAnalysis} decides; see Note [Drift decision] there.
 *
 * @param threshold the smallest relative change that counts as drift: 0.05 flags a builtin whose
 *     time grew by 5% or more (ratio at least 1.05) or shrank by 5% or more (at most 0.95)
 * @param fdr the error rate of the tests, e.g. 0.05: the family-wise rate of Holm's procedure
 *     across builtins (whose verdicts decide the check) and the false-discovery rate of the
 *     Benjamini-Hochberg procedure across points
 * @param normalize whether changes are measured relative to the run-wide factor (the median
 *     change over builtins), see Note [Run-to-run noise]
 * @param minRunNoise the least run-to-run noise of a builtin's level (a standard deviation on
 *     the log scale, 0.01 for about 1%) assumed however quiet the data look, and the value used
 *     when there are too few builtins to estimate it
 */
public record DriftSettings(double threshold, double fdr, boolean normalize, double minRunNoise) {
  public static final double DEFAULT_THRESHOLD = 0.05;
  public static final double DEFAULT_FDR = 0.05;
  public static final double DEFAULT_MIN_RUN_NOISE = 0.01;

  public DriftSettings {
    if (!(threshold >= 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in [0, 1), got " + threshold);
    }
    if (!(fdr > 0 && fdr < 1)) {
      throw new IllegalArgumentException("fdr must be in (0, 1), got " + fdr);
    }
    if (!(minRunNoise >= 0 && minRunNoise < 1)) {
      throw new IllegalArgumentException("minRunNoise must be in [0, 1), got " + minRunNoise);
    }
  }

  public static DriftSettings defaults() {
    return new DriftSettings(DEFAULT_THRESHOLD, DEFAULT_FDR, true, DEFAULT_MIN_RUN_NOISE);
  }

  public DriftSettings withThreshold(double t) {
    return new DriftSettings(t, fdr, normalize, minRunNoise);
  }

  public DriftSettings withFdr(double q) {
    return new DriftSettings(threshold, q, normalize, minRunNoise);
  }

  public DriftSettings withNormalize(boolean n) {
    return new DriftSettings(threshold, fdr, n, minRunNoise);
  }

  public DriftSettings withMinRunNoise(double m) {
    return new DriftSettings(threshold, fdr, normalize, m);
  }

  /**
   * The verdict for a change of {@code ratio} whose adjusted p-value is {@code adjustedP}: drift
   * needs both significance and a change beyond the threshold (Note [Drift decision] in
   * DriftAnalysis); one rule for a single run per side and for batches.
   */
  public Verdict verdict(double ratio, double adjustedP) {
    if (!(adjustedP <= fdr)) return Verdict.UNCHANGED;
    if (ratio >= 1 + threshold) return Verdict.SLOWER;
    if (ratio <= 1 - threshold) return Verdict.FASTER;
    return Verdict.UNCHANGED;
  }
}
