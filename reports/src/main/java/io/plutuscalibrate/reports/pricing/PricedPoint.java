package io.plutuscalibrate.reports.pricing;

/**
 * One measured point next to what the model charges for it, in picoseconds (ExCPU units; see
 * Note [Units] in {@code CostModel}).
 *
 * @param benchmark the benchmark's name, {@code Builtin/size/...}
 * @param builtin the builtin the model prices it as
 * @param line the line of the benchmark file
 * @param sizes the argument sizes in the name, in order
 * @param measured the mean time less the call overhead, ps on the measuring machine
 * @param measuredLower the lower bound of the mean less the call overhead, ps
 * @param charged what the model charges for these sizes
 * @param ratio measured / charged ({@code +Infinity} when the model charges nothing for time
 *     spent)
 * @param relative {@code ratio} divided by the machine factor: above 1 is underpriced
 */
public record PricedPoint(
    String benchmark,
    String builtin,
    int line,
    long[] sizes,
    double measured,
    double measuredLower,
    long charged,
    double ratio,
    double relative) {

  /** Whether the model charges less than the measured time (at the check's machine factor). */
  public boolean underpriced() {
    return relative > 1;
  }

  /**
   * Whether even the lower bound of the mean exceeds the charge: the underpricing is not an
   * accident of noise in this one mean.
   */
  public boolean certain(double factor) {
    return measuredLower / factor > charged;
  }

  /** The time the model does not charge for, in reference-machine ps (0 if none). */
  public double shortfall(double factor) {
    return Math.max(0, measured / factor - charged);
  }
}
