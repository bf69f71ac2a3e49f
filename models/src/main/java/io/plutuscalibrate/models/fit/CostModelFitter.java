package io.plutuscalibrate.models.fit;

import io.plutuscalibrate.models.CostModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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
  private final Map<Integer, Double> tQuantiles = new HashMap<>();

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
    List<BuiltinFit> fits = new ArrayList<>(rules.size());
    for (FitRule rule : rules) {
      Points all = points.computeIfAbsent(rule.benchmark(), b -> Points.of(data.rows(b)));
      fits.add(fitOne(rule, all, overheads.micros(rule.arity())));
    }
    return new FitResult(fits, overheads, warnings);
  }

  private BuiltinFit fitOne(FitRule rule, Points all, double overhead) {
    if (all.size() == 0) {
      return BuiltinFit.notFitted(rule, BuiltinFit.Status.NO_DATA,
          "no rows for benchmark " + rule.benchmark(), 0);
    }
    Estimate e;
    try {
      e = Estimator.estimate(rule, all, overhead, false);
    } catch (FitFailure f) {
      return BuiltinFit.notFitted(rule, BuiltinFit.Status.FAILED, f.getMessage(), all.size());
    }
    List<String> names = rule.parameterNames();
    int np = names.size();
    long[] ps = new long[np];
    try {
      for (int i = 0; i < np; i++) ps[i] = Conversion.microsToPicos(e.value()[i]);
    } catch (ArithmeticException ex) {
      return BuiltinFit.notFitted(rule, BuiltinFit.Status.FAILED,
          "a coefficient is not a number", all.size());
    }

    double[][] boot = null;
    int replicates = 0;
    boolean[] needsBoot = e.needsBootstrap().clone();
    if (options.bootstrapAll()) java.util.Arrays.fill(needsBoot, true);
    boolean anyBoot = false;
    for (boolean b : needsBoot) anyBoot |= b;
    if (anyBoot && options.bootstrapReplicates() > 0) {
      boot = bootstrap(rule, all, overhead, np);
      replicates = boot[0].length;
    }

    double alpha = (1 - options.confidence()) / 2;
    List<ParameterFit> params = new ArrayList<>(np);
    for (int i = 0; i < np; i++) {
      double estimate = e.raw()[i] * 1e6;
      if (needsBoot[i]) {
        if (replicates >= 2) {
          double[] v = boot[i];
          double mean = RStats.mean(v);
          params.add(new ParameterFit(names.get(i), ps[i], e.value()[i] * 1e6, estimate, RStats.sd(v, mean) * 1e6,
              RStats.quantile(v, alpha) * 1e6, RStats.quantile(v, 1 - alpha) * 1e6,
              ParameterFit.Interval.BOOTSTRAP, e.adjusted()[i]));
        } else {
          params.add(new ParameterFit(names.get(i), ps[i], e.value()[i] * 1e6, estimate, Double.NaN, Double.NaN,
              Double.NaN, ParameterFit.Interval.NONE, e.adjusted()[i]));
        }
      } else {
        double se = e.standardError()[i] * 1e6;
        int df = e.df()[i];
        if (df > 0 && Double.isFinite(se)) {
          double q = tQuantile(df);
          params.add(new ParameterFit(names.get(i), ps[i], e.value()[i] * 1e6, estimate, se, estimate - q * se,
              estimate + q * se, ParameterFit.Interval.T, e.adjusted()[i]));
        } else {
          params.add(new ParameterFit(names.get(i), ps[i], e.value()[i] * 1e6, estimate, se, Double.NaN, Double.NaN,
              ParameterFit.Interval.NONE, e.adjusted()[i]));
        }
      }
    }
    return new BuiltinFit(rule.builtin(), rule, BuiltinFit.Status.FITTED, null, build(rule, ps),
        List.copyOf(params), all.size(), e.selected(), e.outliers(), e.regressions(),
        e.fanIterations(), e.fanUnderestimated(), replicates, e.warnings());
  }

  /** Bootstrap replicates of every parameter (µs), [parameter][replicate]; failures skipped. */
  private double[][] bootstrap(FitRule rule, Points all, double overhead, int np) {
    SplittableRandom rng = new SplittableRandom(
        options.seed() ^ (rule.builtin().hashCode() * 0x9E3779B97F4A7C15L));
    int b = options.bootstrapReplicates();
    double[][] v = new double[np][b];
    int ok = 0;
    for (int r = 0; r < b; r++) {
      try {
        double[] value = Estimator.estimate(rule, all.resample(rng), overhead, true).value();
        for (int i = 0; i < np; i++) v[i][ok] = value[i];
        ok++;
      } catch (FitFailure ignored) {
        // A resample that does not allow the fit (e.g. all points of a region missed) is skipped.
      }
    }
    for (int i = 0; i < np; i++) v[i] = java.util.Arrays.copyOf(v[i], ok);
    return v;
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
    long[] coef = java.util.Arrays.copyOfRange(ps, first, ps.length);
    CostModel inner = rule.shape().build(coef, minimum);
    return split == null ? inner : split.wrapper().wrap(ps[0], inner);
  }
}
