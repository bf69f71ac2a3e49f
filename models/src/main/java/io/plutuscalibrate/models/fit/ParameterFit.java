package io.plutuscalibrate.models.fit;

/**
 * One fitted parameter of a costing function, in picoseconds.
 *
 * @param name the parameter's path in the JSON arguments ({@code intercept}, {@code model.c00},
 *     {@code arguments} for a constant cost)
 * @param value the integer in the candidate cost model
 * @param unrounded the value before rounding up to a whole picosecond (after adjustments)
 * @param estimate the statistical estimate (least squares, mean or fan fit), before adjustment
 * @param standardError the estimate's standard error (closed form, or the bootstrap's standard
 *     deviation when {@code interval} is BOOTSTRAP); NaN if unknown
 * @param lower lower end of the confidence interval (NaN if none)
 * @param upper upper end of the confidence interval (NaN if none)
 * @param interval how the interval was obtained
 * @param adjusted whether the positivity adjustment replaced the estimate
 */
public record ParameterFit(
    String name,
    long value,
    double unrounded,
    double estimate,
    double standardError,
    double lower,
    double upper,
    Interval interval,
    boolean adjusted) {

  /** This parameter in units {@code factor} times larger (value rounded up again). */
  public ParameterFit dividedBy(double factor) {
    double u = unrounded / factor;
    return new ParameterFit(name, Conversion.ceilPicos(u), u, estimate / factor,
        standardError / factor, lower / factor, upper / factor, interval, adjusted);
  }

  /** How a confidence interval was obtained. */
  public enum Interval {
    /** estimate ± t(df) × standard error, the least-squares closed form. */
    T,
    /** Percentiles of the bootstrap distribution of the whole fitting procedure. */
    BOOTSTRAP,
    /** None could be computed (e.g. too few points, or no bootstrap requested). */
    NONE
  }
}
