package io.plutuscalibrate.models.fit;

/**
 * The result of an ordinary least-squares fit with an intercept.
 *
 * @param coefficients intercept first, then one per regressor
 * @param standardErrors the standard error of each coefficient
 * @param sigma the residual standard error, sqrt(RSS / df)
 * @param rSquared the coefficient of determination (0 for an intercept-only fit, as R reports it)
 * @param n the points used
 * @param df residual degrees of freedom, n - number of coefficients
 * @param dropped points left out because a value was missing
 * @param residuals observed minus fitted, per point used
 */
record OlsFit(double[] coefficients, double[] standardErrors, double sigma, double rSquared, int n,
    int df, int dropped, double[] residuals) {}
