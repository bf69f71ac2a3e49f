package io.plutuscalibrate.reports.drift;

import io.plutuscalibrate.reports.timing.PointTiming;
import io.plutuscalibrate.reports.timing.RunTimings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Synthetic benchmark runs drawn from one "truth" with run-to-run noise, to measure the
 * false-alarm rate and the power of {@link DriftAnalysis}.
 *
 * <p>The truth has the shape of the official benchmark set (benching-conway.csv): 121 builtins,
 * 25 of them with a single point (the {@code Nop*} and {@code UnitTerm} benchmarks) and the
 * others with 50 to 1158 points, 14,780 points in all; times are log-uniform between 0.5 and 500
 * µs. Each run multiplies every time by exp of the sum of:
 *
 * <ul>
 *   <li>a run-wide factor, normal with sd {@link Noise#global()};</li>
 *   <li>a per-builtin jitter with sd {@link Noise#builtinJitter()}: normal, or Student t with
 *       {@link Noise#jitterDf()} degrees of freedom scaled to that sd (heavier tails: a builtin
 *       occasionally moves by 3-5% between runs);</li>
 *   <li>per-point noise, normal with a per-builtin sd drawn around {@link Noise#pointNoise()}
 *       (log-normal, sdlog 0.5: some builtins are much noisier than others);</li>
 *   <li>outliers: a point is slowed, with probability {@link Noise#outlierRate()}, by an
 *       exponential amount with mean {@link Noise#outlierMean()};</li>
 *   <li>bursts of interference: a Poisson number (mean {@link Noise#burstsPerRun()}) of
 *       stretches of 1 to {@link Noise#maxBurstLength()} consecutive points (in file order, as a
 *       benchmark run meets a busy period) slowed together by 5% to 40%.</li>
 * </ul>
 *
 * The criterion interval of each point is its within-run error: relative standard error between
 * 0.05% and 0.5% (what benching-conway.csv shows), far below the run-to-run noise, as in real
 * data.
 */
final class SyntheticRuns {
  /** The noise between runs; see the class comment. */
  record Noise(double global, double builtinJitter, int jitterDf, double pointNoise,
      double outlierRate, double outlierMean, double burstsPerRun, int maxBurstLength) {

    /** What we take as realistic for a shared machine; see the class comment. */
    static Noise realistic() {
      return new Noise(0.03, 0.01, 0, 0.015, 0.005, 0.20, 2, 20);
    }

    Noise withMaxBurstLength(int points) {
      return new Noise(global, builtinJitter, jitterDf, pointNoise, outlierRate, outlierMean,
          burstsPerRun, points);
    }

    Noise withJitter(double sd, int df) {
      return new Noise(global, sd, df, pointNoise, outlierRate, outlierMean, burstsPerRun,
          maxBurstLength);
    }
  }

  /** Point counts per builtin of the official benchmark set, as (count, how many builtins). */
  private static final int[][] SHAPE = {
    {1, 25}, {50, 18}, {51, 3}, {98, 3}, {100, 30}, {101, 3}, {105, 1}, {107, 1}, {112, 2},
    {128, 1}, {150, 14}, {156, 1}, {160, 2}, {200, 2}, {225, 1}, {256, 3}, {400, 6}, {441, 2},
    {500, 1}, {625, 1}, {1158, 1}};

  /**
   * Point counts per builtin of this project's default sweep grid (the workloads table of the
   * measurements module, 107 groups, 1,715 points): fewer points per builtin than the official
   * set, and 7 single-point groups.
   */
  private static final int[][] HARNESS_SHAPE = {
    {1, 7}, {5, 2}, {8, 19}, {9, 2}, {10, 21}, {12, 8}, {15, 1}, {16, 28}, {20, 2}, {25, 4},
    {29, 1}, {32, 1}, {36, 3}, {38, 1}, {40, 2}, {49, 2}, {100, 1}};

  /**
   * Point counts per builtin of this project's quick sweep grid ({@code --grid quick}, 105
   * builtins, 455 points, as in the seven runs measured for Note [Batches of runs] in
   * BatchDriftAnalysis): three or four points for most builtins.
   */
  private static final int[][] QUICK_SHAPE = {
    {1, 7}, {2, 2}, {3, 38}, {4, 34}, {5, 10}, {6, 1}, {8, 3}, {9, 6}, {11, 1}, {12, 2}, {25, 1}};

  final List<String> benchmarks = new ArrayList<>();
  final List<String> builtins = new ArrayList<>();
  final List<String> replicatedBuiltins = new ArrayList<>();
  private final List<String> pointBuiltin = new ArrayList<>();
  private final double[] micros;
  private final double[] relSe;

  private SyntheticRuns(int[][] shapes, SplittableRandom rnd) {
    List<Double> times = new ArrayList<>();
    List<Double> ses = new ArrayList<>();
    int b = 0;
    for (int[] shape : shapes) {
      for (int j = 0; j < shape[1]; j++, b++) {
        String name = (shape[0] == 1 ? "Nop" : "Builtin") + b;
        builtins.add(name);
        if (shape[0] >= 3) replicatedBuiltins.add(name);
        for (int p = 0; p < shape[0]; p++) {
          benchmarks.add(name + "/" + (p + 1) + "/" + (p % 7 + 1));
          pointBuiltin.add(name);
          times.add(0.5 * Math.pow(1000, rnd.nextDouble()));
          ses.add(0.0005 * Math.pow(10, rnd.nextDouble()));
        }
      }
    }
    micros = times.stream().mapToDouble(Double::doubleValue).toArray();
    relSe = ses.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** A truth of the official shape whose times are drawn with {@code seed}. */
  static SyntheticRuns officialShape(long seed) {
    return new SyntheticRuns(SHAPE, new SplittableRandom(seed));
  }

  /** A truth of the shape of this project's quick sweep whose times are drawn with {@code seed}. */
  static SyntheticRuns quickShape(long seed) {
    return new SyntheticRuns(QUICK_SHAPE, new SplittableRandom(seed));
  }

  /** A truth of the shape of this project's default sweep whose times are drawn with {@code seed}. */
  static SyntheticRuns harnessShape(long seed) {
    return new SyntheticRuns(HARNESS_SHAPE, new SplittableRandom(seed));
  }

  /**
   * One run: every point's true time times the noise, and times {@code slowdown.get(builtin)}
   * for the builtins in {@code slowdown}.
   */
  RunTimings run(String name, Noise noise, Map<String, Double> slowdown, SplittableRandom rnd) {
    int n = micros.length;
    double[] log = new double[n];
    double global = noise.global() * gaussian(rnd);
    java.util.Map<String, double[]> perBuiltin = new java.util.HashMap<>();
    for (String b : builtins) {
      double jitter = noise.builtinJitter() * (noise.jitterDf() == 0 ? gaussian(rnd)
          : studentT(noise.jitterDf(), rnd) * Math.sqrt((noise.jitterDf() - 2.0) / noise.jitterDf()));
      double sd = noise.pointNoise() * Math.exp(0.5 * gaussian(rnd));
      perBuiltin.put(b, new double[] {jitter, sd});
    }
    for (int i = 0; i < n; i++) {
      double[] jb = perBuiltin.get(pointBuiltin.get(i));
      log[i] = global + jb[0] + jb[1] * gaussian(rnd);
      if (rnd.nextDouble() < noise.outlierRate()) {
        log[i] += Math.log1p(-noise.outlierMean() * Math.log(1 - rnd.nextDouble()));
      }
    }
    int bursts = poisson(noise.burstsPerRun(), rnd);
    for (int k = 0; k < bursts; k++) {
      int start = rnd.nextInt(n);
      int length = 1 + rnd.nextInt(noise.maxBurstLength());
      double slow = Math.log(1.05 + 0.35 * rnd.nextDouble());
      for (int i = start; i < Math.min(n, start + length); i++) log[i] += slow;
    }
    List<PointTiming> points = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double factor = slowdown.getOrDefault(pointBuiltin.get(i), 1.0);
      double t = micros[i] * factor * Math.exp(log[i] + relSe[i] * gaussian(rnd));
      double half = 1.96 * relSe[i] * t;
      points.add(new PointTiming(benchmarks.get(i), pointBuiltin.get(i), i + 2, t, t - half,
          t + half, relSe[i] * t * Math.sqrt(30), null));
    }
    return RunTimings.of(name, points, List.of());
  }

  private static double gaussian(SplittableRandom rnd) {
    // Box-Muller; SplittableRandom has no nextGaussian in Java 17.
    double u = 1 - rnd.nextDouble();
    double v = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private static double studentT(int df, SplittableRandom rnd) {
    double chi2 = 0;
    for (int i = 0; i < df; i++) {
      double g = gaussian(rnd);
      chi2 += g * g;
    }
    return gaussian(rnd) / Math.sqrt(chi2 / df);
  }

  private static int poisson(double mean, SplittableRandom rnd) {
    double l = Math.exp(-mean);
    int k = 0;
    double p = rnd.nextDouble();
    while (p > l) {
      k++;
      p *= rnd.nextDouble();
    }
    return k;
  }

  /** 3 to 5 of the builtins with at least 3 points, each slowed by 10% to 30%, drawn by seed. */
  Map<String, Double> slowdowns(long seed) {
    java.util.Random rnd = new java.util.Random(seed);
    List<String> pool = new ArrayList<>(replicatedBuiltins);
    java.util.Collections.shuffle(pool, rnd);
    int k = 3 + rnd.nextInt(3);
    Map<String, Double> slow = new java.util.HashMap<>();
    for (int j = 0; j < k; j++) slow.put(pool.get(j), 1.10 + 0.20 * rnd.nextDouble());
    return slow;
  }

  /** The builtins a report gives verdict v, sorted. */
  static java.util.TreeSet<String> flagged(DriftReport r, Verdict v) {
    java.util.TreeSet<String> out = new java.util.TreeSet<>();
    r.builtins(v).forEach(b -> out.add(b.builtin()));
    return out;
  }
}
