package io.plutuscalibrate.models.fit;

import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.models.MachineCosts;
import io.plutuscalibrate.models.StepKind;
import java.util.List;
import java.util.Map;

/**
 * Machine step costs fitted to script-call measurements (see {@link StepCostFitter}).
 *
 * @param averaged the one cost per step that the official model uses, with its interval
 * @param overhead the intercept: time per call not explained by steps or builtins (reported, not
 *     used: the startup cost stays as in the base)
 * @param perKind one cost per step kind, when requested; kinds that no script used are absent
 * @param scripts measurements used
 * @param rSquared of the averaged model
 * @param warnings what looks doubtful
 */
public record StepCostFit(ParameterFit averaged, ParameterFit overhead,
    Map<StepKind, ParameterFit> perKind, int scripts, double rSquared, List<String> warnings) {

  /**
   * {@code base} with the CPU cost of every step kind replaced: by its own fitted cost when fitted
   * per kind, else by the averaged cost. Memory costs and the startup cost stay as in base.
   */
  public MachineCosts apply(MachineCosts base) {
    MachineCosts out = base;
    for (StepKind k : StepKind.values()) {
      if (!k.isStep()) continue;
      ParameterFit p = perKind.getOrDefault(k, averaged);
      out = out.with(k, new ExBudget(p.value(), base.get(k).mem()));
    }
    return out;
  }

  /** These costs in units {@code factor} times larger. */
  public StepCostFit dividedBy(double factor) {
    Map<StepKind, ParameterFit> scaled = new java.util.EnumMap<>(StepKind.class);
    perKind.forEach((k, p) -> scaled.put(k, p.dividedBy(factor)));
    return new StepCostFit(averaged.dividedBy(factor), overhead.dividedBy(factor),
        java.util.Collections.unmodifiableMap(scaled), scripts, rSquared, warnings);
  }
}
