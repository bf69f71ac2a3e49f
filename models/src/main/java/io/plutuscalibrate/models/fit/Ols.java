package io.plutuscalibrate.models.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ordinary least squares with an intercept, by {@link Linpack}'s QR as R's {@code lm}: the
 * coefficients, their standard errors, the residual standard error, R² and the residual degrees
 * of freedom. Points where the response or a regressor is {@code NaN} are left out first, as
 * {@code lm}'s default {@code na.action = na.omit}.
 *
 * <p>Note [Rank deficiency]: {@code lm} drops a regressor whose column, after the earlier columns
 * are projected out, has less than 1e-7 of its original norm, and reports its coefficient as
 * {@code NA}; the Haskell conversion then fails. We refuse such fits instead (an empty result),
 * with the same tolerance, and the caller reports it.
 */
final class Ols {
  /** LINPACK dqrdc2's tolerance as {@code lm} passes it. */
  static final double TOLERANCE = 1e-7;

  private Ols() {}

  /**
   * The fit of {@code y ~ 1 + columns}; empty when fewer points than coefficients remain or the
   * regressors are collinear (Note [Rank deficiency]).
   */
  static Optional<OlsFit> fit(double[] y, List<double[]> columns) {
    return fit(y, columns, null);
  }

  /**
   * Weighted least squares, as {@code lm(y ~ 1 + columns, weights = w)}: every row, the intercept's
   * included, is multiplied by the square root of its weight, so the coefficients minimise the
   * weighted sum of squares; the standard errors, residual standard error (of the weighted
   * residuals) and R² are those {@code summary.lm} reports for a weighted fit; the residuals are
   * the unweighted ones, observed minus fitted. Points with a weight that is not positive and
   * finite are left out as missing ones are. {@code weights} null means every weight 1.
   */
  static Optional<OlsFit> fit(double[] y, List<double[]> columns, double[] weights) {
    int n0 = y.length;
    int p = columns.size() + 1;
    boolean[] keep = new boolean[n0];
    int n = 0;
    for (int i = 0; i < n0; i++) {
      boolean ok = !Double.isNaN(y[i]);
      for (int j = 0; ok && j < p - 1; j++) ok = !Double.isNaN(columns.get(j)[i]);
      if (ok && weights != null) ok = weights[i] > 0 && Double.isFinite(weights[i]);
      keep[i] = ok;
      if (ok) n++;
    }
    if (n < p) return Optional.empty();
    double[] yy = new double[n];
    double[] sw = new double[n];
    double[][] a = new double[p][n]; // column-major design matrix
    for (int i = 0, k = 0; i < n0; i++) {
      if (!keep[i]) continue;
      sw[k] = weights == null ? 1 : Math.sqrt(weights[i]);
      yy[k] = y[i] * sw[k];
      a[0][k] = sw[k];
      for (int j = 1; j < p; j++) a[j][k] = columns.get(j - 1)[i] * sw[k];
      k++;
    }
    Linpack.Solution qr = Linpack.lm(a, yy, TOLERANCE);
    if (qr.rank() < p) return Optional.empty();
    double[] beta = qr.coefficients();
    double[] weighted = qr.residuals();
    // As summary.lm: R² = MSS / (MSS + RSS), the fitted values' spread about their weighted mean.
    double rss = 0;
    double[] fitted = new double[n];
    double[] residuals = new double[n];
    double fittedSum = 0;
    double weightSum = 0;
    for (int i = 0; i < n; i++) {
      rss += weighted[i] * weighted[i];
      residuals[i] = weighted[i] / sw[i];
      fitted[i] = (yy[i] - weighted[i]) / sw[i];
      fittedSum += sw[i] * sw[i] * fitted[i];
      weightSum += sw[i] * sw[i];
    }
    double fittedMean = fittedSum / weightSum;
    double mss = 0;
    for (int i = 0; i < n; i++) {
      double d = fitted[i] - fittedMean;
      mss += sw[i] * sw[i] * d * d;
    }
    int df = n - p;
    double sigma = df > 0 ? Math.sqrt(rss / df) : Double.NaN;
    // Var(beta) = sigma^2 (R'R)^-1 = sigma^2 R^-1 R^-T: the squared row norms of R^-1.
    double[][] r = qr.r();
    double[][] rinv = new double[p][p];
    for (int c = 0; c < p; c++) {
      rinv[c][c] = 1 / r[c][c];
      for (int i = c - 1; i >= 0; i--) {
        double s = 0;
        for (int j = i + 1; j <= c; j++) s += r[i][j] * rinv[j][c];
        rinv[i][c] = -s / r[i][i];
      }
    }
    double[] se = new double[p];
    for (int i = 0; i < p; i++) {
      double s = 0;
      for (int c = i; c < p; c++) s += rinv[i][c] * rinv[i][c];
      se[i] = sigma * Math.sqrt(s);
    }
    double r2 = p == 1 ? 0 : mss / (mss + rss);
    return Optional.of(new OlsFit(beta, se, sigma, r2, n, df, n0 - n, residuals));
  }

  /** Columns of regressors for the given terms. */
  static List<double[]> columns(Points points, List<Term> terms) {
    List<double[]> cols = new ArrayList<>(terms.size());
    for (Term term : terms) cols.add(points.column(term));
    return cols;
  }
}
