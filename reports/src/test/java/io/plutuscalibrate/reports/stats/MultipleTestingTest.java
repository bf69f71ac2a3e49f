package io.plutuscalibrate.reports.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MultipleTestingTest {
  // p <- c(0.01, 0.04, 0.03, 0.005, 0.5, 0.2); reference values from the definitions of R 4.x
  // p.adjust(p, "BH") and p.adjust(p, "holm"), worked by hand:
  // sorted 0.005 0.01 0.03 0.04 0.2 0.5 (ranks 1..6).
  private static final double[] P = {0.01, 0.04, 0.03, 0.005, 0.5, 0.2};

  @Test
  void benjaminiHochbergMatchesPAdjust() {
    // BH: p(k) * 6 / k = 0.03 0.03 0.06 0.06 0.24 0.5, then running minimum from the top.
    assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.03, 0.5, 0.24},
        BenjaminiHochberg.adjust(P), 1e-12);
  }

  @Test
  void holmMatchesPAdjust() {
    // Holm: (6 - k + 1) p(k) = 0.03 0.05 0.12 0.12 0.4 0.5, running maximum from the bottom.
    assertArrayEquals(new double[] {0.05, 0.12, 0.12, 0.03, 0.5, 0.4}, Holm.adjust(P), 1e-12);
  }

  @Test
  void nanEntriesAreKeptOutOfTheCount() {
    double[] bh = BenjaminiHochberg.adjust(new double[] {0.01, Double.NaN, 0.02});
    assertEquals(0.02, bh[0], 1e-12);
    assertTrue(Double.isNaN(bh[1]));
    assertEquals(0.02, bh[2], 1e-12);
  }

  @Test
  void adjustedValuesAreMonotoneInPAndAtLeastP() {
    // Laws: adjusted >= raw; order of raw p-values is kept; Holm >= BH.
    SplittableRandom rnd = new SplittableRandom(3);
    for (int trial = 0; trial < 200; trial++) {
      double[] p = new double[1 + rnd.nextInt(40)];
      for (int i = 0; i < p.length; i++) p[i] = Math.pow(rnd.nextDouble(), 3);
      double[] bh = BenjaminiHochberg.adjust(p);
      double[] holm = Holm.adjust(p);
      for (int i = 0; i < p.length; i++) {
        assertTrue(bh[i] >= p[i] - 1e-15 && bh[i] <= 1);
        assertTrue(holm[i] >= bh[i] - 1e-15 && holm[i] <= 1);
        for (int j = 0; j < p.length; j++) {
          if (p[i] < p[j]) {
            assertTrue(bh[i] <= bh[j] + 1e-15);
            assertTrue(holm[i] <= holm[j] + 1e-15);
          }
        }
      }
    }
  }

  @Test
  void underTheNullBonferroniStyleControlHolds() {
    // Uniform p-values: the chance that Holm rejects anything at 5% is at most 5%.
    SplittableRandom rnd = new SplittableRandom(11);
    int any = 0;
    int trials = 2000;
    for (int t = 0; t < trials; t++) {
      double[] p = new double[50];
      for (int i = 0; i < p.length; i++) p[i] = rnd.nextDouble();
      for (double a : Holm.adjust(p)) {
        if (a <= 0.05) {
          any++;
          break;
        }
      }
    }
    assertTrue(any <= 0.065 * trials, any + " of " + trials);
  }

  @Test
  void robustMedianAndMad() {
    assertEquals(3, Robust.median(new double[] {5, 1, 3}), 0);
    assertEquals(2.5, Robust.median(new double[] {4, 1, 3, 2}), 0);
    assertTrue(Double.isNaN(Robust.median(new double[0])));
    // MAD of 1..5 around 3 is 1; one wild value does not move it.
    assertEquals(Robust.MAD_TO_SD, Robust.madSd(new double[] {1, 2, 3, 4, 5}), 1e-15);
    assertEquals(Robust.MAD_TO_SD, Robust.madSd(new double[] {1, 2, 3, 4, 5000}), 1e-15);
    assertEquals(2.5, Robust.variance(new double[] {1, 2, 3, 4, 5}), 1e-15);
  }
}
