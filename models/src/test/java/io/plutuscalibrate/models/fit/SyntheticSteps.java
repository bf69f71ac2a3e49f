package io.plutuscalibrate.models.fit;

import io.plutuscalibrate.models.StepKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic measurements shaped like a quick sweep's steps.csv: the step-only programs of the
 * harness's machine-step design (a base program, then each kind at 100, 400 and 1600 repetitions,
 * with the kinds its variant adds: Note [Machine-step design] in the measurements module) and ten
 * scripts of five families whose builtin calls are charged in another machine's units, as the
 * harness charges them with the official model (Note [Units of step costs]). The truth is known:
 * time = overhead + Σ cost_k × steps_k + factor × charge, times (1 + relative noise).
 */
final class SyntheticSteps {
  static final StepKind[] KINDS = {StepKind.VAR, StepKind.CONST, StepKind.LAM, StepKind.DELAY,
      StepKind.FORCE, StepKind.APPLY, StepKind.BUILTIN, StepKind.CONSTR, StepKind.CASE};
  static final int[] SIZES = {100, 400, 1600};

  /**
   * Per script family: steps of each kind per unit (in KINDS order) and the charge per unit, in
   * reference ps. The charge per step ranges from about 8,000 to 55,000 reference ps, as fib's and
   * data-sum's do in a real sweep; the families' sizes span two orders of magnitude.
   */
  private static final double[][] FAMILY_STEPS = {
      {2.1, 0.6, 0.6, 0.6, 0.6, 3.4, 1.0, 0, 0},
      {2.0, 0.25, 0.5, 0.5, 1.0, 3.0, 1.0, 0, 0},
      {3.6, 1.0, 0.8, 0.8, 2.6, 7.8, 3.6, 0, 0},
      {2.7, 0.1, 0.9, 0.9, 1.8, 4.2, 1.4, 0, 0},
      {1.7, 0.1, 0.7, 0.01, 0.01, 1.3, 0.1, 0.01, 0.25}};
  private static final double[] FAMILY_CHARGE = {75_000, 85_000, 1_070_000, 200_000, 60_000};
  private static final int[][] FAMILY_SIZES = {{500, 3000}, {200, 2000}, {30, 300}, {150, 1500},
      {1000, 8000}};

  private SyntheticSteps() {}

  /** Every kind costing {@code cost}. */
  static Map<StepKind, Double> uniform(double cost) {
    Map<StepKind, Double> m = new EnumMap<>(StepKind.class);
    for (StepKind k : KINDS) m.put(k, cost);
    return m;
  }

  /**
   * @param cost per kind, measured ps
   * @param overhead fixed time per call, measured ps
   * @param factor measured ps per charged unit of the scripts' builtin calls
   * @param noise relative standard deviation of each time
   */
  static List<ScriptMeasurement> quickSweep(Random rng, Map<StepKind, Double> cost,
      double overhead, double factor, double noise) {
    List<ScriptMeasurement> out = new ArrayList<>();
    out.add(measure(rng, "MachineSteps/base/0", machineSteps("base", 0), 0, cost, overhead,
        factor, noise));
    for (StepKind k : KINDS) {
      for (int n : SIZES) {
        String v = k.jsonKey().substring(3, k.jsonKey().length() - 4).toLowerCase();
        out.add(measure(rng, "MachineSteps/" + v + "/" + n, machineSteps(v, n), 0, cost, overhead,
            factor, noise));
      }
    }
    for (int f = 0; f < FAMILY_STEPS.length; f++) {
      for (int size : FAMILY_SIZES[f]) {
        Map<StepKind, Long> steps = new EnumMap<>(StepKind.class);
        for (int k = 0; k < KINDS.length; k++) {
          steps.put(KINDS[k], Math.round(FAMILY_STEPS[f][k] * size));
        }
        long charge = Math.round(FAMILY_CHARGE[f] * size);
        out.add(measure(rng, "Script/f" + f + "/" + size, steps, charge, cost, overhead, factor,
            noise));
      }
    }
    return out;
  }

  /** The step counts of a machine-step variant (the wrapper adds apply, lam, const and constr). */
  static Map<StepKind, Long> machineSteps(String variant, long n) {
    Map<StepKind, Long> m = new EnumMap<>(StepKind.class);
    m.put(StepKind.APPLY, 1L);
    m.put(StepKind.LAM, 1L);
    m.put(StepKind.CONST, 1L);
    m.put(StepKind.CONSTR, 1L);
    switch (variant) {
      case "base" -> { }
      case "var" -> {
        add(m, StepKind.APPLY, 1);
        add(m, StepKind.LAM, 1);
        add(m, StepKind.CONST, 1);
        add(m, StepKind.VAR, n);
      }
      case "force" -> {
        add(m, StepKind.FORCE, n);
        add(m, StepKind.DELAY, n);
        add(m, StepKind.CONST, n);
      }
      case "apply" -> {
        add(m, StepKind.APPLY, n);
        add(m, StepKind.LAM, n);
        add(m, StepKind.CONST, n);
        add(m, StepKind.VAR, n);
      }
      case "case" -> {
        add(m, StepKind.APPLY, 1);
        add(m, StepKind.LAM, 1);
        add(m, StepKind.CONSTR, 1);
        add(m, StepKind.VAR, n);
        add(m, StepKind.CONST, n);
        add(m, StepKind.CASE, n);
      }
      default -> {
        for (StepKind k : KINDS) {
          if (k.jsonKey().equalsIgnoreCase("cek" + variant + "Cost")) add(m, k, n);
        }
      }
    }
    return m;
  }

  private static void add(Map<StepKind, Long> m, StepKind k, long n) {
    m.merge(k, n, Long::sum);
  }

  private static ScriptMeasurement measure(Random rng, String name, Map<StepKind, Long> steps,
      long charge, Map<StepKind, Double> cost, double overhead, double factor, double noise) {
    double ps = overhead + factor * charge;
    for (Map.Entry<StepKind, Long> e : steps.entrySet()) ps += cost.get(e.getKey()) * e.getValue();
    ps *= 1 + noise * rng.nextGaussian();
    return new ScriptMeasurement(0, name, ps / 1e12, charge, steps);
  }

  /** The same measurements with every builtin charge multiplied by {@code k} (other units). */
  static List<ScriptMeasurement> chargesTimes(List<ScriptMeasurement> in, long k) {
    return in.stream().map(m -> new ScriptMeasurement(m.line(), m.script(), m.seconds(),
        m.builtinCpu() * k, m.steps())).toList();
  }
}
