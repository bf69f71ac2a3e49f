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
