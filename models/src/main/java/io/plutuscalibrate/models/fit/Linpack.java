package io.plutuscalibrate.models.fit;

/**
 * The Householder QR least-squares solver that R's {@code lm} uses (LINPACK's {@code dqrdc2} and
 * {@code dqrsl} as R ships them, over the reference BLAS), operation for operation.
 *
 * <p>Note [Same arithmetic as lm]: least squares can be solved many ways that agree to 1e-15; the
 * official pipeline's integers do not always forgive that. When a builtin's mean time is below the
 * call overhead, models.R sets every time to 1 ns, and the slope lm reports is rounding noise whose
 * sign decides whether the positivity adjustment turns it into 1000 ps or leaves 1 ps; likewise an
 * intercept of 0.001 µs comes out as 1000 or 1001 ps. Repeating lm's arithmetic (same reflections,
 * same order of sums and products; the reference BLAS {@code ddot}, {@code daxpy}, {@code dscal}
 * and the LAPACK 3.10+ {@code dnrm2}) gives the same doubles, so such cases come out as in R.
 * Java's {@code double} arithmetic is IEEE 754 without fused multiply-adds, as the Fortran is.
 */
final class Linpack {
  private Linpack() {}

  /** The result of {@link #lm}: coefficients, residuals and the triangular factor. */
  record Solution(double[] coefficients, double[] residuals, double[][] r, int rank) {}

  /**
   * Least squares of {@code y} on the columns of {@code x} (column-major, {@code x[j][i]}; the
   * intercept, if wanted, is a column of ones). {@code x} is overwritten. The rank is the number of
   * columns kept; a rank below the column count means collinearity (R would report NA).
   */
  static Solution lm(double[][] x, double[] y, double tol) {
    int p = x.length;
    int n = y.length;
    double[] qraux = new double[p];
    int k = dqrdc2(x, n, p, tol, qraux);
    double[] qty = y.clone();
    double[] b = new double[k];
    double[] rsd = new double[n];
    dqrsl(x, n, k, qraux, qty, b, rsd);
    double[][] r = new double[k][k];
    for (int j = 0; j < k; j++) {
      for (int i = 0; i <= j; i++) r[i][j] = x[j][i];
    }
    return new Solution(b, rsd, r, k);
  }

  /** LINPACK dqrdc2 (R's limited-pivoting variant); returns the rank k. 0-based indices. */
  private static int dqrdc2(double[][] x, int n, int p, double tol, double[] qraux) {
    double[] work1 = new double[p];
    double[] work2 = new double[p];
    for (int j = 0; j < p; j++) {
      qraux[j] = dnrm2(x[j], 0, n);
      work1[j] = qraux[j];
      work2[j] = qraux[j] == 0 ? 1 : qraux[j];
    }
    int lup = Math.min(n, p);
    int k = p + 1; // 1-based as in the Fortran
    for (int l = 0; l < lup; l++) {
      // Move negligible columns to the end (1-based test: l+1 >= k).
      while (!(l + 1 >= k || qraux[l] >= work2[l] * tol)) {
        double[] col = x[l];
        double q = qraux[l];
        double w1 = work1[l];
        double w2 = work2[l];
        for (int j = l + 1; j < p; j++) {
          x[j - 1] = x[j];
          qraux[j - 1] = qraux[j];
          work1[j - 1] = work1[j];
          work2[j - 1] = work2[j];
        }
        x[p - 1] = col;
        qraux[p - 1] = q;
        work1[p - 1] = w1;
        work2[p - 1] = w2;
        k--;
      }
      if (l == n - 1) continue;
      double[] xl = x[l];
      double nrmxl = dnrm2(xl, l, n);
      if (nrmxl == 0) continue;
      if (xl[l] != 0) nrmxl = Math.copySign(Math.abs(nrmxl), xl[l]);
      dscal(1.0 / nrmxl, xl, l, n);
      xl[l] = 1.0 + xl[l];
      for (int j = l + 1; j < p; j++) {
        double[] xj = x[j];
        double t = -ddot(xl, xj, l, n) / xl[l];
        daxpy(t, xl, xj, l, n);
        if (qraux[j] != 0) {
          double a = Math.abs(xj[l]) / qraux[j];
          double tt = 1.0 - a * a;
          tt = Math.max(tt, 0.0);
          t = tt;
          if (Math.abs(t) < 1e-6) {
            qraux[j] = dnrm2(xj, l + 1, n);
            work1[j] = qraux[j];
          } else {
            qraux[j] = qraux[j] * Math.sqrt(t);
          }
        }
      }
      qraux[l] = xl[l];
      xl[l] = -nrmxl;
    }
    return Math.min(k - 1, n);
  }

  /** LINPACK dqrsl with job 1110: Q'y, the coefficients b and the residuals. */
  private static void dqrsl(double[][] x, int n, int k, double[] qraux, double[] qty, double[] b,
      double[] rsd) {
    int ju = Math.min(k, n - 1);
    if (ju == 0) {
      // n == 1: special case in dqrsl.
      if (k > 0 && x[0][0] != 0) b[0] = qty[0] / x[0][0];
      return;
    }
    for (int j = 0; j < ju; j++) {
      if (qraux[j] == 0) continue;
      double[] xj = x[j];
      double temp = xj[j];
      xj[j] = qraux[j];
      double t = -ddot(xj, qty, j, n) / xj[j];
      daxpy(t, xj, qty, j, n);
      xj[j] = temp;
    }
    System.arraycopy(qty, 0, b, 0, k);
    if (k < n) System.arraycopy(qty, k, rsd, k, n - k);
    for (int i = 0; i < k; i++) rsd[i] = 0;
    for (int j = k - 1; j >= 0; j--) {
      if (x[j][j] == 0) break; // singular: R reports info = j
      b[j] = b[j] / x[j][j];
      if (j == 0) break;
      double t = -b[j];
      daxpy(t, x[j], b, 0, j);
    }
    for (int j = ju - 1; j >= 0; j--) {
      if (qraux[j] == 0) continue;
      double[] xj = x[j];
      double temp = xj[j];
      xj[j] = qraux[j];
      double t = -ddot(xj, rsd, j, n) / xj[j];
      daxpy(t, xj, rsd, j, n);
      xj[j] = temp;
    }
  }

  /** BLAS ddot over [from, to): a left-to-right sum, as the unrolled Fortran computes it. */
  private static double ddot(double[] a, double[] b, int from, int to) {
    double s = 0;
    for (int i = from; i < to; i++) s += a[i] * b[i];
    return s;
  }

  /** BLAS daxpy over [from, to): y += a x. (The Fortran returns at once when a is 0.) */
  private static void daxpy(double a, double[] x, double[] y, int from, int to) {
    if (a == 0) return;
    for (int i = from; i < to; i++) y[i] = y[i] + a * x[i];
  }

  private static void dscal(double a, double[] x, int from, int to) {
    for (int i = from; i < to; i++) x[i] = a * x[i];
  }

  // dnrm2 of LAPACK 3.10 and later (Blue's algorithm with three accumulators). Its thresholds
  // for double precision (Fortran minexponent -1021, maxexponent 1024, digits 53):
  private static final double TSML = 0x1p-511; // 2^ceiling((minexponent - 1) / 2)
  private static final double TBIG = 0x1p486; // 2^floor((maxexponent - digits + 1) / 2)
  private static final double SSML = 0x1p537; // 2^-floor((minexponent - digits) / 2)
  private static final double SBIG = 0x1p-538; // 2^-ceiling((maxexponent + digits - 1) / 2)

  static double dnrm2(double[] x, int from, int to) {
    if (to - from <= 0) return 0;
    boolean notbig = true;
    double asml = 0;
    double amed = 0;
    double abig = 0;
    for (int i = from; i < to; i++) {
      double ax = Math.abs(x[i]);
      if (ax > TBIG) {
        double v = ax * SBIG;
        abig = abig + v * v;
        notbig = false;
      } else if (ax < TSML) {
        if (notbig) {
          double v = ax * SSML;
          asml = asml + v * v;
        }
      } else {
        amed = amed + ax * ax;
      }
    }
    double scl;
    double sumsq;
    if (abig > 0) {
      if (amed > 0 || Double.isNaN(amed)) abig = abig + (amed * SBIG) * SBIG;
      scl = 1.0 / SBIG;
      sumsq = abig;
    } else if (asml > 0) {
      if (amed > 0 || Double.isNaN(amed)) {
        amed = Math.sqrt(amed);
        asml = Math.sqrt(asml) / SSML;
        double ymin = asml > amed ? amed : asml;
        double ymax = asml > amed ? asml : amed;
        scl = 1.0;
        double q = ymin / ymax;
        sumsq = ymax * ymax * (1.0 + q * q);
      } else {
        scl = 1.0 / SSML;
        sumsq = asml;
      }
    } else {
      scl = 1.0;
      sumsq = amed;
    }
    return scl * Math.sqrt(sumsq);
  }
}
