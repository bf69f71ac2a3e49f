package io.plutuscalibrate.reports.pricing;

/**
 * The pricing of one builtin over all its measured points.
 *
 * @param builtin the builtin's name in the cost model
 * @param benchmark the benchmark group its points came from
 * @param costing the JSON tag of its CPU costing function
 * @param points points checked
 * @param underpriced points the model charges less than the measured time
 * @param medianRelative the median of the points' relative ratios
 * @param worst the point with the highest relative ratio
 */
public record BuiltinPricing(
    String builtin,
    String benchmark,
    String costing,
    int points,
    int underpriced,
    double medianRelative,
    PricedPoint worst) {

  public double worstRelative() {
    return worst.relative();
  }
}
