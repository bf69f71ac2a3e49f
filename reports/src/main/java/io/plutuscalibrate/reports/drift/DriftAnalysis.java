package io.plutuscalibrate.reports.drift;

import io.plutuscalibrate.reports.stats.BenjaminiHochberg;
import io.plutuscalibrate.reports.stats.Holm;
import io.plutuscalibrate.reports.stats.Robust;
import io.plutuscalibrate.reports.timing.PointTiming;
import io.plutuscalibrate.reports.timing.RunTimings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Tests whether the builtins of a current run got slower or faster than in a baseline run.
 *
 * <p>Note [Run-to-run noise]: two runs of the same build on the same machine differ by much more
 * than criterion's intervals say, because those intervals only describe the sampling error
 * within one run. Between runs the machine state (frequency, caches, other processes), the JIT's
 * decisions and the memory layout change. We model the log ratio of a point i of builtin B as
 *
 * <pre>
 *   d_i = g + b_B + e_i + w_i
 * </pre>
 *
 * where g is a run-wide factor (the whole run faster or slower), b_B the change of the builtin
 * (its real drift plus run-to-run jitter of the builtin's level), e_i the point's own run-to-run
 * noise, with heavy tails (a burst of interference slows a few consecutive points), and w_i the
 * within-run error (Note [Within-run error of a point] in {@link PointTiming}). Every part but
 * the drift is estimated from the data, robustly, because a few builtins may really have
 * drifted and a few points are outliers:
 *
 * <ul>
 *   <li>g: the median over builtins of each builtin's median d_i. By default changes are measured
 *       relative to it (normalisation): between two runs on a CI machine a global shift of a few
 *       percent is common and says nothing about the code, and without normalisation it would
 *       flag every builtin at once. The price is that a slowdown shared by more than half of the
 *       builtins (e.g. of the machine loop itself) is read as a run-wide factor: the report shows
 *       g with its interval so that a reader sees it, and {@code --no-normalize} tests raw ratios
 *       when both runs come from one session on one machine.</li>
 *   <li>the point noise: the spread (MAD) of points around their builtin's median, pooled over
 *       builtins with at least three points and shrunk towards the pool for each builtin; its
 *       excess over the within-run error is added to every point's variance.</li>
 *   <li>the builtin noise: the spread (MAD) of the builtins' medians beyond what their points'
 *       noise explains, i.e. a DerSimonian-Laird style between-builtin variance, estimated only
 *       with at least {@link #MIN_BUILTINS_FOR_NOISE} builtins and never below the configured
 *       minimum ({@code --min-run-noise}, default 1%). With fewer builtins the minimum alone is
 *       used.</li>
 * </ul>
 *
 * <p>Inflating the variances this way, rather than only raising the effect threshold, keeps the
 * test honest when the data are noisier than usual (a busy machine): the intervals widen and
 * fewer changes are significant, instead of every 6% jitter counting as drift.
 *
 * <p>Note [Drift decision]: a builtin's change is the median of its points' normalised log
 * ratios (robust to a minority of outlier points), with variance (pi/2) mean(s_i^2)/n from its
 * points' noise s_i^2 plus the builtin noise. z = change / sd is referred to Student's t with
 * Satterthwaite degrees of freedom, where the builtin noise, estimated by a MAD over K builtins,
 * counts for about 0.37 (K - 1) of them (the MAD's efficiency), and the point noise of a
 * builtin with m points, a MAD shrunk towards the pool as if by 10 more points, for about
 * 0.37 (m - 1 + 10): with ~100 builtins that moves the critical value from 3.5 to about 3.9
 * standard deviations, more for builtins with few points, the margin that keeps the
 * false-alarm rate at its nominal level although the noise was estimated. A builtin with one or
 * two points has no replication to tell a drift from an outlier point, so its p-value is also
 * compared with the empirical tail of the standardised point deviations of the other builtins,
 * and the larger of the two is kept (Note [Single-point builtins]).
 *
 * <p>The p-values of all builtins are adjusted by Holm's procedure, and a builtin has drifted
 * only if both (a) its adjusted p-value is at most {@code fdr} and (b) its ratio is at least
 * 1 + threshold (slower) or at most 1 - threshold (faster). (a) alone would flag real but
 * irrelevant 1% changes on quiet data; (b) alone would flag noise on busy data. Holm controls the
 * family-wise error rate, the chance that a comparison of two runs of one build flags anything
 * at all, which is what fails a nightly build; Benjamini-Hochberg across builtins was tried
 * first and, once a few builtins had really drifted, it let borderline ones through (its
 * per-rank thresholds loosen with every discovery): in simulation (DriftSimulationTest, 3-5
 * builtins slowed by 10-30%) exactly the slowed builtins were flagged in 47 of 50 comparisons
 * with it and in 197 of 200 with Holm, each extra flag gone without a slowed builtin missed.
 *
 * <p>Every point is tested the same way (its normalised log ratio over the sum of its within-run
 * variance, the point noise and the builtin noise, with Satterthwaite degrees of freedom when
 * raw samples exist), adjusted by Benjamini-Hochberg across all points (the share of false
 * discoveries among many point flags is what matters there) and judged by the same two
 * conditions. Point verdicts are details under their builtin and do not change its verdict, so a
 * change confined to a minority of a builtin's points (e.g. only the largest inputs) shows as
 * drifted points under an unchanged builtin. With a single run per side such a change cannot be
 * told from a burst of interference, which hits consecutive points; repeated runs and
 * {@code calibrate compare} can.
 *
 * <p>Note [Single-point builtins]: with point noise of sd s and heavy tails (say one point in a
 * hundred off by 10-50%), a single point 20% slower is as likely an outlier as a drift. The
 * empirical p-value is the share of standardised deviations |e_j| / s_j, over points of builtins
 * with three or more points, at least as large as the builtin's standardised change; for two
 * points the smaller of the two is used (both must stray). A change beyond every deviation seen
 * has no empirical tail to be compared with (the share is 0) and keeps its normal p-value:
 * taking (1 + count) / (1 + N) instead would put a floor of 1/(N + 1) under the p-value, which
 * Holm's correction across K builtins cannot pass unless N > 20 K or so. This keeps the
 * false-alarm rate of the 25 one-point {@code Nop*} benchmarks of the official set in check at
 * the cost of power for them: they are detected only when the change is larger than the tail of
 * the point noise; an outlier larger than any seen elsewhere still flags them.
 */
public final class DriftAnalysis {
  /** Builtins needed to estimate the builtin noise from the data; see Note [Run-to-run noise]. */
  public static final int MIN_BUILTINS_FOR_NOISE = 8;

  /** Standardised deviations needed before the empirical check of Note [Single-point builtins]. */
  static final int MIN_DEVIATIONS_FOR_EMPIRICAL = 100;

  /**
   * The efficiency of the MAD relative to the standard deviation for normal data: the builtin
   * noise estimated from K builtin levels is worth about 0.37 (K - 1) degrees of freedom.
   */
  static final double MAD_EFFICIENCY = 0.3675;

  /** Points that count fully in a builtin's own noise estimate against the pooled one. */
  private static final double SHRINK_POINTS = 10;

  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);
  private static final double Z975 = NORMAL.inverseCumulativeProbability(0.975);

  /**
   * The warning of a comparison of one run with one run; see Note [Batches of runs] in {@link
   * BatchDriftAnalysis} for the measurement it quotes.
   */
  public static final String SINGLE_RUN_WARNING = "one run per side cannot separate a change"
      + " from session-to-session jitter of single builtins (now and then 10-17% between JVM"
      + " sessions; 7 sweeps of one build: 20 of 21 pairs flagged nothing, and one run per side"
      + " found 108 of 160 builtins slowed by 10-30% against 158 of 160 with 3 runs per side);"
      + " give several runs per side, e.g. --baseline A1,A2,A3 --current B1,B2,B3";

  private DriftAnalysis() {}

  /**
   * Compares batches of runs: with one run on each side as {@link #analyse(RunTimings,
   * RunTimings, DriftSettings)} plus {@link #SINGLE_RUN_WARNING}, otherwise as Note [Batches of
   * runs] in {@link BatchDriftAnalysis} describes.
   *
   * @throws NoCommonPointsException if no benchmark is common to all runs
   * @throws IllegalArgumentException if a side has no run
   */
  public static DriftReport analyse(List<RunTimings> baseline, List<RunTimings> current,
      DriftSettings settings) throws NoCommonPointsException {
    if (baseline.isEmpty() || current.isEmpty()) {
      throw new IllegalArgumentException("each side needs at least one run");
    }
    if (baseline.size() == 1 && current.size() == 1) {
      return analyse(baseline.get(0), current.get(0), settings).withWarning(SINGLE_RUN_WARNING);
    }
    return BatchDriftAnalysis.analyse(baseline, current, settings);
  }

  /**
   * Compares {@code current} with {@code baseline} on the points both have.
   *
   * @throws NoCommonPointsException if they have no benchmark in common
   */
  public static DriftReport analyse(RunTimings baseline, RunTimings current, DriftSettings settings)
      throws NoCommonPointsException {
    List<PointTiming> base = new ArrayList<>();
    List<PointTiming> cur = new ArrayList<>();
    List<String> onlyBaseline = new ArrayList<>();
    for (PointTiming b : baseline.points()) {
      PointTiming c = current.point(b.benchmark());
      if (c == null) {
        onlyBaseline.add(b.benchmark());
      } else {
        base.add(b);
        cur.add(c);
      }
    }
    List<String> onlyCurrent = new ArrayList<>();
    for (PointTiming c : current.points()) {
      if (baseline.point(c.benchmark()) == null) onlyCurrent.add(c.benchmark());
    }
    if (base.isEmpty()) {
      throw new NoCommonPointsException("no benchmark in common between " + baseline.source()
          + " (" + baseline.points().size() + " points) and " + current.source() + " ("
          + current.points().size() + " points)");
    }
    List<String> warnings = new ArrayList<>(baseline.warnings());
    warnings.addAll(current.warnings());
    return new Computation(base, cur, settings).report(baseline.source(), current.source(),
        onlyBaseline, onlyCurrent, warnings);
  }

  /** The estimates and tests of one comparison; see Note [Run-to-run noise]. */
  private static final class Computation {
    final List<PointTiming> base;
    final List<PointTiming> cur;
    final DriftSettings settings;
    final int n;
    final double[] d; // raw log ratios
    final double[] v; // within-run variances
    final double[] v4; // Satterthwaite denominators: sum of var^2 / df
    final Map<String, int[]> groups = new LinkedHashMap<>();
    int withSamples;

    Computation(List<PointTiming> base, List<PointTiming> cur, DriftSettings settings) {
      this.base = base;
      this.cur = cur;
      this.settings = settings;
      this.n = base.size();
      d = new double[n];
      v = new double[n];
      v4 = new double[n];
      Map<String, List<Integer>> members = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        PointTiming b = base.get(i);
        PointTiming c = cur.get(i);
        d[i] = c.logLevel() - b.logLevel();
        double vb = b.logVariance();
        double vc = c.logVariance();
        v[i] = vb + vc;
        v4[i] = vb * vb / b.degreesOfFreedom() + vc * vc / c.degreesOfFreedom();
        if (b.samples() != null && c.samples() != null) withSamples++;
        members.computeIfAbsent(b.builtin(), k -> new ArrayList<>()).add(i);
      }
      members.forEach((k, list) -> groups.put(k, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    DriftReport report(String baselineSource, String currentSource, List<String> onlyBaseline,
        List<String> onlyCurrent, List<String> warnings) {
      int k = groups.size();
      String[] names = groups.keySet().toArray(new String[0]);
      int[][] idx = groups.values().toArray(new int[0][]);

      // The run-wide factor.
      double[] rawMedians = new double[k];
      for (int b = 0; b < k; b++) rawMedians[b] = Robust.median(select(d, idx[b]));
      double globalLog = Robust.median(rawMedians);
      double globalHalf = k >= 2
          ? Z975 * Math.sqrt(Robust.MEDIAN_VARIANCE_FACTOR / k) * Robust.madSd(rawMedians)
          : Double.NaN;
      Ratio global = Ratio.fromLog(globalLog, globalHalf);
      double shift = settings.normalize() ? globalLog : 0;
      double[] r = new double[n];
      for (int i = 0; i < n; i++) r[i] = d[i] - shift;

      // Builtin levels and the point noise around them.
      double[] level = new double[k];
      List<Double> pooledDev = new ArrayList<>();
      for (int b = 0; b < k; b++) {
        level[b] = Robust.median(select(r, idx[b]));
        if (idx[b].length >= 3) {
          for (int i : idx[b]) pooledDev.add(r[i] - level[b]);
        }
      }
      double pooledSd = Robust.madSd(toArray(pooledDev));
      double[] extra = new double[k]; // point noise beyond the within-run error, a variance
      for (int b = 0; b < k; b++) {
        double sd;
        if (Double.isNaN(pooledSd)) {
          sd = idx[b].length >= 3 ? Robust.madSd(deviations(r, idx[b], level[b])) : 0;
        } else if (idx[b].length >= 3) {
          double own = Robust.madSd(deviations(r, idx[b], level[b]));
          int m = idx[b].length;
          sd = Math.sqrt((m * own * own + SHRINK_POINTS * pooledSd * pooledSd) / (m + SHRINK_POINTS));
        } else {
          sd = pooledSd;
        }
        extra[b] = Math.max(0, sd * sd - Robust.median(select(v, idx[b])));
      }
      double[] pointVar = new double[n]; // within-run + point noise
      double[] levelVar = new double[k];
      double[] levelDf = new double[k]; // how well levelVar is known; see Note [Drift decision]
      for (int b = 0; b < k; b++) {
        double sum = 0;
        for (int i : idx[b]) {
          pointVar[i] = v[i] + extra[b];
          sum += pointVar[i];
        }
        int m = idx[b].length;
        double meanVar = sum / m;
        levelVar[b] = m >= 3 ? Robust.MEDIAN_VARIANCE_FACTOR * meanVar / m : meanVar / m;
        levelDf[b] = m >= 3 && !Double.isNaN(pooledSd)
            ? MAD_EFFICIENCY * (m - 1 + SHRINK_POINTS) : Double.POSITIVE_INFINITY;
      }

      // The builtin noise.
      double floor = settings.minRunNoise();
      double builtinVar = floor * floor;
      double builtinDf = Double.POSITIVE_INFINITY;
      boolean estimated = false;
      int[] replicated = java.util.stream.IntStream.range(0, k)
          .filter(b -> idx[b].length >= 3).toArray();
      int[] usable = replicated.length >= MIN_BUILTINS_FOR_NOISE
          ? replicated : java.util.stream.IntStream.range(0, k).toArray();
      if (usable.length >= MIN_BUILTINS_FOR_NOISE) {
        double spread = Robust.madSd(select(level, usable));
        double tau2 = spread * spread - Robust.median(select(levelVar, usable));
        if (tau2 > builtinVar) {
          builtinVar = tau2;
          builtinDf = MAD_EFFICIENCY * (usable.length - 1);
        }
        estimated = true;
      }

      // Standardised point deviations for Note [Single-point builtins].
      List<Double> standardized = new ArrayList<>();
      for (int b = 0; b < k; b++) {
        if (idx[b].length < 3) continue;
        for (int i : idx[b]) standardized.add(Math.abs(r[i] - level[b]) / Math.sqrt(pointVar[i]));
      }
      double[] tail = toArray(standardized);
      Arrays.sort(tail);

      // Builtin tests.
      double[] bp = new double[k];
      double[] bhalf = new double[k];
      for (int b = 0; b < k; b++) {
        double var = levelVar[b] + builtinVar;
        // Satterthwaite: only the builtin noise is estimated from few values.
        double df = var * var / (builtinVar * builtinVar / builtinDf
            + levelVar[b] * levelVar[b] / levelDf[b]);
        double sd = Math.sqrt(var);
        if (Double.isInfinite(df) || df > 1e6) {
          bp[b] = 2 * NORMAL.cumulativeProbability(-Math.abs(level[b] / sd));
          bhalf[b] = Z975 * sd;
        } else {
          TDistribution t = new TDistribution(null, df);
          bp[b] = 2 * t.cumulativeProbability(-Math.abs(level[b] / sd));
          bhalf[b] = t.inverseCumulativeProbability(0.975) * sd;
        }
        if (idx[b].length <= 2 && tail.length >= MIN_DEVIATIONS_FOR_EMPIRICAL) {
          double stat = Double.POSITIVE_INFINITY;
          for (int i : idx[b]) {
            stat = Math.min(stat, Math.signum(level[b]) * r[i] / Math.sqrt(pointVar[i]));
          }
          bp[b] = Math.max(bp[b], empiricalTail(tail, Math.max(0, stat)));
        }
      }
      double[] badj = Holm.adjust(bp);

      // Point tests.
      double[] pp = new double[n];
      Ratio[] pChange = new Ratio[n];
      int[] owner = new int[n];
      for (int b = 0; b < k; b++) for (int i : idx[b]) owner[i] = b;
      for (int i = 0; i < n; i++) {
        double var = pointVar[i] + builtinVar;
        double df = v4[i] > 0 ? var * var / v4[i] : Double.POSITIVE_INFINITY;
        double sd = Math.sqrt(var);
        if (sd == 0) {
          pp[i] = r[i] == 0 ? 1 : 0;
          pChange[i] = Ratio.fromLog(r[i], 0);
          continue;
        }
        double z = r[i] / sd;
        if (Double.isInfinite(df) || df > 1e6) {
          pp[i] = 2 * NORMAL.cumulativeProbability(-Math.abs(z));
          pChange[i] = Ratio.fromLog(r[i], Z975 * sd);
        } else {
          TDistribution t = new TDistribution(null, df);
          pp[i] = 2 * t.cumulativeProbability(-Math.abs(z));
          pChange[i] = Ratio.fromLog(r[i], t.inverseCumulativeProbability(0.975) * sd);
        }
      }
      double[] padj = BenjaminiHochberg.adjust(pp);
      List<PointDrift> points = new ArrayList<>(n);
      int[] slowerPoints = new int[k];
      int[] fasterPoints = new int[k];
      for (int i = 0; i < n; i++) {
        Verdict verdict = settings.verdict(pChange[i].estimate(), padj[i]);
        if (verdict == Verdict.SLOWER) slowerPoints[owner[i]]++;
        if (verdict == Verdict.FASTER) fasterPoints[owner[i]]++;
        PointTiming b = base.get(i);
        PointTiming c = cur.get(i);
        points.add(new PointDrift(b.benchmark(), b.builtin(), b.mean(), c.mean(),
            c.mean() / b.mean(), pChange[i], pp[i], padj[i], verdict));
      }
      List<BuiltinDrift> builtins = new ArrayList<>(k);
      for (int b = 0; b < k; b++) {
        Ratio change = Ratio.fromLog(level[b], bhalf[b]);
        builtins.add(new BuiltinDrift(names[b], idx[b].length, change, bp[b], badj[b],
            settings.verdict(change.estimate(), badj[b]), slowerPoints[b], fasterPoints[b]));
      }
      RunNoise noise = new RunNoise(global, settings.normalize(), pooledSd,
          Math.sqrt(builtinVar), estimated, withSamples);
      return new DriftReport(baselineSource, currentSource, settings, noise, builtins, points,
          onlyBaseline, onlyCurrent, warnings);
    }
  }

  /**
   * The share of {@code sorted} at least {@code stat}, or 0 when none is: see Note [Single-point
   * builtins].
   */
  static double empiricalTail(double[] sorted, double stat) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < stat) lo = mid + 1; else hi = mid;
    }
    return (double) (sorted.length - lo) / sorted.length;
  }

  /** The values at the indices {@code idx}, in their order. */
  static double[] select(double[] values, int[] idx) {
    double[] out = new double[idx.length];
    for (int j = 0; j < idx.length; j++) out[j] = values[idx[j]];
    return out;
  }

  private static double[] deviations(double[] r, int[] idx, double level) {
    double[] out = new double[idx.length];
    for (int j = 0; j < idx.length; j++) out[j] = r[idx[j]] - level;
    return out;
  }

  private static double[] toArray(List<Double> list) {
    double[] out = new double[list.size()];
    for (int i = 0; i < out.length; i++) out[i] = list.get(i);
    return out;
  }
}
