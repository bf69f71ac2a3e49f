package io.plutuscalibrate.reports.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down procedure for controlling the family-wise error rate (the chance of even one
 * false rejection) across several tests, valid under any dependence between them: the adjusted
 * p-value of the test of rank k (ascending) among m is {@code max over j <= k of (m - j + 1)
 * p(j)}, capped at 1 (as R's {@code p.adjust(p, "holm")}). A test is rejected at level alpha
 * exactly when its adjusted p-value is at most alpha.
 */
public final class Holm {
  private Holm() {}

  /** Adjusted p-values in the order of {@code p}; NaN entries stay NaN and do not count in m. */
  public static double[] adjust(double[] p) {
    Integer[] order = new Integer[p.length];
    int m = 0;
    for (int i = 0; i < p.length; i++) {
      if (Double.isNaN(p[i])) continue;
      if (p[i] < 0 || p[i] > 1) {
        throw new IllegalArgumentException("p-value out of [0, 1] at " + i + ": " + p[i]);
      }
      order[m++] = i;
    }
    Integer[] ranked = Arrays.copyOf(order, m);
    Arrays.sort(ranked, Comparator.comparingDouble(i -> p[i]));
    double[] adjusted = new double[p.length];
    Arrays.fill(adjusted, Double.NaN);
    double running = 0;
    for (int k = 1; k <= m; k++) {
      int i = ranked[k - 1];
      running = Math.max(running, Math.min(1, (m - k + 1) * p[i]));
      adjusted[i] = running;
    }
    return adjusted;
  }
}
