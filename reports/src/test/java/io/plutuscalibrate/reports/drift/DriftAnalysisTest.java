package io.plutuscalibrate.reports.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.reports.timing.PointTiming;
import io.plutuscalibrate.reports.timing.RunTimings;
import io.plutuscalibrate.reports.timing.SampleStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DriftAnalysisTest {
  /**
   * A run of {@code builtins} builtins with {@code points} points each (plus the single-point
   * builtin "Nop" when {@code nop}), times scaled per builtin by {@code factor} and all by
   * {@code global}, with 1% point noise and 0.5% builtin jitter drawn from {@code seed}.
   */
  private static RunTimings run(int builtins, int points, boolean nop, double global,
      Map<String, Double> factor, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<PointTiming> list = new ArrayList<>();
    for (int b = 0; b < builtins; b++) {
      String name = "B" + b;
      double jitter = 0.005 * gauss(rnd);
      for (int i = 0; i < points; i++) {
        double t = (1 + b + 0.1 * i) * global * factor.getOrDefault(name, 1.0)
            * Math.exp(jitter + 0.01 * gauss(rnd));
        list.add(new PointTiming(name + "/" + i, name, i + 2, t, t * 0.999, t * 1.001, t * 0.01, null));
      }
    }
    if (nop) {
      double t = 0.05 * global * factor.getOrDefault("Nop", 1.0) * Math.exp(0.01 * gauss(rnd));
      list.add(new PointTiming("Nop/1", "Nop", 999, t, t * 0.999, t * 1.001, t * 0.01, null));
    }
    return RunTimings.of("run" + seed, list, List.of());
  }

  private static double gauss(SplittableRandom rnd) {
    return Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
  }

  @Test
  void runWideFactorIsRemovedUnlessAskedNotTo() throws Exception {
    RunTimings a = run(20, 10, false, 1.0, Map.of(), 1);
    RunTimings b = run(20, 10, false, 1.08, Map.of(), 2);
    DriftReport normalized = DriftAnalysis.analyse(a, b, DriftSettings.defaults());
    assertFalse(normalized.drifted());
    assertEquals(1.08, normalized.noise().global().estimate(), 0.01);
    assertTrue(normalized.noise().global().lower() < 1.08 && 1.08 < normalized.noise().global().upper());
    DriftReport raw = DriftAnalysis.analyse(a, b, DriftSettings.defaults().withNormalize(false));
    assertEquals(20, raw.builtins(Verdict.SLOWER).size());
  }

  @Test
  void aSlowerBuiltinIsFlaggedWithItsSize() throws Exception {
    DriftReport r = DriftAnalysis.analyse(run(20, 10, false, 1.0, Map.of(), 1),
        run(20, 10, false, 1.0, Map.of("B7", 1.15), 2), DriftSettings.defaults());
    assertEquals(List.of("B7"), r.builtins(Verdict.SLOWER).stream().map(BuiltinDrift::builtin).toList());
    Ratio change = r.builtins(Verdict.SLOWER).get(0).change();
    assertTrue(change.lower() < 1.15 && 1.15 < change.upper(), change.toString());
    assertEquals(10, r.builtins(Verdict.SLOWER).get(0).pointsSlower());
    assertTrue(r.fails(FailOn.SLOWER));
  }

  @Test
  void theThresholdHoldsBackSignificantSmallChanges() throws Exception {
    // 4% is far beyond the noise here (significant after Holm) but below the 5% threshold.
    DriftSettings quiet = DriftSettings.defaults().withMinRunNoise(0.002);
    RunTimings a = run(60, 40, false, 1.0, Map.of(), 1);
    RunTimings b = run(60, 40, false, 1.0, Map.of("B3", 1.04), 2);
    DriftReport r = DriftAnalysis.analyse(a, b, quiet);
    assertFalse(r.drifted());
    BuiltinDrift b3 = r.builtins().get(3);
    assertTrue(b3.adjustedP() < 0.05, b3.toString());
    assertTrue(DriftAnalysis.analyse(a, b, quiet.withThreshold(0.03)).drifted());
  }

  @Test
  void aFasterBuiltinFailsOnlyUnderFailOnAny() throws Exception {
    DriftReport r = DriftAnalysis.analyse(run(20, 10, false, 1.0, Map.of(), 1),
        run(20, 10, false, 1.0, Map.of("B2", 0.8), 2), DriftSettings.defaults());
    assertEquals(1, r.builtins(Verdict.FASTER).size());
    assertTrue(r.fails(FailOn.ANY));
    assertFalse(r.fails(FailOn.SLOWER));
  }

  @Test
  void anOutlierPointDoesNotMoveItsBuiltin() throws Exception {
    RunTimings a = run(20, 10, false, 1.0, Map.of(), 1);
    RunTimings b0 = run(20, 10, false, 1.0, Map.of(), 2);
    List<PointTiming> points = new ArrayList<>(b0.points());
    PointTiming p = points.get(45); // B4/5
    points.set(45, new PointTiming(p.benchmark(), p.builtin(), p.line(), p.mean() * 1.6,
        p.lower() * 1.6, p.upper() * 1.6, p.sd() * 1.6, null));
    DriftReport r = DriftAnalysis.analyse(a, RunTimings.of("b", points, List.of()),
        DriftSettings.defaults());
    assertFalse(r.drifted());
    assertEquals(Verdict.SLOWER, r.points().get(45).verdict());
    assertEquals(1, r.builtins().get(4).pointsSlower());
  }

  @Test
  void withFewBuiltinsTheMinimumNoiseIsUsed() throws Exception {
    DriftReport r = DriftAnalysis.analyse(run(3, 10, false, 1.0, Map.of(), 1),
        run(3, 10, false, 1.0, Map.of(), 2), DriftSettings.defaults().withMinRunNoise(0.02));
    assertFalse(r.noise().builtinNoiseEstimated());
    assertEquals(0.02, r.noise().builtinNoise(), 1e-12);
  }

  @Test
  void aSinglePointBuiltinIsJudgedAgainstThePointTail() throws Exception {
    // 200 builtins x 10 points give 2000 standardised deviations.
    RunTimings a = run(200, 10, true, 1.0, Map.of(), 1);
    RunTimings same = run(200, 10, true, 1.0, Map.of(), 2);
    assertFalse(DriftAnalysis.analyse(a, same, DriftSettings.defaults()).drifted());
    // Moved far beyond every point deviation: a drift.
    DriftReport big = DriftAnalysis.analyse(a, run(200, 10, true, 1.0, Map.of("Nop", 1.3), 2),
        DriftSettings.defaults());
    assertEquals(List.of("Nop"), big.builtins(Verdict.SLOWER).stream().map(BuiltinDrift::builtin).toList());
    // The same move when 2% of the other points are outliers of +50%: the tail has room for it.
    List<PointTiming> noisy = new ArrayList<>();
    List<PointTiming> moved = run(200, 10, true, 1.0, Map.of("Nop", 1.3), 2).points();
    for (int i = 0; i < moved.size(); i++) {
      PointTiming p = moved.get(i);
      double f = i % 50 == 7 && !p.builtin().equals("Nop") ? 1.5 : 1;
      noisy.add(new PointTiming(p.benchmark(), p.builtin(), p.line(), p.mean() * f, p.lower() * f,
          p.upper() * f, p.sd() * f, null));
    }
    DriftReport tail = DriftAnalysis.analyse(a, RunTimings.of("noisy", noisy, List.of()),
        DriftSettings.defaults());
    assertFalse(tail.drifted(), tail.builtins(Verdict.SLOWER).toString());
  }

  @Test
  void empiricalTailCountsValuesAtLeastAsLarge() {
    double[] sorted = {0.1, 0.5, 1, 2, 3};
    assertEquals(1, DriftAnalysis.empiricalTail(sorted, 0), 1e-15);
    assertEquals(3.0 / 5, DriftAnalysis.empiricalTail(sorted, 1), 1e-15);
    assertEquals(1.0 / 5, DriftAnalysis.empiricalTail(sorted, 2.5), 1e-15);
    assertEquals(0, DriftAnalysis.empiricalTail(sorted, 3.5), 1e-15);
  }

  @Test
  void rawSamplesAreUsedWhenBothSidesHaveThem() throws Exception {
    SplittableRandom rnd = new SplittableRandom(5);
    List<PointTiming> a = new ArrayList<>();
    List<PointTiming> b = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      double[] sa = new double[25];
      double[] sb = new double[25];
      for (int j = 0; j < 25; j++) {
        sa[j] = 2 * Math.exp(0.02 * gauss(rnd));
        sb[j] = 2 * (i < 10 ? 1.2 : 1) * Math.exp(0.02 * gauss(rnd));
      }
      String builtin = "B" + (i / 10);
      a.add(new PointTiming(builtin + "/" + i, builtin, i, 2, 1.99, 2.01, 0.04, SampleStats.of(sa)));
      b.add(new PointTiming(builtin + "/" + i, builtin, i, 2, 1.99, 2.01, 0.04, SampleStats.of(sb)));
    }
    DriftReport r = DriftAnalysis.analyse(RunTimings.of("a", a, List.of()),
        RunTimings.of("b", b, List.of()), DriftSettings.defaults().withNormalize(false));
    assertEquals(30, r.noise().pointsWithSamples());
    assertEquals(Verdict.SLOWER, r.builtins().get(0).verdict());
    assertEquals(1.2, r.builtins().get(0).change().estimate(), 0.02);
    assertEquals(Verdict.UNCHANGED, r.builtins().get(1).verdict());
  }

  @Test
  void noCommonPointIsAnError() {
    RunTimings a = run(2, 2, false, 1, Map.of(), 1);
    RunTimings b = RunTimings.of("b", List.of(new PointTiming("X/1", "X", 2, 1, 1, 1, 0, null)), List.of());
    NoCommonPointsException e = assertThrows(NoCommonPointsException.class,
        () -> DriftAnalysis.analyse(a, b, DriftSettings.defaults()));
    assertTrue(e.getMessage().startsWith("no benchmark in common between run1 (4 points) and b (1 points)"));
  }

  @Test
  void repeatedNamesAreDistinctPointsMatchedByOccurrence() {
    List<PointTiming> list = new ArrayList<>();
    for (int i = 0; i < 3; i++) list.add(new PointTiming("S/1/1", "S", i + 2, 1 + i, 0, 0, 0, null));
    RunTimings r = RunTimings.of("x", list, List.of());
    assertEquals(List.of("S/1/1", "S/1/1#2", "S/1/1#3"),
        r.points().stream().map(PointTiming::benchmark).toList());
    assertEquals(3, r.point("S/1/1#3").mean());
    assertTrue(r.warnings().isEmpty());
  }
}
