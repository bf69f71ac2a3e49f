package io.plutuscalibrate.reports.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The Benjamini-Hochberg step-up procedure for controlling the false discovery rate across many
 * tests: the adjusted p-value of the test of rank k (ascending) among m is
 * {@code min over j >= k of p(j) m / j}, capped at 1 (as R's {@code p.adjust(p, "BH")}). A test is
 * a discovery at level q exactly when its adjusted p-value is at most q. Under the complete null
 * (no test has a real effect) the procedure also bounds the chance of any discovery by q; with
 * independent or positively dependent tests it bounds the expected share of false discoveries
 * among the discoveries by q.
 */
public final class BenjaminiHochberg {
  private BenjaminiHochberg() {}

  /** Adjusted p-values in the order of {@code p}; NaN entries stay NaN and do not count in m. */
  public static double[] adjust(double[] p) {
    Integer[] order = new Integer[p.length];
    int m = 0;
    for (int i = 0; i < p.length; i++) {
      if (!Double.isNaN(p[i])) order[m++] = i;
      if (!Double.isNaN(p[i]) && (p[i] < 0 || p[i] > 1)) {
        throw new IllegalArgumentException("p-value out of [0, 1] at " + i + ": " + p[i]);
      }
    }
    Integer[] ranked = Arrays.copyOf(order, m);
    Arrays.sort(ranked, Comparator.comparingDouble(i -> p[i]));
    double[] adjusted = new double[p.length];
    Arrays.fill(adjusted, Double.NaN);
    double running = 1;
    for (int k = m; k >= 1; k--) {
      int i = ranked[k - 1];
      running = Math.min(running, p[i] * m / k);
      adjusted[i] = running;
    }
    return adjusted;
  }
}
