package io.plutuscalibrate.reports.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

class ModeratedVarianceTest {
  @Test
  void trigammaInverseInvertsTrigamma() {
    for (double y : new double[] {1e-5, 0.01, 0.3, 1, 2.5, 10, 100, 1e4}) {
      double x = ModeratedVariance.trigammaInverse(y);
      assertEquals(y, Gamma.trigamma(x), 1e-6 * y, "y = " + y);
    }
  }

  /** Variances of {@code groups} groups on df degrees of freedom around true variances drawn from
   * the scaled inverse chi-square prior (d0, s0sq), or all equal to s0sq when d0 is infinite. */
  private static double[] draw(int groups, double d0, double s0sq, double df, long seed) {
    Well19937c rng = new Well19937c(seed);
    ChiSquaredDistribution own = new ChiSquaredDistribution(rng, df);
    ChiSquaredDistribution prior = Double.isInfinite(d0) ? null : new ChiSquaredDistribution(rng, d0);
    double[] s2 = new double[groups];
    for (int g = 0; g < groups; g++) {
      double sigma2 = prior == null ? s0sq : s0sq * d0 / prior.sample();
      s2[g] = sigma2 * own.sample() / df;
    }
    return s2;
  }

  @Test
  void fitRecoversThePrior() {
    ModeratedVariance m = ModeratedVariance.fit(draw(4000, 5, 0.01, 4, 1), 4);
    assertEquals(5, m.d0(), 1.5, m.toString());
    assertEquals(0.01, m.s0sq(), 0.0015, m.toString());
    assertEquals(9, m.totalDf(), 1.5);
    // The moderated variance lies between the group's own and the prior, weighted by df.
    double s2 = 0.05;
    assertEquals((m.d0() * m.s0sq() + 4 * s2) / (m.d0() + 4), m.moderate(s2), 1e-15);
  }

  @Test
  void equalTrueVariancesGiveALargePriorWeight() {
    ModeratedVariance m = ModeratedVariance.fit(draw(4000, Double.POSITIVE_INFINITY, 0.02, 3, 2), 3);
    assertTrue(m.d0() > 30, m.toString());
    assertEquals(0.02, m.s0sq(), 0.002, m.toString());
  }

  @Test
  void noSpreadAtAllMeansAnInfinitePrior() {
    double[] same = {0.01, 0.01, 0.01, 0.01, 0.01};
    ModeratedVariance m = ModeratedVariance.fit(same, 2);
    assertEquals(Double.POSITIVE_INFINITY, m.d0());
    assertEquals(0.01, m.moderate(0.5), 1e-12);
    assertEquals(Double.POSITIVE_INFINITY, m.totalDf());
  }

  @Test
  void tooFewOrZeroVariancesLeaveEachItsOwn() {
    ModeratedVariance m = ModeratedVariance.fit(new double[] {0.01, 0, 0.04, Double.NaN}, 2);
    assertEquals(0, m.d0());
    assertEquals(0.04, m.moderate(0.04), 1e-15);
    assertEquals(2, m.totalDf());
  }
}
