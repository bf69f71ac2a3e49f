package io.plutuscalibrate.models.fit;

import io.plutuscalibrate.models.CostModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Fits builtin CPU costing functions to criterion benchmark results by interpreting a table of
 * {@link FitRule}s (by default {@link FitRules#official()}), and converts the results to the
 * integer picoseconds of a cost model (Note [Units of the fit] in {@link Conversion}).
 *
 * <p>Note [Confidence intervals]: a parameter that is a least-squares estimate (or a mean) gets
 * the closed-form interval estimate ± t(0.975, df) × standard error. A parameter that is not (the
 * fan fit's intercept and slope, a coefficient raised by the positivity adjustment, a lifted
 * intercept) gets the percentile interval of a nonparametric bootstrap: the benchmark's rows are
 * resampled with replacement and the whole rule (selection, outliers, overhead, estimate,
 * adjustment) is applied again, with a generator seeded from the options and the builtin's name so
 * that the same input always gives the same report.
 */
public final class CostModelFitter {

  /**
   * @param bootstrapReplicates replicates for bootstrap intervals (0: no bootstrap)
   * @param seed the bootstrap's seed
   * @param confidence the level of every interval
   * @param bootstrapAll give every parameter a bootstrap interval, not only those without a
   *     closed form (for timings whose noise is far from normal and homoscedastic)
   */
  public record Options(int bootstrapReplicates, long seed, double confidence,
      boolean bootstrapAll) {
    public static final Options DEFAULT = new Options(1000, 20240302L, 0.95, false);

    public Options {
      if (bootstrapReplicates < 0) throw new IllegalArgumentException("bootstrap replicates < 0");
      if (!(confidence > 0 && confidence < 1)) {
        throw new IllegalArgumentException("confidence must be in (0, 1)");
      }
    }
  }

  private final Options options;
  private final Map<Integer, Double> tQuantiles = new HashMap<>(); // used by one thread

  private CostModelFitter(Options options) {
    this.options = options;
  }

  /** Fits the official rules with the default options. */
  public static FitResult fit(BenchmarkData data) {
    return fit(data, FitRules.official(), Options.DEFAULT);
  }

  public static FitResult fit(BenchmarkData data, List<FitRule> rules, Options options) {
    return new CostModelFitter(options).run(data, rules);
  }

  private FitResult run(BenchmarkData data, List<FitRule> rules) {
    Overheads overheads = Overheads.of(data);
    List<String> warnings = new ArrayList<>(data.warnings());
    warnings.addAll(overheads.warnings());
    Map<String, Points> points = new HashMap<>();
    List<Pending> pending = new ArrayList<>(rules.size());
    List<Chunk> chunks = new ArrayList<>();
    for (FitRule rule : rules) {
      Points all = points.computeIfAbsent(rule.benchmark(), b -> Points.of(data.rows(b)));
      Pending p = estimate(rule, all, overheads.micros(rule.arity()));
      pending.add(p);
      if (p.fit == null && p.anyBootstrap() && options.bootstrapReplicates() > 0) {
        int b = options.bootstrapReplicates();
        for (int c = 0; c * CHUNK < b; c++) {
          chunks.add(new Chunk(p, c, Math.min(CHUNK, b - c * CHUNK)));
        }
      }
    }
    // See Note [Confidence intervals]: chunks have their own seeds, so the result does not
    // depend on how the chunks are spread over threads.
    double[][][] results = new double[chunks.size()][][];
    IntStream.range(0, chunks.size()).parallel()
        .forEach(i -> results[i] = replicate(chunks.get(i)));
    Map<Pending, List<double[][]>> byFit = new HashMap<>();
    for (int i = 0; i < chunks.size(); i++) {
      byFit.computeIfAbsent(chunks.get(i).fit, k -> new ArrayList<>()).add(results[i]);
    }
    List<BuiltinFit> fits = new ArrayList<>(rules.size());
    for (Pending p : pending) {
      fits.add(p.fit != null ? p.fit : assemble(p, byFit.getOrDefault(p, List.of())));
    }
    return new FitResult(fits, overheads, warnings);
  }

  /** Bootstrap replicates are drawn in chunks of this many, each chunk with its own seed. */
  private static final int CHUNK = 125;

  /** A builtin between its estimate and its intervals; {@code fit} is set if it failed. */
  private final class Pending {
    final FitRule rule;
    final Points all;
    final double overhead;
    Estimate estimate;
    long[] ps;
    boolean[] needsBootstrap;
    BuiltinFit fit;

    Pending(FitRule rule, Points all, double overhead) {
      this.rule = rule;
      this.all = all;
      this.overhead = overhead;
    }

    boolean anyBootstrap() {
      for (boolean b : needsBootstrap) {
        if (b) return true;
      }
      return false;
    }
  }

  private record Chunk(Pending fit, int index, int replicates) {}

  private Pending estimate(FitRule rule, Points all, double overhead) {
    Pending p = new Pending(rule, all, overhead);
    if (all.size() == 0) {
      p.fit = BuiltinFit.notFitted(rule, BuiltinFit.Status.NO_DATA,
          "no rows for benchmark " + rule.benchmark(), 0);
      return p;
    }
    try {
      p.estimate = Estimator.estimate(rule, all, overhead, false);
    } catch (FitFailure f) {
      p.fit = BuiltinFit.notFitted(rule, BuiltinFit.Status.FAILED, f.getMessage(), all.size());
      return p;
    }
    int np = rule.parameterNames().size();
    p.ps = new long[np];
    try {
      for (int i = 0; i < np; i++) p.ps[i] = Conversion.microsToPicos(p.estimate.value()[i]);
    } catch (ArithmeticException ex) {
      p.fit = BuiltinFit.notFitted(rule, BuiltinFit.Status.FAILED,
          "a coefficient is not a number", all.size());
      return p;
    }
    p.needsBootstrap = p.estimate.needsBootstrap().clone();
    if (options.bootstrapAll()) Arrays.fill(p.needsBootstrap, true);
    return p;
  }

  /** One chunk of bootstrap replicates: [replicate][parameter] (µs); failed resamples skipped. */
  private double[][] replicate(Chunk c) {
    Pending p = c.fit;
    SplittableRandom rng = new SplittableRandom(options.seed()
        ^ (p.rule.builtin().hashCode() * 0x9E3779B97F4A7C15L) ^ (c.index() * 0xC2B2AE3D27D4EB4FL));
    List<double[]> out = new ArrayList<>(c.replicates());
    for (int r = 0; r < c.replicates(); r++) {
      try {
        out.add(Estimator.estimate(p.rule, p.all.resample(rng), p.overhead, true).value());
      } catch (FitFailure ignored) {
        // A resample that does not allow the fit (e.g. all points of a region missed) is skipped.
      }
    }
    return out.toArray(new double[0][]);
  }

  private BuiltinFit assemble(Pending p, List<double[][]> chunks) {
    Estimate e = p.estimate;
    List<String> names = p.rule.parameterNames();
    int np = names.size();
    int replicates = 0;
    for (double[][] c : chunks) replicates += c.length;
    double[][] boot = new double[np][replicates];
    int k = 0;
    for (double[][] c : chunks) {
      for (double[] values : c) {
        for (int i = 0; i < np; i++) boot[i][k] = values[i];
        k++;
      }
    }
    double alpha = (1 - options.confidence()) / 2;
    List<ParameterFit> params = new ArrayList<>(np);
    for (int i = 0; i < np; i++) {
      String name = names.get(i);
      long value = p.ps[i];
      double unrounded = e.value()[i] * 1e6;
      double estimate = e.raw()[i] * 1e6;
      boolean adjusted = e.adjusted()[i];
      if (p.needsBootstrap[i]) {
        if (replicates >= 2) {
          double[] v = boot[i];
          double mean = RStats.mean(v);
          params.add(new ParameterFit(name, value, unrounded, estimate, RStats.sd(v, mean) * 1e6,
              RStats.quantile(v, alpha) * 1e6, RStats.quantile(v, 1 - alpha) * 1e6,
              ParameterFit.Interval.BOOTSTRAP, adjusted));
        } else {
          params.add(new ParameterFit(name, value, unrounded, estimate, Double.NaN, Double.NaN,
              Double.NaN, ParameterFit.Interval.NONE, adjusted));
        }
      } else {
        double se = e.standardError()[i] * 1e6;
        int df = e.df()[i];
        if (df > 0 && Double.isFinite(se)) {
          double q = tQuantile(df);
          params.add(new ParameterFit(name, value, unrounded, estimate, se, estimate - q * se,
              estimate + q * se, ParameterFit.Interval.T, adjusted));
        } else {
          params.add(new ParameterFit(name, value, unrounded, estimate, se, Double.NaN,
              Double.NaN, ParameterFit.Interval.NONE, adjusted));
        }
      }
    }
    return new BuiltinFit(p.rule.builtin(), p.rule, BuiltinFit.Status.FITTED, null,
        build(p.rule, p.ps), List.copyOf(params), p.all.size(), e.selected(), e.outliers(),
        e.regressions(), e.fanIterations(), e.fanUnderestimated(), replicates, e.warnings());
  }

  private double tQuantile(int df) {
    return tQuantiles.computeIfAbsent(df, d -> new TDistribution(null, d)
        .inverseCumulativeProbability(1 - (1 - options.confidence()) / 2));
  }

  /** The costing function of {@code rule} with the given parameters (in parameter order). */
  public static CostModel build(FitRule rule, long[] ps) {
    FitRule.Split split = rule.split();
    int first = (split != null ? 1 : 0) + (rule.shape().hasMinimum() ? 1 : 0);
    long minimum = rule.shape().hasMinimum() ? ps[first - 1] : 0;
    long[] coef = Arrays.copyOfRange(ps, first, ps.length);
    CostModel inner = rule.shape().build(coef, minimum);
    return split == null ? inner : split.wrapper().wrap(ps[0], inner);
  }
}
