package io.plutuscalibrate.reports.drift;

import io.plutuscalibrate.reports.stats.BenjaminiHochberg;
import io.plutuscalibrate.reports.stats.Holm;
import io.plutuscalibrate.reports.stats.ModeratedVariance;
import io.plutuscalibrate.reports.stats.Robust;
import io.plutuscalibrate.reports.timing.PointTiming;
import io.plutuscalibrate.reports.timing.RunTimings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Drift between two batches of runs, at least one of them with two or more runs.
 *
 * <p>Note [Batches of runs]: between JVM sessions of one build on one quiet machine whole
 * builtins move by 20-60% together, consistently over all their points (which code the JIT
 * compiles, and how, is decided once per session): Blake2b_256 took 95 µs in five quick sweeps
 * and 150 µs in two, ExpModInteger sat at three levels, 1.4, 2.2 and 3.8e-5 s. The run-to-run
 * noise of {@link DriftAnalysis} is one builtin-level spread estimated as a MAD across builtins
 * (Note [Run-to-run noise]); it describes the typical builtin and cannot see that a few builtins
 * jump in some sessions, so with one run per side such a jump is indistinguishable from a real
 * change: of the 21 pairs of seven sweeps of one build, only 6 flagged nothing. The remedy, as
 * JMH's forks, is replication: with several runs on a side the jitter of each builtin between
 * sessions can be measured.
 *
 * <p>How: let L_ji be the log time of common point i in run j (all runs, both sides) and M_i its
 * mean over all runs, so that sizes cancel in r_ji = L_ji - M_i. Per run the run-wide factor g_j
 * is the median over builtins of each builtin's median r_ji, and is subtracted as in the
 * single-run analysis (unless normalisation is off). The level of builtin B in run j is
 * y_jB = median over B's points of the normalised r_ji. B's change is mean(y over current runs)
 * - mean(y over baseline runs); its between-run variance s_B^2 is the within-side variance of
 * y pooled over both sides, on df = n_b + n_c - 2 degrees of freedom (a side with one run adds
 * none). The point noise and the within-run error are inside y, so s_B^2 measures all of the
 * noise of a level, not only the jitter.
 *
 * <p>A builtin's s_B^2 from three or four runs is itself very uncertain, so it is moderated
 * towards a prior estimated from all builtins (empirical Bayes, Smyth's limma; {@link
 * ModeratedVariance}): s~_B^2 = (d0 s0^2 + df s_B^2) / (d0 + df), and t = change / (s~_B
 * sqrt(1/n_b + 1/n_c)) is referred to Student's t with d0 + df degrees of freedom. Builtins that
 * jumped between sessions of a side keep a large variance and wide intervals; quiet ones borrow
 * strength from the others and keep power. s~_B is never taken below the configured minimum
 * ({@code --min-run-noise}). The p-values are adjusted by Holm's procedure across builtins and
 * the verdict needs both significance and a change beyond the threshold, as in Note [Drift
 * decision]. Single-point builtins need no empirical tail here (Note [Single-point builtins]):
 * their outliers are inside their between-run variance.
 *
 * <p>A jump that hits every run of one side and none of the other (e.g. the three current runs
 * all drew the slow JIT outcome while the three baseline runs drew the fast one) is still read
 * as drift: with sessions drawn at random and a slow outcome in a third of them, that happens to
 * a given builtin with probability 2 (1/3)^3 (2/3)^3 = 2.2% at 3 runs per side (0.5% at 4), so a
 * few such builtins in a hundred remain a source of false alarms that more runs per side reduce.
 * On seven real quick sweeps of one build that watched the machine (Note [Interference] in the
 * sweep), 69 of the 70 splits into 3 + 3 runs and 97 of 100 random splits into 2 + 2 flagged
 * nothing (20 of 21 pairs with one run per side); with 4 builtins slowed by 10-30% in every
 * current run, 3 + 3 found 158 of 160 and one run per side 108 of 160.
 * (Seven earlier sweeps that did not watch the machine had whole builtins 20-60% slow in a
 * stretch of every other session: 65 of 70 splits into 3 + 3 were quiet, but only 4 of 100
 * slowed builtins were found.) In simulation (BatchDriftSimulationTest) every false alarm at 3 to
 * 5 runs per side was a clean split. The price of the between-run variance is power: a builtin
 * hit by a burst of interference in one run gets a large variance too, and on the quick grid
 * (three or four points per builtin) about two thirds of builtins slowed by 10-30% are found at
 * 3 to 5 runs per side in that simulation's heavier noise.
 *
 * <p>Each point is tested the same way with its own pooled between-run variance, moderated
 * across points, and Benjamini-Hochberg across points; point verdicts are details, as in Note
 * [Drift decision].
 */
final class BatchDriftAnalysis {
  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);
  private static final double Z975 = NORMAL.inverseCumulativeProbability(0.975);

  private BatchDriftAnalysis() {}

  static DriftReport analyse(List<RunTimings> baseline, List<RunTimings> current,
      DriftSettings settings) throws NoCommonPointsException {
    List<RunTimings> all = new ArrayList<>(baseline);
    all.addAll(current);
    int nb = baseline.size();
    int nc = current.size();
    int runs = all.size();
    // Points common to every run, in the first baseline run's order.
    List<String> common = new ArrayList<>();
    for (PointTiming p : baseline.get(0).points()) {
      boolean everywhere = true;
      for (RunTimings r : all) everywhere &= r.point(p.benchmark()) != null;
      if (everywhere) common.add(p.benchmark());
    }
    Set<String> commonSet = new HashSet<>(common);
    List<String> onlyBaseline = onlyOnOneSide(baseline, current, commonSet);
    List<String> onlyCurrent = onlyOnOneSide(current, baseline, commonSet);
    String baseSources = sources(baseline);
    String curSources = sources(current);
    if (common.isEmpty()) {
      throw new NoCommonPointsException("no benchmark in common to all runs of " + baseSources
          + " and " + curSources);
    }
    List<String> warnings = new ArrayList<>();
    for (RunTimings r : all) warnings.addAll(r.warnings());
    Set<String> partial = new java.util.TreeSet<>();
    for (RunTimings r : all) {
      for (PointTiming p : r.points()) {
        if (!commonSet.contains(p.benchmark()) && !onlyBaseline.contains(p.benchmark())
            && !onlyCurrent.contains(p.benchmark())) {
          partial.add(p.benchmark());
        }
      }
    }
    if (!partial.isEmpty()) {
      warnings.add((partial.size() == 1 ? "1 benchmark is" : partial.size() + " benchmarks are")
          + " missing from some runs and not tested, e.g. " + partial.iterator().next());
    }

    int n = common.size();
    double[][] log = new double[runs][n];
    Map<String, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      String name = common.get(i);
      for (int j = 0; j < runs; j++) log[j][i] = all.get(j).point(name).logLevel();
      members.computeIfAbsent(baseline.get(0).point(name).builtin(), x -> new ArrayList<>()).add(i);
    }
    int k = members.size();
    String[] names = members.keySet().toArray(new String[0]);
    int[][] idx = members.values().stream()
        .map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);

    // Deviations from each point's mean over all runs, and the run-wide factors.
    double[][] r = new double[runs][n];
    for (int i = 0; i < n; i++) {
      double m = 0;
      for (int j = 0; j < runs; j++) m += log[j][i];
      m /= runs;
      for (int j = 0; j < runs; j++) r[j][i] = log[j][i] - m;
    }
    double[] g = new double[runs];
    for (int j = 0; j < runs; j++) {
      double[] med = new double[k];
      for (int b = 0; b < k; b++) med[b] = Robust.median(DriftAnalysis.select(r[j], idx[b]));
      g[j] = Robust.median(med);
    }
    // The run-wide factor between the sides, with an interval from the spread of builtins'
    // raw changes as in the single-run analysis.
    double[] rawChange = new double[k];
    for (int b = 0; b < k; b++) {
      double[] y = new double[runs];
      for (int j = 0; j < runs; j++) y[j] = Robust.median(DriftAnalysis.select(r[j], idx[b]));
      rawChange[b] = sideDifference(y, nb);
    }
    double globalLog = sideDifference(g, nb);
    double globalHalf = k >= 2
        ? Z975 * Math.sqrt(Robust.MEDIAN_VARIANCE_FACTOR / k) * Robust.madSd(rawChange)
        : Double.NaN;
    Ratio global = Ratio.fromLog(globalLog, globalHalf);
    if (settings.normalize()) {
      for (int j = 0; j < runs; j++) for (int i = 0; i < n; i++) r[j][i] -= g[j];
    }

    // Builtin levels per run, changes and pooled between-run variances.
    double df = nb + nc - 2;
    double contrast = 1.0 / nb + 1.0 / nc;
    double[] change = new double[k];
    double[] s2 = new double[k];
    for (int b = 0; b < k; b++) {
      double[] y = new double[runs];
      for (int j = 0; j < runs; j++) y[j] = Robust.median(DriftAnalysis.select(r[j], idx[b]));
      change[b] = sideDifference(y, nb);
      s2[b] = pooledVariance(y, nb, df);
    }
    ModeratedVariance prior = ModeratedVariance.fit(s2, df);
    double floor = settings.minRunNoise() * settings.minRunNoise();
    double[] bp = new double[k];
    double[] bhalf = new double[k];
    double[] bsd = new double[k];
    for (int b = 0; b < k; b++) {
      double var = Math.max(prior.moderate(s2[b]), floor);
      bsd[b] = Math.sqrt(var);
      double[] test = test(change[b], var * contrast, prior.totalDf());
      bp[b] = test[0];
      bhalf[b] = test[1];
    }
    double[] badj = Holm.adjust(bp);

    // Points.
    double[] pointS2 = new double[n];
    double[] pointChange = new double[n];
    for (int i = 0; i < n; i++) {
      double[] y = new double[runs];
      for (int j = 0; j < runs; j++) y[j] = r[j][i];
      pointChange[i] = sideDifference(y, nb);
      pointS2[i] = pooledVariance(y, nb, df);
    }
    ModeratedVariance pointPrior = ModeratedVariance.fit(pointS2, df);
    double[] pp = new double[n];
    Ratio[] pRatio = new Ratio[n];
    for (int i = 0; i < n; i++) {
      double var = Math.max(pointPrior.moderate(pointS2[i]), floor);
      double[] test = test(pointChange[i], var * contrast, pointPrior.totalDf());
      pp[i] = test[0];
      pRatio[i] = Ratio.fromLog(pointChange[i], test[1]);
    }
    double[] padj = BenjaminiHochberg.adjust(pp);
    int[] owner = new int[n];
    for (int b = 0; b < k; b++) for (int i : idx[b]) owner[i] = b;
    int[] slowerPoints = new int[k];
    int[] fasterPoints = new int[k];
    List<PointDrift> points = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Verdict verdict = settings.verdict(pRatio[i].estimate(), padj[i]);
      if (verdict == Verdict.SLOWER) slowerPoints[owner[i]]++;
      if (verdict == Verdict.FASTER) fasterPoints[owner[i]]++;
      double baseMean = geometricMean(baseline, common.get(i));
      double curMean = geometricMean(current, common.get(i));
      points.add(new PointDrift(common.get(i), names[owner[i]], baseMean, curMean,
          curMean / baseMean, pRatio[i], pp[i], padj[i], verdict));
    }
    List<BuiltinDrift> builtins = new ArrayList<>(k);
    for (int b = 0; b < k; b++) {
      Ratio ratio = Ratio.fromLog(change[b], bhalf[b]);
      builtins.add(new BuiltinDrift(names[b], idx[b].length, ratio, bp[b], badj[b],
          settings.verdict(ratio.estimate(), badj[b]), slowerPoints[b], fasterPoints[b], bsd[b]));
    }
    int withSamples = 0;
    for (String name : common) {
      boolean all_ = true;
      for (RunTimings run : all) all_ &= run.point(name).samples() != null;
      if (all_) withSamples++;
    }
    RunNoise noise = new RunNoise(global, settings.normalize(),
        Math.sqrt(pointPrior.s0sq()), Math.max(Math.sqrt(prior.s0sq()), settings.minRunNoise()),
        true, withSamples, prior.d0());
    return new DriftReport(baseSources, curSources, settings, noise, builtins, points,
        onlyBaseline, onlyCurrent, warnings, nb, nc);
  }

  /** The two-sided p-value and the 95% half-width of a change with the given variance. */
  private static double[] test(double change, double var, double df) {
    double sd = Math.sqrt(var);
    if (sd == 0) return new double[] {change == 0 ? 1 : 0, 0};
    if (Double.isInfinite(df) || df > 1e6) {
      return new double[] {2 * NORMAL.cumulativeProbability(-Math.abs(change / sd)), Z975 * sd};
    }
    TDistribution t = new TDistribution(null, df);
    return new double[] {2 * t.cumulativeProbability(-Math.abs(change / sd)),
        t.inverseCumulativeProbability(0.975) * sd};
  }

  /** Mean of y[nb..] minus mean of y[..nb). */
  private static double sideDifference(double[] y, int nb) {
    double a = 0;
    double c = 0;
    for (int j = 0; j < y.length; j++) {
      if (j < nb) a += y[j]; else c += y[j];
    }
    return c / (y.length - nb) - a / nb;
  }

  /** The within-side variance of y pooled over both sides, on df degrees of freedom. */
  private static double pooledVariance(double[] y, int nb, double df) {
    int nc = y.length - nb;
    double ma = 0;
    double mc = 0;
    for (int j = 0; j < y.length; j++) {
      if (j < nb) ma += y[j]; else mc += y[j];
    }
    ma /= nb;
    mc /= nc;
    double ss = 0;
    for (int j = 0; j < y.length; j++) {
      double dev = y[j] - (j < nb ? ma : mc);
      ss += dev * dev;
    }
    return ss / df;
  }

  private static double geometricMean(List<RunTimings> runs, String benchmark) {
    double s = 0;
    for (RunTimings r : runs) s += Math.log(r.point(benchmark).mean());
    return Math.exp(s / runs.size());
  }

  /** Benchmarks of some run of {@code side} that no run of {@code other} has. */
  private static List<String> onlyOnOneSide(List<RunTimings> side, List<RunTimings> other,
      Set<String> common) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (RunTimings r : side) {
      for (PointTiming p : r.points()) {
        if (common.contains(p.benchmark())) continue;
        boolean elsewhere = false;
        for (RunTimings o : other) elsewhere |= o.point(p.benchmark()) != null;
        if (!elsewhere) out.add(p.benchmark());
      }
    }
    return List.copyOf(out);
  }

  private static String sources(List<RunTimings> runs) {
    return String.join(", ", runs.stream().map(RunTimings::source).toList());
  }
}
