package io.plutuscalibrate.models.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.models.MachineCosts;
import io.plutuscalibrate.models.OfficialModels;
import io.plutuscalibrate.models.StepKind;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StepCostFitterTest {
  static final StepKind[] KINDS = {StepKind.VAR, StepKind.CONST, StepKind.LAM, StepKind.DELAY,
      StepKind.FORCE, StepKind.APPLY, StepKind.BUILTIN, StepKind.CONSTR, StepKind.CASE};

  /** Scripts with random step mixes; time = fixed + Σ cost_k n_k + builtin cost + noise. */
  static List<ScriptMeasurement> scripts(Random rng, int n, Map<StepKind, Double> cost) {
    List<ScriptMeasurement> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      EnumMap<StepKind, Long> steps = new EnumMap<>(StepKind.class);
      double ps = 5_000_000 + rng.nextGaussian() * 200_000;
      long builtin = rng.nextInt(50_000_000);
      for (StepKind k : KINDS) {
        long c = rng.nextInt(20_000);
        steps.put(k, c);
        ps += cost.get(k) * c;
      }
      out.add(new ScriptMeasurement(0, "s" + i, (ps + builtin) / 1e12, builtin, steps));
    }
    return out;
  }

  @Test
  void recoversTheAveragedAndThePerKindCosts() {
    Map<StepKind, Double> cost = new EnumMap<>(StepKind.class);
    for (StepKind k : KINDS) cost.put(k, 16_000.0);
    cost.put(StepKind.APPLY, 20_000.0);
    cost.put(StepKind.VAR, 12_000.0);
    StepCostFit f = StepCostFitter.fit(scripts(new Random(3), 200, cost), true, 0.95);
    assertTrue(f.averaged().lower() < 16_000 && 16_000 < f.averaged().upper(), f.toString());
    for (StepKind k : KINDS) {
      ParameterFit p = f.perKind().get(k);
      assertTrue(p.lower() <= cost.get(k) && cost.get(k) <= p.upper(), k + ": " + p);
    }
    MachineCosts m = f.apply(OfficialModels.newestMachineCosts());
    assertEquals(f.perKind().get(StepKind.APPLY).value(), m.get(StepKind.APPLY).cpu());
    assertEquals(100, m.get(StepKind.APPLY).mem());
    assertEquals(new ExBudget(100, 100), m.startup());
  }

  @Test
  void theAveragedCostAloneReplacesEveryStepKind() {
    Map<StepKind, Double> cost = new EnumMap<>(StepKind.class);
    for (StepKind k : KINDS) cost.put(k, 16_000.0);
    StepCostFit f = StepCostFitter.fit(scripts(new Random(5), 50, cost), false, 0.95);
    assertTrue(f.perKind().isEmpty());
    assertEquals(16_000, f.averaged().estimate(), 100);
    MachineCosts m = f.apply(OfficialModels.newestMachineCosts());
    for (StepKind k : KINDS) assertEquals(f.averaged().value(), m.get(k).cpu());
  }

  /**
   * The units of the builtin charge: the harness charges builtin calls with the official model,
   * in reference-machine ps, while times are in the measured machine's ps; here the scripts'
   * builtin calls take a tenth of what they are charged (as on the embedded evaluator). The fit
   * must find the step cost of the step-only programs, not the 432 ps that subtracting the charge
   * from the time gave on a real sweep (Note [Units of step costs]).
   */
  @Test
  void theStepCostIsInMeasuredUnitsWhateverUnitsTheChargeIsIn() {
    List<ScriptMeasurement> m = SyntheticSteps.quickSweep(new Random(21),
        SyntheticSteps.uniform(4_700), 370_000, 0.1, 0.05);
    StepCostFit f = StepCostFitter.fit(m, false, 0.95);
    assertTrue(f.averaged().lower() < 4_700 && 4_700 < f.averaged().upper(), f.averaged().toString());
    assertEquals(4_700, f.averaged().estimate(), 4_700 * 0.1);
    assertTrue(f.builtinFactor().lower() < 0.1 && 0.1 < f.builtinFactor().upper(),
        f.builtinFactor().toString());
    assertEquals(28, f.stepOnlyPoints());
    // The step-only programs alone say the same.
    ParameterFit alone = f.stepOnlyAveraged();
    assertTrue(alone.lower() < f.averaged().upper() && f.averaged().lower() < alone.upper(),
        alone + " vs " + f.averaged());
    assertTrue(f.warnings().isEmpty(), f.warnings().toString());
    // Subtracting the charge, as if it were in measured units, is what went wrong: the remaining
    // time of the scripts is then negative, so no positive step cost could explain it.
    long negative = m.stream().filter(s -> s.seconds() * 1e12 - s.builtinCpu() < 0).count();
    assertTrue(negative >= 8, negative + " scripts with negative remaining time");
  }

  /**
   * The law behind it: charges in other units (every charge times k) give the same step cost and
   * overhead, and a builtin factor k times smaller.
   */
  @Test
  void theChargeUnitsDoNotChangeTheStepCost() {
    Random rng = new Random(22);
    for (int trial = 0; trial < 20; trial++) {
      List<ScriptMeasurement> m = SyntheticSteps.quickSweep(rng, SyntheticSteps.uniform(
          2_000 + rng.nextInt(20_000)), 100_000 + rng.nextInt(1_000_000), 0.02 + rng.nextDouble(),
          0.1);
      long k = 1 + rng.nextInt(1000);
      StepCostFit a = StepCostFitter.fit(m, false, 0.95);
      StepCostFit b = StepCostFitter.fit(SyntheticSteps.chargesTimes(m, k), false, 0.95);
      assertEquals(a.averaged().estimate(), b.averaged().estimate(),
          1e-6 * a.averaged().estimate());
      assertEquals(a.averaged().upper(), b.averaged().upper(), 1e-6 * a.averaged().upper());
      assertEquals(a.overhead().estimate(), b.overhead().estimate(),
          1e-6 * Math.abs(a.overhead().estimate()));
      assertEquals(a.builtinFactor().estimate() / k, b.builtinFactor().estimate(),
          1e-6 * a.builtinFactor().estimate() / k);
    }
  }

  /**
   * On the harness's machine-step design (plus scripts), the per-kind costs are well determined:
   * small condition number, small standard errors, and each kind's interval covers its cost.
   */
  @Test
  void thePerKindCostsAreDeterminedByTheMachineStepDesign() {
    Map<StepKind, Double> cost = new EnumMap<>(StepKind.class);
    double[] ps = {4_200, 3_800, 6_200, 5_800, 2_000, 3_000, 6_500, 5_500, 2_500};
    for (int k = 0; k < ps.length; k++) cost.put(SyntheticSteps.KINDS[k], ps[k]);
    StepCostFit f = StepCostFitter.fit(SyntheticSteps.quickSweep(new Random(23), cost, 370_000,
        0.1, 0.02), true, 0.95);
    assertTrue(f.perKindConditionNumber() < 10, "condition number " + f.perKindConditionNumber());
    for (StepKind k : SyntheticSteps.KINDS) {
      ParameterFit p = f.perKind().get(k);
      assertTrue(p.lower() <= cost.get(k) && cost.get(k) <= p.upper(), k + ": " + p);
      // 2% noise on each time: every kind's cost to within 5% of the mean step cost (4,400 ps)
      assertTrue(p.standardError() < 220, k + ": standard error too large: " + p);
    }
  }

  /** Without any builtin charge there is no builtin term, and no step-only cross-check. */
  @Test
  void withoutChargesTheBuiltinTermIsLeftOut() {
    List<ScriptMeasurement> m = SyntheticSteps.quickSweep(new Random(24),
        SyntheticSteps.uniform(5_000), 300_000, 0.1, 0.05).stream()
        .filter(s -> s.builtinCpu() == 0).toList();
    StepCostFit f = StepCostFitter.fit(m, false, 0.95);
    assertEquals(null, f.builtinFactor());
    assertEquals(null, f.stepOnlyAveraged());
    assertEquals(m.size(), f.stepOnlyPoints());
    assertTrue(f.averaged().lower() < 5_000 && 5_000 < f.averaged().upper(), f.toString());
    for (StepCostFit.Point p : f.data()) assertEquals(p.seconds() * 1e12, p.remaining(), 1e-3);
  }

  /**
   * In reference units: divided by the machine factor; the conditional interval is the measured
   * one divided by it, the one with the factor's uncertainty is wider and centred the same.
   */
  @Test
  void referenceUnitsDivideByTheMachineFactor() {
    StepCostFit f = StepCostFitter.fit(SyntheticSteps.quickSweep(new Random(25),
        SyntheticSteps.uniform(4_000), 370_000, 0.1, 0.05), true, 0.95);
    Rescaling r = rescaling(0.5, 0.1, 30, 0.95);
    StepCostFit.Rescaled ref = f.inReferenceUnits(r);
    assertEquals(f.averaged().estimate() / 0.5, ref.averaged().estimate(), 1e-9);
    assertEquals(f.averaged().lower() / 0.5, ref.averaged().lower(), 1e-6);
    assertEquals(Conversion.ceilPicos(f.averaged().unrounded() / 0.5), ref.averaged().value());
    ParameterFit with = ref.averagedWithFactor();
    assertEquals(ref.averaged().estimate(), (with.lower() + with.upper()) / 2, 1e-6);
    assertTrue(with.lower() < ref.averaged().lower() && ref.averaged().upper() < with.upper(),
        with + " vs " + ref.averaged());
    MachineCosts m = ref.apply(OfficialModels.newestMachineCosts());
    assertEquals(ref.perKind().get(StepKind.APPLY).value(), m.get(StepKind.APPLY).cpu());
    assertEquals(new ExBudget(100, 100), m.startup());
  }

  /**
   * A machine factor of {@code factor} whose log has standard error {@code seLog}, as if
   * estimated from {@code builtins} builtins.
   */
  static Rescaling rescaling(double factor, double seLog, int builtins, double confidence) {
    double q = new org.apache.commons.math3.distribution.TDistribution(null, builtins - 1)
        .inverseCumulativeProbability(1 - (1 - confidence) / 2);
    List<Rescaling.BuiltinRatio> ratios = new ArrayList<>();
    for (int i = 0; i < builtins; i++) ratios.add(new Rescaling.BuiltinRatio("b" + i, factor, 1));
    return new Rescaling(factor, factor * Math.exp(-q * seLog), factor * Math.exp(q * seLog),
        confidence, ratios, List.of());
  }

  @Test
  void aTimeThatIsNotPositiveIsAClearError() {
    List<ScriptMeasurement> m = new ArrayList<>(SyntheticSteps.quickSweep(new Random(26),
        SyntheticSteps.uniform(4_000), 370_000, 0.1, 0.05));
    m.set(3, new ScriptMeasurement(7, "zero", 0, 0, m.get(3).steps()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StepCostFitter.fit(m, false, 0.95));
    assertTrue(e.getMessage().contains("line 7, script zero"), e.getMessage());
  }

  @Test
  void chargesProportionalToStepsAreAClearError() {
    List<ScriptMeasurement> m = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      m.add(new ScriptMeasurement(0, "s" + i, i * 1e-5 + 1e-7 * (i % 2), i * 1_000_000L,
          Map.of(StepKind.APPLY, i * 100L)));
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StepCostFitter.fit(m, false, 0.95));
    assertTrue(e.getMessage().contains("proportional to the step counts"), e.getMessage());
  }

  @Test
  void stepCountsThatDoNotVaryAreAClearError() {
    List<ScriptMeasurement> same = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      same.add(new ScriptMeasurement(0, "s", 1e-3 + i * 1e-6, 0, Map.of(StepKind.APPLY, 100L)));
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StepCostFitter.fit(same, false, 0.95));
    assertTrue(e.getMessage().contains("do not vary"), e.getMessage());
  }

  @Test
  void readsTheMeasurementFormat() throws Exception {
    List<ScriptMeasurement> m = ScriptMeasurementsCsv.read(new StringReader(
        "# measured\nscript,t,builtin_cpu,var,apply,case,extra\nauction,0.00025,1200,10,20,3,x\n"),
        "m.csv");
    assertEquals(1, m.size());
    assertEquals(33, m.get(0).totalSteps());
    assertEquals(20, m.get(0).steps(StepKind.APPLY));
    assertEquals(0, m.get(0).steps(StepKind.LAM));
    BenchmarkFormatException e = assertThrows(BenchmarkFormatException.class,
        () -> ScriptMeasurementsCsv.read(new StringReader(
            "script,t,builtin_cpu,var\na,1e-3,12,-4\n"), "m.csv"));
    assertEquals(2, e.line());
    assertEquals("var", e.column());
    assertThrows(BenchmarkFormatException.class, () -> ScriptMeasurementsCsv.read(
        new StringReader("script,t,var\na,1e-3,4\n"), "m.csv"));
  }
}
