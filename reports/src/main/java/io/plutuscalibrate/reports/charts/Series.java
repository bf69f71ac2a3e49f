package io.plutuscalibrate.reports.charts;

import java.util.Arrays;

/**
 * One series of an {@link XyChart}: points, a line through them, or a band (a closed polygon).
 *
 * @param name what the series shows; the page's legend prints it
 * @param kind how it is drawn
 * @param rgb its colour, 0xRRGGBB
 * @param x horizontal coordinates
 * @param y vertical coordinates, as many as {@code x}
 */
public record Series(String name, Kind kind, int rgb, double[] x, double[] y) {

  /** How a series is drawn. */
  public enum Kind {
    /** A marker at every point. */
    POINTS,
    /** A line through the points, in the given order. */
    LINE,
    /** A filled polygon through the points (a band: lower edge forward, upper edge back). */
    BAND
  }

  public Series {
    if (x.length != y.length) {
      throw new IllegalArgumentException(name + ": " + x.length + " x values, " + y.length + " y");
    }
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
        throw new IllegalArgumentException(name + ": point " + i + " is not finite");
      }
    }
    x = x.clone();
    y = y.clone();
  }

  public static Series points(String name, int rgb, double[] x, double[] y) {
    return new Series(name, Kind.POINTS, rgb, x, y);
  }

  public static Series line(String name, int rgb, double[] x, double[] y) {
    return new Series(name, Kind.LINE, rgb, x, y);
  }

  /** A band between {@code lower} and {@code upper} over {@code x} (ascending). */
  public static Series band(String name, int rgb, double[] x, double[] lower, double[] upper) {
    int n = x.length;
    if (lower.length != n || upper.length != n) {
      throw new IllegalArgumentException(name + ": band edges differ in length");
    }
    double[] px = new double[2 * n];
    double[] py = new double[2 * n];
    for (int i = 0; i < n; i++) {
      px[i] = x[i];
      py[i] = lower[i];
      px[2 * n - 1 - i] = x[i];
      py[2 * n - 1 - i] = upper[i];
    }
    return new Series(name, Kind.BAND, rgb, px, py);
  }

  public int size() {
    return x.length;
  }

  @Override
  public double[] x() {
    return x.clone();
  }

  @Override
  public double[] y() {
    return y.clone();
  }

  /** The colour as CSS wants it, {@code #rrggbb}. */
  public String cssColor() {
    return String.format("#%06x", rgb & 0xFFFFFF);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Series s && name.equals(s.name) && kind == s.kind && rgb == s.rgb
        && Arrays.equals(x, s.x) && Arrays.equals(y, s.y);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * name.hashCode() + kind.hashCode()) + Arrays.hashCode(y);
  }

  @Override
  public String toString() {
    return "Series[" + name + ", " + kind + ", " + x.length + " points]";
  }
}
