package io.plutuscalibrate.reports.drift;

/**
 * The drift verdict of one builtin, combining its points; see Note [Drift decision] in
 * {@link DriftAnalysis}.
 *
 * @param builtin the builtin (benchmark name up to the first {@code /})
 * @param points how many points both runs have
 * @param change the median ratio of its points relative to the run-wide factor, with its 95%
 *     interval including run-to-run noise
 * @param p the two-sided p-value of no change
 * @param adjustedP the Benjamini-Hochberg adjusted p-value across builtins
 * @param verdict slower, faster or unchanged
 * @param pointsSlower how many of its points drifted slower
 * @param pointsFaster how many drifted faster
 * @param betweenRunSd with several runs on a side, the moderated standard deviation (log scale)
 *     of the builtin's level between runs of one side that its test used (Note [Batches of runs]
 *     in {@link BatchDriftAnalysis}); NaN with one run per side
 */
public record BuiltinDrift(String builtin, int points, Ratio change, double p, double adjustedP,
    Verdict verdict, int pointsSlower, int pointsFaster, double betweenRunSd) {

  /** A builtin tested on one run per side: no between-run spread is known. */
  public BuiltinDrift(String builtin, int points, Ratio change, double p, double adjustedP,
      Verdict verdict, int pointsSlower, int pointsFaster) {
    this(builtin, points, change, p, adjustedP, verdict, pointsSlower, pointsFaster, Double.NaN);
  }
}
