package io.plutuscalibrate.reports.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.reports.timing.RunTimings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The false-alarm rate and the power of {@link DriftAnalysis} on synthetic runs of the official
 * benchmark set's shape with realistic run-to-run noise ({@link SyntheticRuns}). The seeds are
 * fixed, so the outcomes are deterministic; {@code -Ddrift.seeds=N} runs N seeds instead of the
 * default and prints the rates (what the report quotes), {@code -Ddrift.jitter=0.015} and
 * {@code -Ddrift.jitterDf=4} change the builtin jitter for a sensitivity check, and
 * {@code -Ddrift.shape=harness} uses the point counts of this project's default sweep and
 * {@code -Ddrift.burst=N} sets the longest burst of interference, in points.
 */
class DriftSimulationTest {
  private static final int SEEDS = Integer.getInteger("drift.seeds", 30);

  /** The truth of seed s: the official set's shape, or the harness's with -Ddrift.shape=harness. */
  private static SyntheticRuns truth(long s) {
    return "harness".equals(System.getProperty("drift.shape"))
        ? SyntheticRuns.harnessShape(s) : SyntheticRuns.officialShape(s);
  }

  private static SyntheticRuns.Noise noise() {
    SyntheticRuns.Noise realistic = SyntheticRuns.Noise.realistic();
    return realistic.withJitter(
        Double.parseDouble(System.getProperty("drift.jitter", "0.01")),
        Integer.getInteger("drift.jitterDf", 0))
        .withMaxBurstLength(Integer.getInteger("drift.burst", realistic.maxBurstLength()));
  }

  /** The defaults, with {@code -Ddrift.minRunNoise=0.015} to try another minimum. */
  private static DriftSettings settings() {
    return DriftSettings.defaults().withMinRunNoise(Double.parseDouble(
        System.getProperty("drift.minRunNoise", String.valueOf(DriftSettings.DEFAULT_MIN_RUN_NOISE))));
  }

  @Test
  void slowedBuiltinsAreExactlyTheOnesFlagged() throws Exception {
    SyntheticRuns truth = SyntheticRuns.officialShape(42);
    SplittableRandom rnd = new SplittableRandom(4242);
    Map<String, Double> slow = truth.slowdowns(42);
    RunTimings base = truth.run("baseline", noise(), Map.of(), rnd);
    RunTimings cur = truth.run("current", noise(), slow, rnd);
    DriftReport r = DriftAnalysis.analyse(base, cur, settings());
    assertEquals(new TreeSet<>(slow.keySet()), SyntheticRuns.flagged(r, Verdict.SLOWER), slow.toString());
    assertEquals(new TreeSet<>(), SyntheticRuns.flagged(r, Verdict.FASTER));
    for (BuiltinDrift b : r.builtins(Verdict.SLOWER)) {
      double truthRatio = slow.get(b.builtin());
      assertTrue(b.change().lower() <= truthRatio && truthRatio <= b.change().upper(),
          b + " should cover " + truthRatio);
    }
  }

  @Test
  void repeatedRunsOfOneBuildRarelyFlagAnything() throws Exception {
    int quiet = 0;
    List<String> alarms = new ArrayList<>();
    for (int s = 0; s < SEEDS; s++) {
      SyntheticRuns truth = truth(s);
      SplittableRandom rnd = new SplittableRandom(1000 + s);
      DriftReport r = DriftAnalysis.analyse(truth.run("a", noise(), Map.of(), rnd),
          truth.run("b", noise(), Map.of(), rnd), settings());
      if (r.drifted()) {
        alarms.add("seed " + s + ": " + r.builtins().stream().filter(b -> b.verdict().drifted())
            .map(b -> b.builtin() + "(" + b.points() + " points) " + b.change()).toList());
      } else {
        quiet++;
      }
    }
    System.out.printf("drift simulation: %d of %d comparisons of the same build flagged nothing"
        + " (%.1f%%)%n", quiet, SEEDS, 100.0 * quiet / SEEDS);
    alarms.forEach(a -> System.out.println("  false alarm, " + a));
    assertTrue(quiet >= 0.95 * SEEDS, quiet + " of " + SEEDS + " quiet; " + alarms);
  }

  @Test
  void slowedBuiltinsAreFoundOverManySeeds() throws Exception {
    int exact = 0;
    int found = 0;
    int slowed = 0;
    List<String> misses = new ArrayList<>();
    for (int s = 0; s < SEEDS; s++) {
      SyntheticRuns truth = truth(s);
      SplittableRandom rnd = new SplittableRandom(5000 + s);
      Map<String, Double> slow = truth.slowdowns(s);
      DriftReport r = DriftAnalysis.analyse(truth.run("a", noise(), Map.of(), rnd),
          truth.run("b", noise(), slow, rnd), settings());
      TreeSet<String> got = SyntheticRuns.flagged(r, Verdict.SLOWER);
      slowed += slow.size();
      for (String b : slow.keySet()) if (got.contains(b)) found++;
      if (got.equals(new TreeSet<>(slow.keySet())) && r.builtins(Verdict.FASTER).isEmpty()) {
        exact++;
      } else {
        misses.add("seed " + s + ": slowed " + new TreeSet<>(slow.keySet()) + ", slower " + got
            + ", faster " + SyntheticRuns.flagged(r, Verdict.FASTER));
      }
    }
    System.out.printf("drift simulation: exactly the slowed builtins flagged in %d of %d"
        + " comparisons (%.1f%%); %d of %d slowed builtins found%n", exact, SEEDS,
        100.0 * exact / SEEDS, found, slowed);
    misses.forEach(m -> System.out.println("  " + m));
    assertTrue(found >= 0.97 * slowed, found + " of " + slowed + " found; " + misses);
    assertTrue(exact >= 0.9 * SEEDS, exact + " of " + SEEDS + " exact; " + misses);
  }
}
