package io.plutuscalibrate.models.fit;

import io.plutuscalibrate.models.CostModel;
import java.util.List;
import java.util.Optional;

/**
 * The fit of one builtin's CPU costing function: the costing function (when the data allowed
 * one), its parameters with intervals, diagnostics and warnings.
 *
 * @param builtin the builtin's JSON name
 * @param rule the rule applied
 * @param status whether a costing function was fitted
 * @param message why not, when it was not
 * @param cpu the fitted CPU costing function, or null
 * @param parameters one per {@link FitRule#parameterNames()}, when fitted
 * @param rows the benchmark's rows in the input
 * @param selected rows left after the rule's selection
 * @param outliers rows discarded as upper outliers
 * @param regressions the regressions made, with their diagnostics
 * @param fanIterations iterations of the fan fit, 0 for other methods
 * @param fanUnderestimated fraction of the points above the fan line, NaN for other methods
 * @param bootstrapReplicates bootstrap replicates that produced a fit (0 if none were run)
 * @param warnings what looks doubtful about the fit
 */
public record BuiltinFit(
    String builtin,
    FitRule rule,
    Status status,
    String message,
    CostModel cpu,
    List<ParameterFit> parameters,
    int rows,
    int selected,
    int outliers,
    List<RegressionSummary> regressions,
    int fanIterations,
    double fanUnderestimated,
    int bootstrapReplicates,
    List<String> warnings) {

  public enum Status {
    FITTED,
    /** The input has no rows for the rule's benchmark. */
    NO_DATA,
    /** The rows do not allow the fit (see {@link BuiltinFit#message()}). */
    FAILED
  }

  public Optional<CostModel> fitted() {
    return Optional.ofNullable(cpu);
  }

  /**
   * This fit in units {@code factor} times larger: every parameter divided and rounded up again,
   * as a fit on a machine {@code factor} times faster than this data's would give.
   */
  public BuiltinFit dividedBy(double factor) {
    if (cpu == null) return this;
    List<ParameterFit> scaled = parameters.stream().map(p -> p.dividedBy(factor)).toList();
    long[] ps = scaled.stream().mapToLong(ParameterFit::value).toArray();
    List<RegressionSummary> regs = regressions.stream().map(r -> new RegressionSummary(r.part(),
        r.formula(), r.points(), r.df(), r.rSquared(), r.residualStandardErrorPs() / factor))
        .toList();
    return new BuiltinFit(builtin, rule, status, message, CostModelFitter.build(rule, ps), scaled,
        rows, selected, outliers, regs, fanIterations, fanUnderestimated, bootstrapReplicates,
        warnings);
  }

  static BuiltinFit notFitted(FitRule rule, Status status, String message, int rows) {
    return new BuiltinFit(rule.builtin(), rule, status, message, null, List.of(), rows, 0, 0,
        List.of(), 0, Double.NaN, 0, List.of());
  }
}
