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
    int n0 = y.length;
    int p = columns.size() + 1;
    boolean[] keep = new boolean[n0];
    int n = 0;
    for (int i = 0; i < n0; i++) {
      boolean ok = !Double.isNaN(y[i]);
      for (int j = 0; ok && j < p - 1; j++) ok = !Double.isNaN(columns.get(j)[i]);
      keep[i] = ok;
      if (ok) n++;
    }
    if (n < p) return Optional.empty();
    double[] yy = new double[n];
    double[][] a = new double[p][n]; // column-major design matrix
    for (int i = 0, k = 0; i < n0; i++) {
      if (!keep[i]) continue;
      yy[k] = y[i];
      a[0][k] = 1;
      for (int j = 1; j < p; j++) a[j][k] = columns.get(j - 1)[i];
      k++;
    }
    Linpack.Solution qr = Linpack.lm(a, yy, TOLERANCE);
    if (qr.rank() < p) return Optional.empty();
    double[] beta = qr.coefficients();
    double[] residuals = qr.residuals();
    // As summary.lm: R² = MSS / (MSS + RSS) with fitted = y - residuals.
    double rss = 0;
    double fittedSum = 0;
    for (int i = 0; i < n; i++) {
      rss += residuals[i] * residuals[i];
      fittedSum += yy[i] - residuals[i];
    }
    double fittedMean = fittedSum / n;
    double mss = 0;
    for (int i = 0; i < n; i++) {
      double d = yy[i] - residuals[i] - fittedMean;
      mss += d * d;
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
