package io.plutuscalibrate.reports.drift;

/**
 * A ratio of times (current over baseline) with its interval. A ratio of 1.12 is "12% slower".
 *
 * @param estimate the ratio
 * @param lower the lower bound of its interval
 * @param upper the upper bound
 */
public record Ratio(double estimate, double lower, double upper) {
  /** The ratio exp(log) with the interval exp(log -+ halfWidth). */
  public static Ratio fromLog(double log, double halfWidth) {
    return new Ratio(Math.exp(log), Math.exp(log - halfWidth), Math.exp(log + halfWidth));
  }

  /** The relative change, {@code estimate - 1}: 0.12 for 12% slower. */
  public double change() {
    return estimate - 1;
  }
}
