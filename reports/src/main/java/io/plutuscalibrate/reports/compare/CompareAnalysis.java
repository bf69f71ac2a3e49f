package io.plutuscalibrate.reports.compare;

import io.plutuscalibrate.reports.drift.NoCommonPointsException;
import io.plutuscalibrate.reports.drift.Ratio;
import io.plutuscalibrate.reports.stats.Robust;
import io.plutuscalibrate.reports.timing.PointTiming;
import io.plutuscalibrate.reports.timing.RunTimings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Compares batches of runs, e.g. five sweeps of each of two versions.
 *
 * <p>Note [Runs are the unit]: run-to-run variance is larger than the sampling error within a run
 * (Note [Run-to-run noise] in {@code DriftAnalysis}), so the difference between two versions is
 * judged against how much separate runs of one version differ. We use a two-level model: a run's
 * level of a point (its log time) is the batch's level plus a run effect plus the within-run
 * error. The batch level is the mean over its runs of the log times (a geometric mean of times),
 * and its variance is s^2 / n with s^2 the sample variance of the runs' log times, which already
 * contains the within-run error; we never let it fall below the mean within-run variance / n,
 * so that two runs that happen to agree closely do not give a zero-width interval. The
 * difference of two batches is referred to Welch's t with Satterthwaite degrees of freedom. A
 * batch of a single run has no spread of its own: it borrows the spread between runs pooled
 * over the batches that have two or more runs (the same machine and harness are assumed); when
 * no batch has two runs, only the within-run error is left and the interval says so (basis
 * "within-run"): it is too narrow for a difference between runs, as criterion's intervals are.
 *
 * <p>A builtin is compared in the same way on its per-run level, the median over its points of
 * the log times in that run (within-run variance (pi/2) mean(v)/n), so that its interval too
 * rests on the spread between runs. The spread within a batch is reported as the coefficient of
 * variation of the times across runs with the smallest and largest time. Intervals are 95% and
 * not corrected for multiplicity: this is a descriptive comparison, {@code calibrate drift} is
 * the test.
 */
public final class CompareAnalysis {
  private CompareAnalysis() {}

  /**
   * Compares the batches on the points that every run has.
   *
   * @throws NoCommonPointsException if no point is in every run
   */
  public static CompareReport analyse(List<Batch> batches) throws NoCommonPointsException {
    if (batches.isEmpty()) throw new IllegalArgumentException("no batches");
    List<RunTimings> all = new ArrayList<>();
    for (Batch b : batches) all.addAll(b.runs());
    RunTimings first = all.get(0);
    List<String> common = new ArrayList<>();
    int leftOut = 0;
    for (PointTiming p : first.points()) {
      boolean everywhere = true;
      for (RunTimings r : all) everywhere &= r.point(p.benchmark()) != null;
      if (everywhere) common.add(p.benchmark()); else leftOut++;
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (PointTiming p : first.points()) seen.add(p.benchmark());
    for (RunTimings r : all) {
      for (PointTiming p : r.points()) {
        if (!seen.contains(p.benchmark()) && seen.add(p.benchmark())) leftOut++;
      }
    }
    if (common.isEmpty()) {
      throw new NoCommonPointsException("no benchmark point is in every run of the batches ("
          + all.size() + " runs)");
    }
    List<String> warnings = new ArrayList<>();
    for (RunTimings r : all) warnings.addAll(r.warnings());

    int nb = batches.size();
    // levels[b][r][i], within[b][r][i]: run r of batch b at common point i.
    double[][][] levels = new double[nb][][];
    double[][][] within = new double[nb][][];
    double[][][] times = new double[nb][][];
    for (int b = 0; b < nb; b++) {
      List<RunTimings> runs = batches.get(b).runs();
      levels[b] = new double[runs.size()][common.size()];
      within[b] = new double[runs.size()][common.size()];
      times[b] = new double[runs.size()][common.size()];
      for (int r = 0; r < runs.size(); r++) {
        for (int i = 0; i < common.size(); i++) {
          PointTiming p = runs.get(r).point(common.get(i));
          levels[b][r][i] = p.logLevel();
          within[b][r][i] = p.logVariance();
          times[b][r][i] = p.mean();
        }
      }
    }
    List<Comparison> points = new ArrayList<>(common.size());
    for (int i = 0; i < common.size(); i++) {
      double[][] l = new double[nb][];
      double[][] v = new double[nb][];
      double[][] t = new double[nb][];
      for (int b = 0; b < nb; b++) {
        int runs = levels[b].length;
        l[b] = new double[runs];
        v[b] = new double[runs];
        t[b] = new double[runs];
        for (int r = 0; r < runs; r++) {
          l[b][r] = levels[b][r][i];
          v[b][r] = within[b][r][i];
          t[b][r] = times[b][r][i];
        }
      }
      points.add(compare(common.get(i), 1, batches, l, v, t));
    }

    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < common.size(); i++) {
      groups.computeIfAbsent(PointTiming.builtinOf(common.get(i)), k -> new ArrayList<>()).add(i);
    }
    List<Comparison> builtins = new ArrayList<>(groups.size());
    for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
      List<Integer> idx = g.getValue();
      int m = idx.size();
      double[][] l = new double[nb][];
      double[][] v = new double[nb][];
      double[][] t = new double[nb][];
      for (int b = 0; b < nb; b++) {
        int runs = levels[b].length;
        l[b] = new double[runs];
        v[b] = new double[runs];
        t[b] = new double[runs];
        for (int r = 0; r < runs; r++) {
          double[] pl = new double[m];
          double sumV = 0;
          for (int j = 0; j < m; j++) {
            pl[j] = levels[b][r][idx.get(j)];
            sumV += within[b][r][idx.get(j)];
          }
          l[b][r] = Robust.median(pl);
          v[b][r] = (m >= 3 ? Robust.MEDIAN_VARIANCE_FACTOR : 1) * (sumV / m) / m;
          t[b][r] = Math.exp(l[b][r]);
        }
      }
      builtins.add(compare(g.getKey(), m, batches, l, v, t));
    }
    return new CompareReport(batches, builtins, points, leftOut, warnings);
  }

  /** One point or builtin: l, v, t per batch and run (log level, within-run variance, time). */
  private static Comparison compare(String name, int points, List<Batch> batches, double[][] l,
      double[][] v, double[][] t) {
    int nb = batches.size();
    double pooledSs = 0;
    int pooledDf = 0;
    for (int b = 0; b < nb; b++) {
      if (l[b].length >= 2) {
        pooledSs += Robust.variance(l[b]) * (l[b].length - 1);
        pooledDf += l[b].length - 1;
      }
    }
    List<Spread> spreads = new ArrayList<>(nb);
    double[] mean = new double[nb];
    double[] var = new double[nb];
    double[] df = new double[nb];
    Basis[] basis = new Basis[nb];
    for (int b = 0; b < nb; b++) {
      int n = l[b].length;
      mean[b] = Robust.mean(l[b]);
      double meanWithin = Robust.mean(v[b]);
      if (n >= 2) {
        var[b] = Math.max(Robust.variance(l[b]), meanWithin) / n;
        df[b] = n - 1;
        basis[b] = Basis.RUNS;
      } else if (pooledDf > 0) {
        var[b] = Math.max(pooledSs / pooledDf, meanWithin);
        df[b] = pooledDf;
        basis[b] = Basis.POOLED;
      } else {
        var[b] = meanWithin;
        df[b] = Double.POSITIVE_INFINITY;
        basis[b] = Basis.WITHIN_RUN;
      }
      double[] range = Robust.range(t[b]);
      double cv = n >= 2 ? Math.sqrt(Robust.variance(t[b])) / Robust.mean(t[b]) : Double.NaN;
      spreads.add(new Spread(n, Math.exp(mean[b]), cv, range[0], range[1]));
    }
    List<Difference> differences = new ArrayList<>(Math.max(0, nb - 1));
    for (int b = 1; b < nb; b++) {
      double d = mean[b] - mean[0];
      double vv = var[b] + var[0];
      double denom = term(var[b], df[b]) + term(var[0], df[0]);
      double dof = denom > 0 ? vv * vv / denom : Double.POSITIVE_INFINITY;
      double q = Double.isInfinite(dof) || dof > 1e6 ? 1.959963984540054
          : new TDistribution(null, dof).inverseCumulativeProbability(0.975);
      Basis how = basis[b] == Basis.WITHIN_RUN || basis[0] == Basis.WITHIN_RUN ? Basis.WITHIN_RUN
          : basis[b] == Basis.POOLED || basis[0] == Basis.POOLED ? Basis.POOLED : Basis.RUNS;
      differences.add(new Difference(batches.get(b).name(), Ratio.fromLog(d, q * Math.sqrt(vv)),
          how));
    }
    return new Comparison(name, points, spreads, differences);
  }

  private static double term(double var, double df) {
    return Double.isInfinite(df) ? 0 : var * var / df;
  }
}
