package io.plutuscalibrate.measurements.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SummaryTest {
  @Test
  void trimmedMeanAndTukeyMcLaughlinIntervalByHand() {
    // n = 10, g = 1: trimmed mean of 2..9 = 5.5; winsorized sd 2.718251 (computed by hand:
    // values 2,2,3,...,9,9); SE = 2.718251 / (0.8 sqrt 10) = 1.074483; qt(0.975, 7) = 2.364624
    // (R 4.2: qt(0.975, 7)).
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 100};
    Summary s = Summary.of(x);
    assertEquals(10, s.samples());
    assertEquals(5.5, s.estimate(), 1e-12);
    double half = 2.364624 * 1.0744830798523022;
    assertEquals(5.5 - half, s.lower(), 1e-5);
    assertEquals(5.5 + half, s.upper(), 1e-5);
    // sd over all values; chi-square bounds with qchisq(0.975, 9) = 19.02277 and
    // qchisq(0.025, 9) = 2.700389.
    double mean = 14.5;
    double ss = 0;
    for (double v : x) ss += (v - mean) * (v - mean);
    assertEquals(Math.sqrt(ss / 9), s.sd(), 1e-9);
    assertEquals(Math.sqrt(ss / 19.02277), s.sdLower(), 1e-4);
    assertEquals(Math.sqrt(ss / 2.700389), s.sdUpper(), 1e-3);
  }

  @Test
  void belowTenSamplesItIsTheOrdinaryTInterval() {
    double[] x = {1, 2, 3, 4};
    Summary s = Summary.of(x);
    assertEquals(2.5, s.estimate(), 1e-12);
    double se = Math.sqrt(5.0 / 3) / 2; // sd = sqrt(5/3)
    assertEquals(2.5 + 3.182446 * se, s.upper(), 1e-5); // qt(0.975, 3)
  }

  @Test
  void anOutlierMovesTheEstimateLittle() {
    double[] x = new double[20];
    for (int i = 0; i < 20; i++) x[i] = 1.0 + 0.001 * i;
    double clean = Summary.of(x).estimate();
    x[7] = 50;
    assertEquals(clean, Summary.of(x).estimate(), 0.01);
  }

  @Test
  void intervalCoversTheTrueMeanAtAboutItsLevel() {
    // A law of the interval: over many normal samples its coverage is close to 95%.
    SplittableRandom rng = new SplittableRandom(12345);
    int trials = 2000;
    int covered = 0;
    for (int t = 0; t < trials; t++) {
      double[] x = new double[25];
      for (int i = 0; i < x.length; i++) x[i] = 10 + gaussian(rng);
      Summary s = Summary.of(x);
      if (s.lower() <= 10 && 10 <= s.upper()) covered++;
    }
    double coverage = (double) covered / trials;
    assertTrue(coverage > 0.925 && coverage < 0.975, "coverage " + coverage);
  }

  @Test
  void relativeHalfWidthAndOverlap() {
    Summary a = new Summary(10, 100, 98, 102, 1, 0.5, 2, 0.95);
    Summary b = new Summary(10, 103, 101.5, 104.5, 1, 0.5, 2, 0.95);
    Summary c = new Summary(10, 110, 109, 111, 1, 0.5, 2, 0.95);
    assertEquals(0.02, a.relativeHalfWidth(), 1e-12);
    assertTrue(a.overlaps(b));
    assertTrue(!a.overlaps(c));
  }

  @Test
  void needsTwoSamples() {
    assertThrows(IllegalArgumentException.class, () -> Summary.of(new double[] {1}));
  }

  private static double gaussian(SplittableRandom rng) {
    double u = rng.nextDouble();
    double v = rng.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
  }
}
