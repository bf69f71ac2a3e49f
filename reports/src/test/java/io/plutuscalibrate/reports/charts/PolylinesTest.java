package io.plutuscalibrate.reports.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PolylinesTest {
  @Test
  void aStraightLineKeepsItsEnds() {
    double[] x = new double[50];
    double[] y = new double[50];
    for (int i = 0; i < 50; i++) {
      x[i] = i;
      y[i] = 3 + 2.5 * i;
    }
    boolean[] keep = Polylines.keep(x, y, 49, 125, 0.0005);
    assertArrayEquals(new double[] {0, 49}, Polylines.select(x, keep));
  }

  /** Law: every dropped point lies within the tolerance of the kept polyline. */
  @Test
  void droppedPointsAreWithinTheTolerance() {
    SplittableRandom rng = new SplittableRandom(7);
    for (int trial = 0; trial < 200; trial++) {
      int n = 2 + rng.nextInt(200);
      double[] x = new double[n];
      double[] y = new double[n];
      double c = rng.nextDouble(-1, 1);
      for (int i = 0; i < n; i++) {
        x[i] = i;
        y[i] = c * i * i + (rng.nextInt(10) == 0 ? rng.nextDouble() : 0);
      }
      double sx = n;
      double sy = 1 + Math.abs(c) * n * n;
      double tol = 0.001;
      boolean[] keep = Polylines.keep(x, y, sx, sy, tol);
      assertTrue(keep[0] && keep[n - 1]);
      int a = 0;
      for (int b = 1; b < n; b++) {
        if (!keep[b]) continue;
        for (int i = a + 1; i < b; i++) {
          double d = distance(x[i] / sx, y[i] / sy, x[a] / sx, y[a] / sy, x[b] / sx, y[b] / sy);
          assertTrue(d <= tol + 1e-12, "trial " + trial + " point " + i + " is " + d + " away");
        }
        a = b;
      }
    }
  }

  private static double distance(double px, double py, double ax, double ay, double bx,
      double by) {
    double dx = bx - ax;
    double dy = by - ay;
    double len = Math.hypot(dx, dy);
    return len == 0 ? Math.hypot(px - ax, py - ay)
        : Math.abs((px - ax) * dy - (py - ay) * dx) / len;
  }
}
