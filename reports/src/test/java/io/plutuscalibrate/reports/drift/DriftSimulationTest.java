package io.plutuscalibrate.reports.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.reports.timing.RunTimings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DriftSimulationTest {
  @Test
  void explore() throws Exception {
    int seeds = Integer.getInteger("drift.seeds", 50);
    SyntheticRuns.Noise noise = SyntheticRuns.Noise.realistic().withJitter(
        Double.parseDouble(System.getProperty("drift.jitter", "0.01")), Integer.getInteger("drift.jitterDf", 0));
    int flagged = 0;
    int exact = 0;
    long t0 = System.nanoTime();
    for (int s = 0; s < seeds; s++) {
      SyntheticRuns truth = SyntheticRuns.officialShape(s);
      SplittableRandom rnd = new SplittableRandom(1000 + s);
      RunTimings a = truth.run("a", noise, Map.of(), rnd);
      RunTimings b = truth.run("b", noise, Map.of(), rnd);
      DriftReport r = DriftAnalysis.analyse(a, b, DriftSettings.defaults());
      if (r.drifted()) {
        flagged++;
        System.out.println("seed " + s + " null flagged: " + r.builtins().stream().filter(x -> x.verdict().drifted()).map(x -> x.builtin() + "(" + x.points() + ") " + x.change()).toList());
      }
      if (s < 2) System.out.println(r.noise());
      List<String> pool = new ArrayList<>(truth.replicatedBuiltins);
      Collections.shuffle(pool, new java.util.Random(s));
      int k = 3 + rnd.nextInt(3);
      Map<String, Double> slow = new HashMap<>();
      for (int j = 0; j < k; j++) slow.put(pool.get(j), 1.10 + 0.20 * rnd.nextDouble());
      RunTimings c = truth.run("c", noise, slow, rnd);
      DriftReport r2 = DriftAnalysis.analyse(a, c, DriftSettings.defaults());
      TreeSet<String> got = new TreeSet<>();
      r2.builtins(Verdict.SLOWER).forEach(x -> got.add(x.builtin()));
      boolean ok = got.equals(new TreeSet<>(slow.keySet())) && r2.builtins(Verdict.FASTER).isEmpty();
      if (!ok && Boolean.getBoolean("drift.debug")) {
        System.out.println(r2.noise());
        double[] meds = r2.builtins().stream().mapToDouble(x -> x.change().estimate()).sorted().toArray();
        System.out.println(java.util.Arrays.toString(meds));
        for (BuiltinDrift x : r2.builtins()) if (x.verdict().drifted() && !slow.containsKey(x.builtin())) {
          System.out.println("  " + x);
          r2.points().stream().filter(p -> p.builtin().equals(x.builtin())).forEach(p -> System.out.printf("    %s %.4f %.4f%n", p.benchmark(), p.rawRatio(), p.change().estimate()));
        }
      }
      if (ok) exact++; else System.out.println("seed " + s + " power: want " + new TreeSet<>(slow.keySet()) + " " + slow + " got " + got + " faster " + r2.builtins(Verdict.FASTER).stream().map(BuiltinDrift::builtin).toList());
    }
    System.out.printf("seeds %d: null no-flag %d, exact detection %d, %.1f ms/seed%n", seeds, seeds - flagged, exact, (System.nanoTime() - t0) / 1e6 / seeds);
  }
}
