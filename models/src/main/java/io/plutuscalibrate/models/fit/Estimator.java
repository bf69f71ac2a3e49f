package io.plutuscalibrate.models.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Estimates one builtin's parameters from its benchmark points by the steps its {@link FitRule}
 * names. Pure: the same points give the same estimate, which is what the bootstrap relies on.
 *
 * <p>Note [The fitting pipeline]: models.R applies, per builtin: the selection of points (e.g.
 * only x > 0 and y > 0); for constant costs, the discarding of upper outliers (Note [Upper
 * outliers]); the subtraction of the call overhead (Note [Call overhead]); the estimate (least
 * squares, the fan fit, or least squares with a lifted intercept); and, for all but the integer
 * divisions, the positivity adjustment (Note [Positivity adjustment]). Split shapes do the
 * overhead step per region or once, as {@link FitRule.Split} says. We apply the same steps in
 * the same order on the same floating-point values.
 *
 * <p>Note [Upper outliers]: models.R drops points whose t.mean.ub is not below Q3 + 1.5 (Q3 -
 * Q1) of t.mean.ub (R's default quantiles), the upper whisker of a boxplot, and warns when that
 * drops 10% of the points or more. Only constant costs are fitted this way.
 *
 * <p>Note [Call overhead]: the time of a builtin call includes the machine's work to apply a
 * builtin, which the CEK step costs already price. models.R subtracts the time of the Nop
 * benchmark of the same arity (NopNo, opaque arguments) from t, t.mean.lb and t.mean.ub, unless
 * the mean time is not above it, in which case all times become 1 ns (0.001 µs).
 *
 * <p>Note [Positivity adjustment]: a negative coefficient would price some calls below zero;
 * models.R's {@code adjustModel} replaces each negative coefficient by 1 ns (0.001 µs) and a
 * negative constant of a split shape by 0.2 µs, with a warning. The integer divisions are exempt:
 * their quadratic needs a negative coefficient, and its minimum keeps the cost positive.
 *
 * <p>Note [Fan fit]: the times of Data builtins fan out above a line (values of one size differ in
 * structure). models.R's {@code fit.fan} fixes the intercept at the 80th percentile of the times at
 * the smallest x, fits t ~ x, and repeatedly refits on the points above the line (intercept
 * fixed, fitted slope) until 90% of all points lie below it or after 20 fits.
 *
 * <p>Note [Lifted intercept]: for multiIndexArray models.R raises the intercept of the quadratic
 * fit by the amount the slowest observation at the smallest index count exceeds the prediction
 * there (when it does), then rounds every coefficient up to a whole picosecond.
 */
final class Estimator {
  static final double FLOOR_MICROS = 0.001; // 1 ns, models.R's default
  static final double NEGATIVE_CONSTANT_MICROS = 0.2;
  static final double POOR_FIT_R2 = 0.5;
  static final double FAN_THRESHOLD = 0.9;
  static final int FAN_LIMIT = 20;

  private final FitRule rule;
  private final double overhead;
  private final boolean quiet;
  private final List<String> warnings = new ArrayList<>();
  private final List<RegressionSummary> regressions = new ArrayList<>();

  private Estimator(FitRule rule, double overhead, boolean quiet) {
    this.rule = rule;
    this.overhead = overhead;
    this.quiet = quiet;
  }

  /**
   * Estimates {@code rule}'s parameters from {@code all}, the points of its benchmark;
   * {@code overhead} is the Nop time of the rule's arity (µs). With {@code quiet}, no warnings
   * or summaries are collected (for bootstrap replicates).
   *
   * @throws FitFailure if the points do not allow the fit
   */
  static Estimate estimate(FitRule rule, Points all, double overhead, boolean quiet) {
    return new Estimator(rule, overhead, quiet).run(all);
  }

  private Estimate run(Points all) {
    if (all.size() == 0) throw new FitFailure("no data for " + rule.benchmark());
    Points pts = all.where(rule.selection());
    int selected = pts.size();
    List<String> names = rule.parameterNames();
    int np = names.size();
    double[] raw = new double[np];
    double[] se = new double[np];
    int[] df = new int[np];
    boolean[] boot = new boolean[np];
    int first = 0; // index of the model's intercept
    int outliers = 0;
    int fanIterations = 0;
    double fanUnder = Double.NaN;

    if (rule.split() != null) {
      FitRule.Split split = rule.split();
      if (rule.subtractOverhead() && !split.overheadPerRegion()) pts = subtractOverhead(pts);
      Points c = pts.where(split.constantRegion());
      Points m = pts.where(split.modelRegion());
      if (c.size() == 0) {
        throw new FitFailure("no points where " + split.constantRegion().description());
      }
      if (m.size() == 0) {
        throw new FitFailure("no points where " + split.modelRegion().description());
      }
      if (rule.subtractOverhead() && split.overheadPerRegion()) {
        c = subtractOverhead(c);
        m = subtractOverhead(m);
      }
      // models.R takes the constant as mean(t), not lm(t ~ 1) (they differ in the last bits).
      OlsFit cf = ols(c, List.of(), "constant");
      raw[0] = RStats.mean(c.t);
      se[0] = cf.standardErrors()[0];
      df[0] = cf.df();
      first = 1;
      if (rule.shape().hasMinimum()) {
        raw[1] = raw[0];
        se[1] = se[0];
        df[1] = df[0];
        first = 2;
      }
      pts = m;
    } else {
      if (rule.discardOutliers()) {
        int before = pts.size();
        pts = discardUpperOutliers(pts);
        outliers = before - pts.size();
      }
      if (rule.subtractOverhead()) pts = subtractOverhead(pts);
    }

    double[] coef;
    double[] value = null;
    switch (rule.method()) {
      case OLS -> {
        OlsFit f = ols(pts, rule.shape().terms(), "model");
        coef = f.coefficients();
        copyErrors(f, se, df, first);
      }
      case FAN -> {
        Fan fan = fan(pts);
        coef = fan.coefficients;
        fanIterations = fan.iterations;
        fanUnder = fan.underestimated;
        Arrays.fill(se, first, np, Double.NaN);
        Arrays.fill(boot, first, np, true);
      }
      case LIFTED_INTERCEPT -> {
        OlsFit f = ols(pts, rule.shape().terms(), "model");
        coef = f.coefficients();
        copyErrors(f, se, df, first);
        double[] lifted = lift(pts, coef);
        boot[first] = lifted[0] != coef[0];
        for (int i = 0; i < lifted.length; i++) lifted[i] = Math.ceil(lifted[i] * 1e6) / 1e6;
        value = lifted;
      }
      default -> throw new AssertionError(rule.method());
    }
    System.arraycopy(coef, 0, raw, first, coef.length);
    double[] out = raw.clone();
    if (value != null) System.arraycopy(value, 0, out, first, value.length);

    boolean[] adjusted = new boolean[np];
    if (rule.ensurePositive()) {
      for (int i = first; i < np; i++) {
        if (out[i] < 0) {
          if (!quiet) {
            warnings.add(String.format(Locale.ROOT,
                "negative coefficient %s = %.4g ps raised to 1000 ps (1 ns)", names.get(i),
                out[i] * 1e6));
          }
          out[i] = FLOOR_MICROS;
          adjusted[i] = true;
          boot[i] = true;
        }
      }
      if (rule.split() != null && out[0] < 0) {
        if (!quiet) {
          warnings.add(String.format(Locale.ROOT,
              "negative constant %.4g ps raised to 200000 ps", out[0] * 1e6));
        }
        out[0] = NEGATIVE_CONSTANT_MICROS;
        adjusted[0] = true;
        boot[0] = true;
      }
    }
    return new Estimate(raw, out, se, df, adjusted, boot, selected, outliers,
        List.copyOf(regressions), List.copyOf(warnings), fanIterations, fanUnder);
  }

  private static void copyErrors(OlsFit f, double[] se, int[] df, int first) {
    for (int i = 0; i < f.coefficients().length; i++) {
      se[first + i] = f.standardErrors()[i];
      df[first + i] = f.df();
    }
  }

  private OlsFit ols(Points pts, List<Term> terms, String part) {
    OlsFit f = Ols.fit(pts.t, Ols.columns(pts, terms)).orElseThrow(() -> new FitFailure(
        (terms.isEmpty() ? "no points" : "too few points or collinear regressors")
            + " for " + formula(terms) + " (" + pts.size() + " points)"));
    if (!quiet) {
      regressions.add(new RegressionSummary(part, formula(terms), f.n(), f.df(), f.rSquared(),
          f.sigma() * 1e6));
      if (!terms.isEmpty() && rule.method() == FitRule.Method.OLS && f.rSquared() < POOR_FIT_R2) {
        warnings.add(String.format(Locale.ROOT, "poor fit: R² = %.3f for %s", f.rSquared(),
            formula(terms)));
      }
    }
    return f;
  }

  private static String formula(List<Term> terms) {
    if (terms.isEmpty()) return "t ~ 1";
    StringBuilder s = new StringBuilder("t ~ ");
    for (int i = 0; i < terms.size(); i++) {
      if (i > 0) s.append(" + ");
      s.append(terms.get(i).rName());
    }
    return s.toString();
  }

  /** See Note [Upper outliers]. */
  private Points discardUpperOutliers(Points pts) {
    double q1 = RStats.quantile(pts.ub, 0.25);
    double q3 = RStats.quantile(pts.ub, 0.75);
    double cutoff = q3 + 1.5 * (q3 - q1);
    Points kept = pts.where(i -> pts.ub[i] < cutoff);
    int n = pts.size();
    int m = kept.size();
    if (!quiet && m <= 0.9 * n) {
      warnings.add(String.format(Locale.ROOT,
          "many outliers: %d of %d points discarded as upper outliers", n - m, n));
    }
    return kept;
  }

  /** See Note [Call overhead]. */
  private Points subtractOverhead(Points pts) {
    int n = pts.size();
    if (n == 0) throw new FitFailure("no points to subtract the call overhead from");
    double mean = RStats.mean(pts.t);
    double[] t = new double[n];
    double[] lb = new double[n];
    double[] ub = new double[n];
    if (mean > overhead) {
      for (int i = 0; i < n; i++) {
        t[i] = pts.t[i] - overhead;
        lb[i] = pts.lb[i] - overhead;
        ub[i] = pts.ub[i] - overhead;
      }
    } else {
      if (!quiet) {
        warnings.add(String.format(Locale.ROOT,
            "mean time %.3f µs is not above the Nop%do overhead %.3f µs: times set to 1 ns", mean,
            rule.arity(), overhead));
      }
      Arrays.fill(t, FLOOR_MICROS);
      Arrays.fill(lb, FLOOR_MICROS);
      Arrays.fill(ub, FLOOR_MICROS);
    }
    return pts.withTimes(t, lb, ub);
  }

  private record Fan(double[] coefficients, int iterations, double underestimated) {}

  /** See Note [Fan fit]. Always on x, as models.R's fit.fan. */
  private Fan fan(Points f) {
    int n = f.size();
    if (n == 0) throw new FitFailure("no points for the fan fit");
    if (!quiet && rule.shape() == FitShape.MIN_SIZE) {
      for (int i = 0; i < n; i++) {
        if (f.x[i] != f.y[i]) {
          warnings.add("x and y differ in some points: the fan fit on x may be inaccurate");
          break;
        }
      }
    }
    double minX = RStats.min(f.x);
    double t0 = RStats.quantile(f.where(i -> f.x[i] == minX).t, 0.8);
    Points g = f;
    int loops = 0;
    double slope;
    OlsFit m;
    while (true) {
      m = Ols.fit(g.t, List.of(g.x)).orElseThrow(() ->
          new FitFailure("the fan fit ran out of points"));
      slope = m.coefficients()[1];
      final double s = slope;
      int under = 0;
      for (int i = 0; i < n; i++) {
        if (t0 + s * f.x[i] > f.t[i]) under++;
      }
      loops++;
      if ((double) under / n >= FAN_THRESHOLD || loops >= FAN_LIMIT) {
        if (!quiet && (double) under / n < FAN_THRESHOLD) {
          warnings.add("the fan fit stopped after " + FAN_LIMIT + " iterations with only "
              + under + " of " + n + " points below the line");
        }
        break;
      }
      final Points h = g;
      g = g.where(i -> h.t[i] > t0 + s * h.x[i]);
    }
    int above = 0;
    for (int i = 0; i < n; i++) {
      if (t0 + slope * f.x[i] < f.t[i]) above++;
    }
    if (!quiet) {
      regressions.add(new RegressionSummary("model", "t ~ x_mem (fan, intercept fixed)", m.n(),
          m.df(), m.rSquared(), m.sigma() * 1e6));
    }
    return new Fan(new double[] {t0, slope}, loops, (double) above / n);
  }

  /** See Note [Lifted intercept]; returns the coefficients with the intercept lifted. */
  private double[] lift(Points pts, double[] coef) {
    List<Term> terms = rule.shape().terms();
    double[] first = pts.column(terms.get(0));
    double lo = RStats.min(first);
    double slowest = Double.NEGATIVE_INFINITY;
    int at = -1;
    for (int i = 0; i < first.length; i++) {
      if (first[i] == lo) {
        slowest = Math.max(slowest, pts.t[i]);
        at = i;
      }
    }
    if (at < 0) throw new FitFailure("no smallest point to lift the intercept to");
    double predicted = coef[0];
    for (int j = 0; j < terms.size(); j++) {
      predicted += terms.get(j).value(pts.x[at], pts.y[at], pts.z[at], pts.u[at]) * coef[j + 1];
    }
    double shortfall = slowest - predicted;
    double[] out = coef.clone();
    if (shortfall > 0) out[0] = coef[0] + shortfall;
    return out;
  }
}
