package io.plutuscalibrate.models.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

class OlsTest {
  /** Agrees with Commons Math's QR least squares on random data with several regressors. */
  @Test
  void agreesWithCommonsMath() {
    Random rng = new Random(7);
    for (int trial = 0; trial < 50; trial++) {
      int n = 20 + rng.nextInt(200);
      int k = 1 + rng.nextInt(4);
      double[] y = new double[n];
      double[][] rows = new double[n][k];
      List<double[]> cols = new java.util.ArrayList<>();
      for (int j = 0; j < k; j++) cols.add(new double[n]);
      for (int i = 0; i < n; i++) {
        double s = rng.nextGaussian();
        for (int j = 0; j < k; j++) {
          double v = rng.nextInt(1000) * Math.pow(10, j);
          rows[i][j] = v;
          cols.get(j)[i] = v;
          s += (j + 1) * 0.01 * v;
        }
        y[i] = s;
      }
      OLSMultipleLinearRegression cm = new OLSMultipleLinearRegression();
      cm.newSampleData(y, rows);
      double[] b = cm.estimateRegressionParameters();
      double[] se = cm.estimateRegressionParametersStandardErrors();
      OlsFit f = Ols.fit(y, cols).orElseThrow();
      for (int j = 0; j <= k; j++) {
        assertEquals(b[j], f.coefficients()[j], 1e-9 * Math.max(1, Math.abs(b[j])), "b" + j);
        assertEquals(se[j], f.standardErrors()[j], 1e-7 * se[j], "se" + j);
      }
      assertEquals(cm.calculateRSquared(), f.rSquared(), 1e-10);
      assertEquals(cm.estimateRegressionStandardError(), f.sigma(), 1e-10 * f.sigma());
      assertEquals(n - k - 1, f.df());
    }
  }

  /**
   * lm(t ~ x) on t = (1.1, 1.9, 3.2, 3.8), x = 1..4 in R 4.2.2 (reference BLAS 3.11): the
   * coefficients are the same doubles (see Note [Same arithmetic as lm]).
   */
  @Test
  void agreesWithLm() {
    OlsFit f = Ols.fit(new double[] {1.1, 1.9, 3.2, 3.8}, List.of(new double[] {1, 2, 3, 4}))
        .orElseThrow();
    assertEquals(0.14999999999999991, f.coefficients()[0], 0);
    assertEquals(0.94000000000000006, f.coefficients()[1], 0);
    assertEquals(0.247991935352745108, f.standardErrors()[0], 1e-15);
    assertEquals(0.090553851381374242, f.standardErrors()[1], 1e-15);
    assertEquals(0.20248456731316603, f.sigma(), 1e-15);
    assertEquals(0.98177777777777786, f.rSquared(), 1e-15);
  }

  @Test
  void collinearRegressorsAndTooFewPointsGiveNoFit() {
    double[] x = {1, 2, 3, 4, 5};
    double[] twice = {2, 4, 6, 8, 10};
    assertTrue(Ols.fit(new double[] {1, 2, 3, 4, 6}, List.of(x, twice)).isEmpty());
    assertTrue(Ols.fit(new double[] {1, 2, 3, 4, 6}, List.of(new double[] {3, 3, 3, 3, 3}))
        .isEmpty());
    assertTrue(Ols.fit(new double[] {1}, List.of(new double[] {1})).isEmpty());
  }

  @Test
  void missingValuesAreLeftOut() {
    OlsFit f = Ols.fit(new double[] {1, 2, Double.NaN, 4, 5},
        List.of(new double[] {1, 2, 3, Double.NaN, 5})).orElseThrow();
    assertEquals(3, f.n());
    assertEquals(2, f.dropped());
    assertEquals(1, f.coefficients()[1], 1e-12);
  }

  @Test
  void anInterceptOnlyFitIsTheMeanWithItsStandardError() {
    OlsFit f = Ols.fit(new double[] {1, 2, 3, 6}, List.of()).orElseThrow();
    assertEquals(3, f.coefficients()[0], 1e-15);
    // sd(c(1,2,3,6)) / sqrt(4)
    assertEquals(Math.sqrt(14.0 / 3) / 2, f.standardErrors()[0], 1e-12);
    assertEquals(0, f.rSquared());
  }
}
