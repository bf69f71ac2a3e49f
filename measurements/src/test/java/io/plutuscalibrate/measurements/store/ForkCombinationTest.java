package io.plutuscalibrate.measurements.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.measurements.sampler.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** The combination law of Note [Forks], on made-up summaries. */
class ForkCombinationTest {
  /** A fork's summary: estimate t with a symmetric relative half-width r. */
  static Summary fork(double t, double r) {
    return new Summary(20, t, t * (1 - r), t * (1 + r), t * 0.05, t * 0.04, t * 0.07, 0.95);
  }

  static double t(int df) {
    return new TDistribution(null, df).inverseCumulativeProbability(0.975);
  }

  @Test
  void oneForkIsItsOwnSummary() {
    Summary s = fork(1e-6, 0.02);
    ForkCombination.Combined c = ForkCombination.combine(List.of(s));
    assertSame(s, c.summary());
    assertEquals(1, c.forks());
  }

  @Test
  void twoForksGiveTheGeometricMeanAndATIntervalCoveringBoth() {
    Summary a = fork(1.0e-6, 0.01);
    Summary b = fork(1.2e-6, 0.01);
    Summary c = ForkCombination.combine(List.of(a, b)).summary();
    assertEquals(Math.sqrt(1.0e-6 * 1.2e-6), c.estimate(), 1e-18);
    // sd of two log values is |d|/sqrt 2; over sqrt 2 again: the half-width is t(1) |d| / 2
    double h = t(1) * Math.log(1.2) / 2;
    assertEquals(Math.exp(Math.log(c.estimate()) - h), c.lower(), 1e-15);
    assertEquals(Math.exp(Math.log(c.estimate()) + h), c.upper(), 1e-15);
    assertTrue(c.lower() <= a.estimate() && b.estimate() <= c.upper());
    assertEquals(40, c.samples());
    assertEquals(0.95, c.confidence());
  }

  @Test
  void theMedianIgnoresOneOddSession() {
    Summary c = ForkCombination.combine(List.of(fork(1.0e-6, 0.01), fork(1.5e-6, 0.01),
        fork(1.02e-6, 0.01))).summary();
    assertEquals(1.02e-6, c.estimate(), 1e-18);
    double[] x = {Math.log(1.0e-6), Math.log(1.5e-6), Math.log(1.02e-6)};
    double mean = (x[0] + x[1] + x[2]) / 3;
    double ss = 0;
    for (double v : x) ss += (v - mean) * (v - mean);
    double h = t(2) * Math.sqrt(ss / 2) / Math.sqrt(3);
    assertEquals(Math.log(1.02e-6) + h, Math.log(c.upper()), 1e-12);
    assertEquals(Math.log(1.02e-6) - h, Math.log(c.lower()), 1e-12);
  }

  @Test
  void agreeingForksKeepTheirOwnUncertainty() {
    // identical estimates, so no spread between forks: the width is the forks' own
    List<Summary> forks = List.of(fork(2e-6, 0.05), fork(2e-6, 0.05), fork(2e-6, 0.05));
    ForkCombination.Combined c = ForkCombination.combine(forks);
    double h = Math.sqrt(3 * Math.pow(Math.log(1 / 0.95), 2)) / 3;
    assertEquals(h, Math.log(c.summary().upper() / c.summary().estimate()), 1e-12);
    assertTrue(!c.spreadDecides());
  }

  @Test
  void lawHoldsOnRandomForks() {
    Random rnd = new Random(7);
    for (int trial = 0; trial < 2000; trial++) {
      int n = 2 + rnd.nextInt(5);
      List<Summary> forks = new ArrayList<>();
      double base = Math.exp(rnd.nextGaussian() * 3 - 12);
      for (int i = 0; i < n; i++) {
        forks.add(fork(base * Math.exp(rnd.nextGaussian() * 0.2), 0.001 + rnd.nextDouble() * 0.3));
      }
      Summary c = ForkCombination.combine(forks).summary();
      assertTrue(c.lower() <= c.estimate() && c.estimate() <= c.upper(), c.toString());
      double[] logs = forks.stream().mapToDouble(s -> Math.log(s.estimate())).sorted().toArray();
      // the estimate is the median of the forks' log estimates
      double med = n % 2 == 1 ? logs[n / 2] : (logs[n / 2 - 1] + logs[n / 2]) / 2;
      assertEquals(med, Math.log(c.estimate()), 1e-9);
      double h = Math.log(c.upper() / c.estimate());
      // never narrower than the forks' own intervals give
      double own = 0;
      for (Summary s : forks) {
        double hi = Math.max(Math.log(s.upper() / s.estimate()), Math.log(s.estimate() / s.lower()));
        own += hi * hi;
      }
      assertTrue(h >= Math.sqrt(own) / n - 1e-12);
      if (n == 2) {
        for (Summary s : forks) {
          assertTrue(c.lower() <= s.estimate() && s.estimate() <= c.upper());
        }
      }
      assertTrue(c.sdLower() <= c.sd() && c.sd() <= c.sdUpper());
    }
  }

  @Test
  void nonPositiveTimesAreCombinedOnTheLinearScale() {
    Summary a = new Summary(10, -1e-9, -3e-9, 1e-9, 1e-9, 5e-10, 2e-9, 0.95);
    Summary b = new Summary(10, 1e-9, -1e-9, 3e-9, 1e-9, 5e-10, 2e-9, 0.95);
    Summary c = ForkCombination.combine(List.of(a, b)).summary();
    assertEquals(0, c.estimate(), 1e-21);
    assertTrue(c.lower() <= -1e-9 && c.upper() >= 1e-9);
  }
}
