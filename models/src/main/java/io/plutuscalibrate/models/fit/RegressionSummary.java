package io.plutuscalibrate.models.fit;

/**
 * Diagnostics of one regression of a fit (a split rule has two: the model and the constant).
 *
 * @param part {@code "model"} or {@code "constant"}
 * @param formula as models.R writes it
 * @param points the points the final regression used
 * @param df residual degrees of freedom
 * @param rSquared R² (0 for a mean)
 * @param residualStandardErrorPs the residual standard error, in picoseconds
 */
public record RegressionSummary(String part, String formula, int points, int df, double rSquared,
    double residualStandardErrorPs) {}
