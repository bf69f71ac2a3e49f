package io.plutuscalibrate.reports.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.reports.timing.PointTiming;
import io.plutuscalibrate.reports.timing.RunTimings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The batch analysis of Note [Batches of runs] on small made-up runs. */
class BatchDriftAnalysisTest {
  /**
   * A run of 20 builtins with 5 points each, times scaled per builtin by {@code factor} and all
   * by {@code global}, with 1% point noise and 1% builtin jitter drawn from {@code seed}; the
   * benchmarks in {@code drop} are left out.
   */
  private static RunTimings run(double global, Map<String, Double> factor, long seed,
      String... drop) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<PointTiming> list = new ArrayList<>();
    for (int b = 0; b < 20; b++) {
      String name = "B" + b;
      double jitter = 0.01 * gauss(rnd);
      for (int i = 0; i < 5; i++) {
        double t = (1 + b + 0.1 * i) * global * factor.getOrDefault(name, 1.0)
            * Math.exp(jitter + 0.01 * gauss(rnd));
        String bench = name + "/" + i;
        if (List.of(drop).contains(bench)) continue;
        list.add(new PointTiming(bench, name, i + 2, t, t * 0.999, t * 1.001, t * 0.01, null));
      }
    }
    return RunTimings.of("run" + seed, list, List.of());
  }

  private static double gauss(SplittableRandom rnd) {
    return Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
  }

  private static List<String> names(List<BuiltinDrift> list) {
    return list.stream().map(BuiltinDrift::builtin).toList();
  }

  @Test
  void oneRunPerSideIsTheSingleRunAnalysisWithAWarning() throws Exception {
    RunTimings a = run(1, Map.of(), 1);
    RunTimings b = run(1, Map.of("B3", 1.2), 2);
    DriftReport single = DriftAnalysis.analyse(a, b, DriftSettings.defaults());
    DriftReport listed = DriftAnalysis.analyse(List.of(a), List.of(b), DriftSettings.defaults());
    assertEquals(single.builtins(), listed.builtins());
    assertEquals(single.points(), listed.points());
    assertEquals(single.noise(), listed.noise());
    assertFalse(listed.batch());
    assertEquals(DriftAnalysis.SINGLE_RUN_WARNING, listed.warnings().get(listed.warnings().size() - 1));
    assertFalse(single.warnings().contains(DriftAnalysis.SINGLE_RUN_WARNING));
  }

  @Test
  void aBuiltinSlowedInEveryCurrentRunIsFlaggedWithItsSize() throws Exception {
    Map<String, Double> slow = Map.of("B7", 1.15);
    DriftReport r = DriftAnalysis.analyse(
        List.of(run(1, Map.of(), 1), run(1.02, Map.of(), 2), run(0.99, Map.of(), 3)),
        List.of(run(1.01, slow, 4), run(1, slow, 5), run(0.98, slow, 6)),
        DriftSettings.defaults());
    assertTrue(r.batch());
    assertEquals(3, r.baselineRuns());
    assertEquals(3, r.currentRuns());
    assertEquals(List.of("B7"), names(r.builtins(Verdict.SLOWER)));
    assertTrue(r.builtins(Verdict.FASTER).isEmpty());
    BuiltinDrift b7 = r.builtins(Verdict.SLOWER).get(0);
    assertTrue(b7.change().lower() < 1.15 && 1.15 < b7.change().upper(), b7.toString());
    assertTrue(b7.betweenRunSd() >= DriftSettings.DEFAULT_MIN_RUN_NOISE, b7.toString());
    assertEquals(5, b7.pointsSlower());
    assertEquals("run1, run2, run3", r.baseline());
    assertTrue(r.warnings().isEmpty(), r.warnings().toString());
  }

  @Test
  void aBuiltinThatJumpsBetweenSessionsGetsAWideIntervalInsteadOfAVerdict() throws Exception {
    Map<String, Double> jump = Map.of("B4", 1.4);
    List<RunTimings> base = List.of(run(1, Map.of(), 1), run(1, jump, 2), run(1, Map.of(), 3));
    List<RunTimings> cur = List.of(run(1, jump, 4), run(1, Map.of(), 5), run(1, Map.of(), 6));
    // One run per side cannot tell the jump from drift: the jumped baseline run against a
    // current run without it flags B4.
    DriftReport single = DriftAnalysis.analyse(base.get(1), cur.get(1), DriftSettings.defaults());
    assertEquals(List.of("B4"), names(single.builtins(Verdict.FASTER)));
    DriftReport r = DriftAnalysis.analyse(base, cur, DriftSettings.defaults());
    assertFalse(r.drifted(), r.builtins().toString());
    BuiltinDrift b4 = r.builtins().get(4);
    BuiltinDrift b5 = r.builtins().get(5);
    assertTrue(b4.betweenRunSd() > 3 * b5.betweenRunSd(), b4 + " vs " + b5);
    assertTrue(Math.log(b4.change().upper() / b4.change().lower())
        > 2 * Math.log(b5.change().upper() / b5.change().lower()), b4 + " vs " + b5);
  }

  @Test
  void theRunWideFactorIsRemovedPerRun() throws Exception {
    DriftReport r = DriftAnalysis.analyse(List.of(run(1, Map.of(), 1), run(1, Map.of(), 2)),
        List.of(run(1.08, Map.of(), 3), run(1.1, Map.of(), 4)), DriftSettings.defaults());
    assertFalse(r.drifted());
    assertEquals(1.09, r.noise().global().estimate(), 0.01);
    DriftReport raw = DriftAnalysis.analyse(List.of(run(1, Map.of(), 1), run(1, Map.of(), 2)),
        List.of(run(1.08, Map.of(), 3), run(1.1, Map.of(), 4)),
        DriftSettings.defaults().withNormalize(false));
    assertEquals(20, raw.builtins(Verdict.SLOWER).size());
  }

  @Test
  void twoRunsAgainstOneUseTheTwoForTheSpread() throws Exception {
    DriftReport r = DriftAnalysis.analyse(List.of(run(1, Map.of(), 1), run(1, Map.of(), 2)),
        List.of(run(1, Map.of("B2", 1.3), 3)), DriftSettings.defaults());
    assertEquals(2, r.baselineRuns());
    assertEquals(1, r.currentRuns());
    assertEquals(List.of("B2"), names(r.builtins(Verdict.SLOWER)));
    assertFalse(r.warnings().contains(DriftAnalysis.SINGLE_RUN_WARNING));
  }

  @Test
  void pointsMissingFromSomeRunsAreNotTestedAndReported() throws Exception {
    DriftReport r = DriftAnalysis.analyse(
        List.of(run(1, Map.of(), 1, "B19/0", "B19/1", "B19/2", "B19/3", "B19/4"),
            run(1, Map.of(), 2, "B19/0", "B19/1", "B19/2", "B19/3", "B19/4")),
        List.of(run(1, Map.of(), 3, "B0/1"), run(1, Map.of(), 4)), DriftSettings.defaults());
    assertEquals(19, r.builtins().size());
    assertEquals(4, r.builtins().get(0).points());
    assertEquals(List.of("B19/0", "B19/1", "B19/2", "B19/3", "B19/4"), r.onlyInCurrent());
    assertEquals(List.of("B19"), r.builtinsOnlyInCurrent());
    assertTrue(r.onlyInBaseline().isEmpty());
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("1 benchmark is missing")
        && w.contains("B0/1")), r.warnings().toString());
  }

  @Test
  void badBatchesAreRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> DriftAnalysis.analyse(List.of(), List.of(run(1, Map.of(), 1)), DriftSettings.defaults()));
    RunTimings other = RunTimings.of("other", List.of(
        new PointTiming("X/1", "X", 2, 1, 0.99, 1.01, 0.01, null)), List.of());
    assertThrows(NoCommonPointsException.class, () -> DriftAnalysis.analyse(
        List.of(run(1, Map.of(), 1), run(1, Map.of(), 2)), List.of(other),
        DriftSettings.defaults()));
  }
}
