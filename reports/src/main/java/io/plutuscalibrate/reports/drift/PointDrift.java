package io.plutuscalibrate.reports.drift;

/**
 * The drift test of one benchmark point; see Note [Drift decision] in {@link DriftAnalysis}.
 *
 * @param benchmark the benchmark name
 * @param builtin its builtin
 * @param baseline the baseline time, µs (criterion's t)
 * @param current the current time, µs
 * @param rawRatio current over baseline as measured
 * @param change the ratio relative to the run-wide factor (the raw ratio when not normalising),
 *     with its 95% interval including run-to-run noise
 * @param p the two-sided p-value of no change beyond run-to-run noise
 * @param adjustedP the Benjamini-Hochberg adjusted p-value across all points
 * @param verdict the point's verdict
 */
public record PointDrift(String benchmark, String builtin, double baseline, double current,
    double rawRatio, Ratio change, double p, double adjustedP, Verdict verdict) {}
