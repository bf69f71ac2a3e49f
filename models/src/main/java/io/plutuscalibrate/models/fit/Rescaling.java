package io.plutuscalibrate.models.fit;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.CostModel;
import io.plutuscalibrate.models.CostingFun;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The speed factor between the machine a benchmark file was measured on and the reference machine
 * of a cost model, estimated from the builtins both cover.
 *
 * <p>Note [Machine factor]: for each builtin fitted on the new data and priced by the reference
 * model, we compare the two costing functions at the sizes the builtin was benchmarked at: the
 * builtin's ratio is the geometric mean of fitted cost / reference cost over those points
 * (comparing fitted functions, not raw times, since both went through the same pipeline:
 * overhead, outliers, adjustments). Builtins whose implementation or costing changed are not
 * evidence about the machine, so builtins whose ratio lies further from the median ratio than
 * {@value #OUTLIER_MADS} scaled median absolute deviations of the log ratios, and further than
 * {@value #OUTLIER_MIN_PERCENT}% (the spread can be nearly zero, e.g. for the same machine), are
 * left out. The factor is the geometric
 * mean of the remaining ratios, with a t interval over builtins (the builtins, not the points,
 * are the independent units: points of one builtin share its fit).
 *
 * @param factor fitted cost / reference cost: above 1 when the new machine is slower
 * @param lower lower end of the interval
 * @param upper upper end of the interval
 * @param confidence the interval's level
 * @param ratios every compared builtin's ratio
 * @param excluded the builtins left out as outliers
 */
public record Rescaling(double factor, double lower, double upper, double confidence,
    List<BuiltinRatio> ratios, List<String> excluded) {

  static final double OUTLIER_MADS = 4;
  static final double OUTLIER_MIN_PERCENT = 5;

  /**
   * @param builtin the builtin
   * @param ratio geometric mean of fitted / reference cost over its benchmark points
   * @param points how many points were compared
   */
  public record BuiltinRatio(String builtin, double ratio, int points) {}

  /**
   * Estimates the factor from {@code fit} (fitted on {@code data}) against {@code reference}.
   *
   * @throws IllegalArgumentException if fewer than 3 builtins can be compared
   */
  public static Rescaling estimate(FitResult fit, BenchmarkData data, BuiltinCostModel reference,
      double confidence) {
    List<BuiltinRatio> ratios = new ArrayList<>();
    for (BuiltinFit f : fit.fits().values()) {
      if (f.cpu() == null) continue;
      CostingFun ref = reference.find(f.builtin()).orElse(null);
      if (ref == null) continue;
      BuiltinRatio r = ratio(f.builtin(), f.cpu(), ref.cpu(),
          Points.of(data.rows(f.rule().benchmark())).where(f.rule().selection()));
      if (r != null) ratios.add(r);
    }
    if (ratios.size() < 3) {
      throw new IllegalArgumentException("only " + ratios.size()
          + " builtins can be compared with the reference model; at least 3 are needed");
    }
    double[] logs = ratios.stream().mapToDouble(r -> Math.log(r.ratio())).toArray();
    double median = median(logs);
    double[] dev = Arrays.stream(logs).map(v -> Math.abs(v - median)).toArray();
    double mad = 1.4826 * median(dev);
    List<String> excluded = new ArrayList<>();
    List<Double> kept = new ArrayList<>();
    for (int i = 0; i < logs.length; i++) {
      double limit = Math.max(OUTLIER_MADS * mad, Math.log1p(OUTLIER_MIN_PERCENT / 100));
      if (Math.abs(logs[i] - median) > limit) {
        excluded.add(ratios.get(i).builtin());
      } else {
        kept.add(logs[i]);
      }
    }
    double[] k = kept.stream().mapToDouble(Double::doubleValue).toArray();
    double mean = RStats.mean(k);
    double se = RStats.sd(k, mean) / Math.sqrt(k.length);
    double q = k.length > 1
        ? new TDistribution(null, k.length - 1)
            .inverseCumulativeProbability(1 - (1 - confidence) / 2)
        : Double.NaN;
    return new Rescaling(Math.exp(mean), Math.exp(mean - q * se), Math.exp(mean + q * se),
        confidence, List.copyOf(ratios), List.copyOf(excluded));
  }

  /** How many builtins the factor is the geometric mean of (the compared less the excluded). */
  public int builtinsKept() {
    return ratios.size() - excluded.size();
  }

  /**
   * The standard error of the natural logarithm of the factor, recovered from its t interval
   * (exp(mean ± q·se) with q the t quantile on {@link #builtinsKept()} - 1 degrees of freedom);
   * NaN when there is no interval. Used to carry the factor's uncertainty into what is divided by
   * it (see Note [Units of step costs] in {@link StepCostFitter}).
   */
  public double logStandardError() {
    int df = builtinsKept() - 1;
    if (df < 1 || !(lower > 0) || !(upper > 0)) return Double.NaN;
    double q = new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - confidence) / 2);
    return (Math.log(upper) - Math.log(lower)) / (2 * q);
  }

  private static BuiltinRatio ratio(String builtin, CostModel fitted, CostModel reference,
      Points pts) {
    double sum = 0;
    int n = 0;
    long[] sizes = new long[6];
    for (int i = 0; i < pts.size(); i++) {
      sizes[0] = size(pts.x[i]);
      sizes[1] = size(pts.y[i]);
      sizes[2] = size(pts.z[i]);
      sizes[3] = size(pts.u[i]);
      double a = fitted.cost(sizes);
      double b = reference.cost(sizes);
      if (a > 0 && b > 0 && a < Long.MAX_VALUE && b < Long.MAX_VALUE) {
        sum += Math.log(a / b);
        n++;
      }
    }
    return n == 0 ? null : new BuiltinRatio(builtin, Math.exp(sum / n), n);
  }

  private static long size(double v) {
    return Double.isNaN(v) ? 0 : (long) v;
  }

  private static double median(double[] v) {
    return RStats.quantile(v, 0.5);
  }
}
