package io.plutuscalibrate.models.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ordinary least squares with an intercept, by Householder QR as R's {@code lm} does it: the
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
    if (p == 1) return Optional.of(interceptOnly(yy, n0 - n));
    double[][] x = new double[p][];
    for (int j = 0; j < p; j++) x[j] = a[j].clone();

    double[] qty = yy.clone();
    double[] rdiag = new double[p];
    for (int k = 0; k < p; k++) {
      double[] col = a[k];
      double orig = norm(x[k], 0);
      double nrm = norm(col, k);
      if (!(nrm > TOLERANCE * orig)) return Optional.empty();
      // Householder reflector that maps col[k..] onto -sign(col[k]) * nrm * e_k.
      double alpha = col[k] > 0 ? -nrm : nrm;
      col[k] -= alpha;
      double vnorm2 = 0;
      for (int i = k; i < n; i++) vnorm2 += col[i] * col[i];
      for (int j = k + 1; j < p; j++) reflect(col, a[j], k, n, vnorm2);
      reflect(col, qty, k, n, vnorm2);
      rdiag[k] = alpha;
    }
    // R (upper triangle): r[i][j] = a[j][i] for i < j, rdiag on the diagonal.
    double[] beta = new double[p];
    for (int i = p - 1; i >= 0; i--) {
      double s = qty[i];
      for (int j = i + 1; j < p; j++) s -= a[j][i] * beta[j];
      beta[i] = s / rdiag[i];
    }
    double[] residuals = new double[n];
    double rss = 0;
    double ySum = 0;
    for (int i = 0; i < n; i++) {
      double fitted = 0;
      for (int j = 0; j < p; j++) fitted += x[j][i] * beta[j];
      residuals[i] = yy[i] - fitted;
      rss += residuals[i] * residuals[i];
      ySum += yy[i];
    }
    double yMean = ySum / n;
    double tss = 0;
    for (double v : yy) tss += (v - yMean) * (v - yMean);
    int df = n - p;
    double sigma = df > 0 ? Math.sqrt(rss / df) : Double.NaN;
    // Var(beta) = sigma^2 (R^T R)^-1 = sigma^2 R^-1 R^-T: row norms of R^-1.
    double[][] rinv = new double[p][p];
    for (int c = 0; c < p; c++) {
      rinv[c][c] = 1 / rdiag[c];
      for (int i = c - 1; i >= 0; i--) {
        double s = 0;
        for (int j = i + 1; j <= c; j++) s += a[j][i] * rinv[j][c];
        rinv[i][c] = -s / rdiag[i];
      }
    }
    double[] se = new double[p];
    for (int i = 0; i < p; i++) {
      double s = 0;
      for (int c = i; c < p; c++) s += rinv[i][c] * rinv[i][c];
      se[i] = sigma * Math.sqrt(s);
    }
    double r2 = tss > 0 ? 1 - rss / tss : Double.NaN;
    return Optional.of(new OlsFit(beta, se, sigma, r2, n, df, n0 - n, residuals));
  }

  /** {@code lm(t ~ 1)}: the mean, with standard error sd / sqrt(n); R² is 0 as summary.lm has it. */
  private static OlsFit interceptOnly(double[] y, int dropped) {
    int n = y.length;
    double mean = RStats.mean(y);
    double sd = RStats.sd(y, mean);
    double[] residuals = new double[n];
    for (int i = 0; i < n; i++) residuals[i] = y[i] - mean;
    return new OlsFit(new double[] {mean}, new double[] {sd / Math.sqrt(n)}, sd, 0, n, n - 1,
        dropped, residuals);
  }

  private static double norm(double[] v, int from) {
    double scale = 0;
    for (int i = from; i < v.length; i++) scale = Math.max(scale, Math.abs(v[i]));
    if (scale == 0) return 0;
    double s = 0;
    for (int i = from; i < v.length; i++) {
      double q = v[i] / scale;
      s += q * q;
    }
    return scale * Math.sqrt(s);
  }

  /** target[k..] -= 2 v (v . target) / (v . v), v = col[k..]. */
  private static void reflect(double[] v, double[] target, int k, int n, double vnorm2) {
    if (vnorm2 == 0) return;
    double dot = 0;
    for (int i = k; i < n; i++) dot += v[i] * target[i];
    double f = 2 * dot / vnorm2;
    for (int i = k; i < n; i++) target[i] -= f * v[i];
  }

  /** Columns of regressors for the given terms. */
  static List<double[]> columns(Points points, List<Term> terms) {
    List<double[]> cols = new ArrayList<>(terms.size());
    for (Term term : terms) cols.add(points.column(term));
    return cols;
  }
}
