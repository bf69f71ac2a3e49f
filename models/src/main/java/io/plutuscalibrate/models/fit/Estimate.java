package io.plutuscalibrate.models.fit;

import java.util.List;

/**
 * What {@link Estimator} makes of one builtin's points, before conversion to picoseconds. Arrays
 * are indexed like {@link FitRule#parameterNames()}; values are microseconds.
 *
 * @param raw each parameter as estimated (least squares or mean), before any adjustment
 * @param value each parameter after positivity adjustment, lifting and rounding
 * @param standardError the closed-form standard error of {@code raw}; NaN where there is none
 * @param df the residual degrees of freedom behind each standard error
 * @param adjusted which parameters the positivity adjustment changed
 * @param needsBootstrap which parameters are not a plain least-squares estimate (fan fit, adjusted
 *     or lifted), so that only a bootstrap gives them an interval
 * @param selected points left after the rule's selection
 * @param outliers points discarded as upper outliers
 * @param fanIterations iterations of the fan fit (0 for other methods)
 * @param fanUnderestimated fraction of points above the fan line (NaN for other methods)
 */
record Estimate(
    double[] raw,
    double[] value,
    double[] standardError,
    int[] df,
    boolean[] adjusted,
    boolean[] needsBootstrap,
    int selected,
    int outliers,
    List<RegressionSummary> regressions,
    List<String> warnings,
    int fanIterations,
    double fanUnderestimated) {}
