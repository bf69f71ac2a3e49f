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
   * The law of integer weights: weighting a point by k is fitting it k times. Coefficients agree
   * with those of the data with each row repeated; the weighted residuals' sum of squares equals
   * the repeated data's, so sigma agrees once the degrees of freedom are the same, which they are
   * not (the repeated data has more rows): compare sigma² × df instead.
   */
  @Test
  void integerWeightsAreRepeatedRows() {
    Random rng = new Random(11);
    for (int trial = 0; trial < 30; trial++) {
      int n = 8 + rng.nextInt(30);
      double[] y = new double[n];
      double[] x1 = new double[n];
      double[] x2 = new double[n];
      double[] w = new double[n];
      List<Double> ry = new java.util.ArrayList<>();
      List<Double> r1 = new java.util.ArrayList<>();
      List<Double> r2 = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        x1[i] = rng.nextInt(500);
        x2[i] = rng.nextInt(70) * 3.5;
        y[i] = 4 + 0.3 * x1[i] - 2 * x2[i] + rng.nextGaussian() * 5;
        w[i] = 1 + rng.nextInt(4);
        for (int k = 0; k < w[i]; k++) {
          ry.add(y[i]);
          r1.add(x1[i]);
          r2.add(x2[i]);
        }
      }
      OlsFit weighted = Ols.fit(y, List.of(x1, x2), w).orElseThrow();
      OlsFit repeated = Ols.fit(unbox(ry), List.of(unbox(r1), unbox(r2))).orElseThrow();
      for (int j = 0; j < 3; j++) {
        double b = repeated.coefficients()[j];
        assertEquals(b, weighted.coefficients()[j], 1e-9 * Math.max(1, Math.abs(b)), "b" + j);
      }
      assertEquals(repeated.sigma() * repeated.sigma() * repeated.df(),
          weighted.sigma() * weighted.sigma() * weighted.df(),
          1e-9 * repeated.sigma() * repeated.sigma() * repeated.df());
      assertEquals(repeated.rSquared(), weighted.rSquared(), 1e-10);
      assertEquals(n - 3, weighted.df());
      // The residuals are the unweighted ones: observed minus fitted.
      double fitted0 = weighted.coefficients()[0] + weighted.coefficients()[1] * x1[0]
          + weighted.coefficients()[2] * x2[0];
      assertEquals(y[0] - fitted0, weighted.residuals()[0], 1e-9 * Math.max(1, Math.abs(y[0])));
    }
  }

  /** Weights of 1 are the unweighted fit, to the last bit (so lm's arithmetic is kept). */
  @Test
  void unitWeightsAreTheUnweightedFit() {
    Random rng = new Random(12);
    int n = 40;
    double[] y = new double[n];
    double[] x = new double[n];
    double[] ones = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = rng.nextInt(100);
      y[i] = 1 + 0.5 * x[i] + rng.nextGaussian();
      ones[i] = 1;
    }
    OlsFit a = Ols.fit(y, List.of(x)).orElseThrow();
    OlsFit b = Ols.fit(y, List.of(x), ones).orElseThrow();
    org.junit.jupiter.api.Assertions.assertArrayEquals(a.coefficients(), b.coefficients(), 0);
    org.junit.jupiter.api.Assertions.assertArrayEquals(a.standardErrors(), b.standardErrors(), 0);
    assertEquals(a.rSquared(), b.rSquared(), 0);
  }

  private static double[] unbox(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).toArray();
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
