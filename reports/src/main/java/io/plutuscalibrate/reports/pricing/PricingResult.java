package io.plutuscalibrate.reports.pricing;

import io.plutuscalibrate.models.fit.Overheads;
import java.util.List;

/**
 * The outcome of a {@link PricingCheck}.
 *
 * @param scale how the factor was chosen
 * @param factor the machine factor used: measured time / reference time
 * @param overheads the call overheads subtracted (µs)
 * @param points every checked point, highest relative ratio first
 * @param builtins every checked builtin, worst point first
 * @param unpricedBenchmarks benchmark groups that name no builtin of the model
 * @param builtinsWithoutData builtins of the model with no benchmark group of their own
 * @param warnings what reading or checking noticed
 */
public record PricingResult(
    Scale scale,
    double factor,
    Overheads overheads,
    List<PricedPoint> points,
    List<BuiltinPricing> builtins,
    List<String> unpricedBenchmarks,
    List<String> builtinsWithoutData,
    List<String> warnings) {

  public PricingResult {
    points = List.copyOf(points);
    builtins = List.copyOf(builtins);
    unpricedBenchmarks = List.copyOf(unpricedBenchmarks);
    builtinsWithoutData = List.copyOf(builtinsWithoutData);
    warnings = List.copyOf(warnings);
  }

  /** The points the model charges less than they take, highest ratio first. */
  public List<PricedPoint> underpriced() {
    return points.stream().filter(PricedPoint::underpriced).toList();
  }

  /** How many points are underpriced by more than {@code margin} (a ratio, e.g. 1.1). */
  public long underpricedBeyond(double margin) {
    return points.stream().filter(p -> p.relative() > margin).count();
  }

  /** The builtins with at least one underpriced point, worst first. */
  public List<BuiltinPricing> underpricedBuiltins() {
    return builtins.stream().filter(b -> b.underpriced() > 0).toList();
  }
}
