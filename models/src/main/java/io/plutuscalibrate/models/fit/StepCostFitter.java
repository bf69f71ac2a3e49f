package io.plutuscalibrate.models.fit;

import io.plutuscalibrate.models.StepKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Fits CEK machine step costs to script-call measurements.
 *
 * <p>Note [Fitting step costs]: the official procedure (CostModelGeneration.md) runs whole
 * scripts, subtracts the time their builtin calls are charged by the builtin cost model, and
 * divides what remains by the number of machine steps, giving one averaged cost for every step
 * kind. We estimate the same quantity by least squares of the remaining time on the step count,
 * with an intercept that absorbs a fixed per-call cost, so the slope is the averaged step cost and
 * has a t interval. Per kind, the remaining time is regressed on the count of each kind used
 * (kinds no script used keep the averaged cost); counts of different kinds rise together in real
 * scripts, so those intervals are wide unless the scripts vary in their mix of steps. Costs are
 * rounded up to whole picoseconds, as builtin coefficients are.
 */
public final class StepCostFitter {
  private StepCostFitter() {}

  /**
   * @throws IllegalArgumentException with a message for the user if the measurements do not
   *     allow the fit (too few scripts, no variation in the step counts)
   */
  public static StepCostFit fit(List<ScriptMeasurement> scripts, boolean perKind,
      double confidence) {
    int n = scripts.size();
    if (n < 3) {
      throw new IllegalArgumentException("fitting step costs needs at least 3 script"
          + " measurements, found " + n);
    }
    double[] y = new double[n];
    double[] total = new double[n];
    for (int i = 0; i < n; i++) {
      ScriptMeasurement s = scripts.get(i);
      y[i] = s.seconds() * 1e12 - s.builtinCpu();
      total[i] = s.totalSteps();
    }
    List<String> warnings = new ArrayList<>();
    OlsFit avg = Ols.fit(y, List.of(total)).orElseThrow(() -> new IllegalArgumentException(
        "the scripts' step counts do not vary: the step cost cannot be separated from the"
            + " fixed cost per call"));
    ParameterFit averaged = parameter("averaged", avg, 1, confidence);
    ParameterFit overhead = parameter("overhead", avg, 0, confidence);
    if (averaged.estimate() <= 0) {
      warnings.add(String.format(Locale.ROOT, "the averaged step cost %.1f ps is not positive:"
          + " 1 ps is used", averaged.estimate()));
    }
    Map<StepKind, ParameterFit> kinds = new EnumMap<>(StepKind.class);
    if (perKind) {
      List<StepKind> used = new ArrayList<>();
      List<double[]> cols = new ArrayList<>();
      for (StepKind k : StepKind.values()) {
        if (!k.isStep()) continue;
        double[] c = new double[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
          c[i] = scripts.get(i).steps(k);
          any |= c[i] != 0;
        }
        if (any) {
          used.add(k);
          cols.add(c);
        }
      }
      OlsFit f = Ols.fit(y, cols).orElseThrow(() -> new IllegalArgumentException(
          "the step counts of kinds " + used + " are collinear or too few scripts ("
              + n + ") for one cost per kind: measure scripts with different mixes of steps"));
      for (int j = 0; j < used.size(); j++) {
        ParameterFit p = parameter(used.get(j).jsonKey(), f, j + 1, confidence);
        kinds.put(used.get(j), p);
        if (p.estimate() <= 0) {
          warnings.add(String.format(Locale.ROOT, "%s: fitted cost %.1f ps is not positive: 1 ps"
              + " is used", used.get(j).jsonKey(), p.estimate()));
        }
      }
    }
    return new StepCostFit(averaged, overhead, Collections.unmodifiableMap(kinds), n,
        avg.rSquared(), List.copyOf(warnings));
  }

  /** Coefficient {@code j} of {@code f} (ps), rounded up, at least 1 ps for a step cost. */
  private static ParameterFit parameter(String name, OlsFit f, int j, double confidence) {
    double est = f.coefficients()[j];
    double se = f.standardErrors()[j];
    double q = f.df() > 0
        ? new TDistribution(null, f.df()).inverseCumulativeProbability(1 - (1 - confidence) / 2)
        : Double.NaN;
    boolean adjusted = j > 0 && est <= 0;
    double value = adjusted ? 1 : est;
    long ps = Conversion.ceilPicos(value);
    return new ParameterFit(name, ps, value, est, se, est - q * se, est + q * se,
        f.df() > 0 ? ParameterFit.Interval.T : ParameterFit.Interval.NONE, adjusted);
  }
}
