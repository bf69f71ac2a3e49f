package io.plutuscalibrate.reports.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.reports.drift.NoCommonPointsException;
import io.plutuscalibrate.reports.timing.PointTiming;
import io.plutuscalibrate.reports.timing.RunTimings;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CompareAnalysisTest {
  /** One run: builtins B0..B2 with 5 points; the run is shifted by a run effect of sd 2%. */
  private static RunTimings run(String name, double factorB1, SplittableRandom rnd) {
    double runEffect = 0.02 * gauss(rnd);
    List<PointTiming> list = new ArrayList<>();
    for (int b = 0; b < 3; b++) {
      for (int i = 0; i < 5; i++) {
        double t = (1 + i) * (b == 1 ? factorB1 : 1) * Math.exp(runEffect + 0.002 * gauss(rnd));
        list.add(new PointTiming("B" + b + "/" + i, "B" + b, i + 2, t, t * 0.999, t * 1.001, 0.01 * t, null));
      }
    }
    return RunTimings.of(name, list, List.of());
  }

  private static double gauss(SplittableRandom rnd) {
    return Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
  }

  @Test
  void intervalsRestOnTheSpreadBetweenRuns() throws Exception {
    // Coverage law: over many repetitions the 95% interval of a null difference (B0) covers 1
    // about 95% of the time, although each run's own interval is ten times too narrow.
    SplittableRandom rnd = new SplittableRandom(1);
    int covered = 0;
    int trials = 400;
    for (int t = 0; t < trials; t++) {
      List<RunTimings> a = new ArrayList<>();
      List<RunTimings> b = new ArrayList<>();
      for (int r = 0; r < 4; r++) {
        a.add(run("a" + r, 1, rnd));
        b.add(run("b" + r, 1.2, rnd));
      }
      CompareReport rep = CompareAnalysis.analyse(List.of(new Batch("A", a), new Batch("B", b)));
      Difference d0 = rep.builtins().get(0).differences().get(0);
      assertEquals(Basis.RUNS, d0.basis());
      if (d0.ratio().lower() <= 1 && 1 <= d0.ratio().upper()) covered++;
    }
    assertTrue(covered >= 0.92 * trials && covered <= 0.985 * trials, covered + " of " + trials);
  }

  @Test
  void spreadWithinABatch() throws Exception {
    SplittableRandom rnd = new SplittableRandom(2);
    CompareReport rep = CompareAnalysis.analyse(List.of(
        new Batch("A", List.of(run("a1", 1, rnd), run("a2", 1, rnd), run("a3", 1, rnd))),
        new Batch("B", List.of(run("b1", 1.3, rnd)))));
    Comparison b1 = rep.builtins().get(1);
    Spread a = b1.spreads().get(0);
    assertEquals(3, a.runs());
    assertTrue(a.cv() > 0 && a.cv() < 0.1, a.toString());
    assertTrue(a.min() <= a.level() && a.level() <= a.max());
    assertTrue(Double.isNaN(b1.spreads().get(1).cv()));
    Difference d = b1.differences().get(0);
    assertEquals(Basis.POOLED, d.basis());
    assertEquals(1.3, d.ratio().estimate(), 0.1);
    assertEquals(15, rep.points().size());
  }

  @Test
  void singleRunsFallBackToTheWithinRunError() throws Exception {
    SplittableRandom rnd = new SplittableRandom(3);
    CompareReport rep = CompareAnalysis.analyse(List.of(new Batch("A", List.of(run("a", 1, rnd))),
        new Batch("B", List.of(run("b", 1, rnd)))));
    Difference d = rep.points().get(0).differences().get(0);
    assertEquals(Basis.WITHIN_RUN, d.basis());
    // criterion's +-0.1% interval: the half-width is about 0.1% * sqrt(2).
    assertEquals(0.0014, (d.ratio().upper() - d.ratio().lower()) / 2 / d.ratio().estimate(), 0.0002);
  }

  @Test
  void pointsMissingFromARunAreLeftOut() throws Exception {
    SplittableRandom rnd = new SplittableRandom(4);
    RunTimings full = run("full", 1, rnd);
    RunTimings part = RunTimings.of("part", full.points().subList(0, 10), List.of());
    CompareReport rep = CompareAnalysis.analyse(List.of(new Batch("A", List.of(full)),
        new Batch("B", List.of(part))));
    assertEquals(10, rep.points().size());
    assertEquals(5, rep.pointsLeftOut());
    assertFalse(rep.builtins().stream().anyMatch(c -> c.name().equals("B2")));
    RunTimings other = RunTimings.of("other",
        List.of(new PointTiming("X/1", "X", 2, 1, 1, 1, 0, null)), List.of());
    assertThrows(NoCommonPointsException.class, () -> CompareAnalysis.analyse(
        List.of(new Batch("A", List.of(full)), new Batch("B", List.of(other)))));
  }
}
