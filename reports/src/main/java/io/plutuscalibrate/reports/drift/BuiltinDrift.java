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
 */
public record BuiltinDrift(String builtin, int points, Ratio change, double p, double adjustedP,
    Verdict verdict, int pointsSlower, int pointsFaster) {}
