package io.plutuscalibrate.models.fit;

import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.models.MachineCosts;
import io.plutuscalibrate.models.StepKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Machine step costs fitted to script-call measurements (see {@link StepCostFitter}), in the
 * measured machine's picoseconds (Note [Units of step costs] in {@link StepCostFitter}).
 *
 * @param averaged the one cost per step that the official model uses, with its interval
 * @param overhead the intercept: time per call not explained by steps or builtins (reported, not
 *     used: the startup cost stays as in the base)
 * @param builtinFactor the measured time per unit of the builtin charge of the scripts' calls
 *     (dimensionless; its {@code value} is unused), or null when no measurement has a builtin
 *     charge (the term is then left out)
 * @param perKind one cost per step kind, when requested; kinds that no script used are absent
 * @param perKindConditionNumber the condition number of the per-kind regression's weighted design
 *     with unit-norm columns (NaN unless fitted per kind): how well the data separate the kinds
 * @param points measurements used
 * @param stepOnlyPoints of them, those without a builtin charge (step-only programs)
 * @param rSquared of the averaged model (weighted, as {@code summary.lm} reports it)
 * @param relativeResidualSd of the averaged model: the residual standard error of the weighted
 *     fit, which with weights 1/fitted² is the typical residual as a share of the fitted time
 * @param stepOnlyAveraged the averaged cost fitted to the step-only programs alone, a check on
 *     the builtin term (null unless there are both such programs and scripts with builtin calls)
 * @param data per measurement, what the averaged model makes of it, for charts
 * @param warnings what looks doubtful
 */
public record StepCostFit(ParameterFit averaged, ParameterFit overhead, ParameterFit builtinFactor,
    Map<StepKind, ParameterFit> perKind, double perKindConditionNumber, int points,
    int stepOnlyPoints, double rSquared, double relativeResidualSd, ParameterFit stepOnlyAveraged,
    List<Point> data, List<String> warnings) {

  public StepCostFit {
    EnumMap<StepKind, ParameterFit> kinds = new EnumMap<>(StepKind.class);
    kinds.putAll(perKind);
    perKind = Collections.unmodifiableMap(kinds);
    data = List.copyOf(data);
    warnings = List.copyOf(warnings);
  }

  /**
   * One measurement under the averaged model, in measured picoseconds.
   *
   * @param script its name
   * @param seconds the measured time
   * @param steps its machine steps, every kind
   * @param builtinCharge the builtin cost model's charge for its builtin calls
   * @param remaining the measured time less the fitted builtin time (builtin factor × charge)
   * @param fitted the averaged model's time for it, less the builtin time: overhead + cost × steps
   */
  public record Point(String script, double seconds, long steps, long builtinCharge,
      double remaining, double fitted) {}

  /**
   * {@code base} with the CPU cost of every step kind replaced: by its own fitted cost when fitted
   * per kind, else by the averaged cost. Memory costs and the startup cost stay as in base.
   */
  public MachineCosts apply(MachineCosts base) {
    return apply(base, averaged, perKind);
  }

  static MachineCosts apply(MachineCosts base, ParameterFit averaged,
      Map<StepKind, ParameterFit> perKind) {
    MachineCosts out = base;
    for (StepKind k : StepKind.values()) {
      if (!k.isStep()) continue;
      ParameterFit p = perKind.getOrDefault(k, averaged);
      out = out.with(k, new ExBudget(p.value(), base.get(k).mem()));
    }
    return out;
  }

  /**
   * These costs in the reference machine's units, divided by the machine factor of the builtin
   * fit, as the builtin costs are (Note [Units of step costs] in {@link StepCostFitter}).
   */
  public Rescaled inReferenceUnits(Rescaling rescaling) {
    double f = rescaling.factor();
    double seLog = rescaling.logStandardError();
    int dfFactor = rescaling.builtinsKept() - 1;
    double level = rescaling.confidence();
    int builtinTerm = builtinFactor == null ? 0 : 1;
    int dfKinds = points - perKind.size() - 1 - builtinTerm;
    Map<StepKind, ParameterFit> kinds = new EnumMap<>(StepKind.class);
    Map<StepKind, ParameterFit> kindsWith = new EnumMap<>(StepKind.class);
    perKind.forEach((k, p) -> {
      kinds.put(k, p.dividedBy(f));
      kindsWith.put(k, withFactor(p, f, seLog, dfFactor, dfKinds, level));
    });
    int dfAveraged = points - 2 - builtinTerm;
    return new Rescaled(this, f, rescaling.lower(), rescaling.upper(), averaged.dividedBy(f),
        withFactor(averaged, f, seLog, dfFactor, dfAveraged, level), overhead.dividedBy(f),
        Collections.unmodifiableMap(kinds), Collections.unmodifiableMap(kindsWith));
  }

  /**
   * {@code p} divided by {@code f} with an interval that carries f's uncertainty too: the delta
   * method, var(p/f) ≈ var(p)/f² + (p/f)² var(ln f), with the t quantile on the smaller of the
   * two estimates' degrees of freedom (the two are treated as independent: they come from
   * different measurements). The value is {@code p}'s divided by f.
   */
  static ParameterFit withFactor(ParameterFit p, double f, double seLogFactor, int dfFactor,
      int dfParameter, double confidence) {
    ParameterFit d = p.dividedBy(f);
    int df = Math.min(dfFactor, dfParameter);
    if (!Double.isFinite(seLogFactor) || !Double.isFinite(d.standardError()) || df < 1) {
      return new ParameterFit(d.name(), d.value(), d.unrounded(), d.estimate(), Double.NaN,
          Double.NaN, Double.NaN, ParameterFit.Interval.NONE, d.adjusted());
    }
    double se = Math.sqrt(d.standardError() * d.standardError()
        + d.estimate() * d.estimate() * seLogFactor * seLogFactor);
    double q = new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - confidence) / 2);
    return new ParameterFit(d.name(), d.value(), d.unrounded(), d.estimate(), se,
        d.estimate() - q * se, d.estimate() + q * se, ParameterFit.Interval.T, d.adjusted());
  }

  /**
   * The step costs divided by the machine factor of the builtin fit.
   *
   * @param measured the fit in the measured machine's units
   * @param factor the machine factor (measured / reference cost)
   * @param factorLower lower end of the factor's interval
   * @param factorUpper upper end of the factor's interval
   * @param averaged the averaged cost, its interval conditional on the factor
   * @param averagedWithFactor the same with the factor's uncertainty in the interval
   * @param overhead the fixed cost per call, conditional on the factor
   * @param perKind per kind, conditional on the factor
   * @param perKindWithFactor per kind, with the factor's uncertainty
   */
  public record Rescaled(StepCostFit measured, double factor, double factorLower,
      double factorUpper, ParameterFit averaged, ParameterFit averagedWithFactor,
      ParameterFit overhead, Map<StepKind, ParameterFit> perKind,
      Map<StepKind, ParameterFit> perKindWithFactor) {

    /** As {@link StepCostFit#apply}, with the costs in reference units. */
    public MachineCosts apply(MachineCosts base) {
      return StepCostFit.apply(base, averaged, perKind);
    }
  }
}
