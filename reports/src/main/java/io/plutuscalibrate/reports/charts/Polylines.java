package io.plutuscalibrate.reports.charts;

/** Simplification of polylines (Ramer–Douglas–Peucker) for drawing. */
final class Polylines {
  private Polylines() {}

  /**
   * Which points to keep so that no dropped point is further than {@code tolerance} (a fraction of
   * the spans {@code xSpan}, {@code ySpan}) from the line through the kept ones. The first and
   * last points are always kept.
   */
  static boolean[] keep(double[] x, double[] y, double xSpan, double ySpan, double tolerance) {
    int n = x.length;
    boolean[] keep = new boolean[n];
    if (n <= 2) {
      java.util.Arrays.fill(keep, true);
      return keep;
    }
    double sx = xSpan > 0 ? xSpan : 1;
    double sy = ySpan > 0 ? ySpan : 1;
    keep[0] = true;
    keep[n - 1] = true;
    int[] stack = new int[2 * n];
    int top = 0;
    stack[top++] = 0;
    stack[top++] = n - 1;
    while (top > 0) {
      int b = stack[--top];
      int a = stack[--top];
      double ax = x[a] / sx;
      double ay = y[a] / sy;
      double dx = x[b] / sx - ax;
      double dy = y[b] / sy - ay;
      double len = Math.hypot(dx, dy);
      int far = -1;
      double worst = tolerance;
      for (int i = a + 1; i < b; i++) {
        double px = x[i] / sx - ax;
        double py = y[i] / sy - ay;
        double d = len == 0 ? Math.hypot(px, py) : Math.abs(px * dy - py * dx) / len;
        if (d > worst) {
          worst = d;
          far = i;
        }
      }
      if (far >= 0) {
        keep[far] = true;
        stack[top++] = a;
        stack[top++] = far;
        stack[top++] = far;
        stack[top++] = b;
      }
    }
    return keep;
  }

  static double[] select(double[] v, boolean[] keep) {
    int n = 0;
    for (boolean k : keep) if (k) n++;
    double[] out = new double[n];
    int j = 0;
    for (int i = 0; i < v.length; i++) if (keep[i]) out[j++] = v[i];
    return out;
  }
}
