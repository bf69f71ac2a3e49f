package io.plutuscalibrate.models.fit;

import io.plutuscalibrate.models.StepKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Fits CEK machine step costs to script-call measurements.
 *
 * <p>Note [Fitting step costs]: the official procedure (CostModelGeneration.md) runs whole
 * scripts, subtracts the time their builtin calls are charged by the builtin cost model, and
 * divides what remains by the number of machine steps, giving one averaged cost for every step
 * kind. We estimate the same quantity by regression, with an intercept that absorbs a fixed
 * per-call cost, so the slope is the averaged step cost and has a t interval. Per kind, the time
 * is regressed on the count of each kind used (kinds no measurement used keep the averaged cost);
 * counts of different kinds rise together in real scripts, so those intervals are wide unless the
 * measurements vary in their mix of steps (the harness's machine-step programs are designed to).
 * Costs are rounded up to whole picoseconds, as builtin coefficients are.
 *
 * <p>Note [Units of step costs]: a measured time t is in the measured machine's picoseconds; the
 * builtin charge B of a measurement (steps.csv's {@code builtin_cpu}) is what a builtin cost model
 * charges for its builtin calls. The harness can only charge them with the official model of the
 * sweep's variant, in reference-machine picoseconds. Subtracting B from t, as the official
 * procedure does on the reference machine, mixes units anywhere else: on this project's embedded
 * evaluator the official model charges the scripts' cheap builtins (addInteger, headList,
 * unIData...) several times what they take there, t - B came out negative for builtin-heavy
 * scripts, and a default sweep gave 432 ps a step where a line through its step-only programs
 * gives 4.3 ns. Fixing the builtin part with the builtin fit's machine factor f (see
 * {@link Rescaling}) does not work either: f is a mean over every builtin, crypto included (it was
 * 0.34, 0.71 and 1.12 on three sweeps), and at f the data-sum scripts' remaining time is still
 * negative. So the coefficient of B is estimated with the step costs:
 *
 * <pre>
 *   t = a + s·N + φ·B + ε                (averaged; N = all steps)
 *   t = a + Σ_k s_k·N_k + φ·B + ε        (per kind)
 * </pre>
 *
 * where a is the fixed cost per call, s the step cost in measured picoseconds and φ the measured
 * time per charged unit of the scripts' builtin calls (dimensionless; about 0.03 to 0.2 on the
 * embedded evaluator). Step-only programs (B = 0) pin s; scripts whose ratio of charge to steps
 * differs identify φ; and s's interval includes the uncertainty of φ. Without any builtin charge
 * the term is left out. The units of B do not matter: any fixed model will do.
 *
 * <p>The errors are relative: the sampler's precision is relative, two sweeps differ by a share
 * of each time, and the times span four orders of magnitude, so ordinary least squares would let
 * the few longest scripts decide everything and give intervals that are wrong for all the rest.
 * We fit weighted least squares with variance proportional to the square of the mean (feasible
 * generalised least squares: weights 1/t² first, then {@value #REWEIGHTINGS} times 1/fitted²), so
 * every measurement counts by its relative error; the intervals are t intervals on the weighted
 * residuals, which take in model error too (e.g. kinds that cost differently under the averaged
 * model). They describe one run's noise: points of one run share its JVM and machine state, and
 * two runs differ by more (see docs/measurements.md).
 *
 * <p>Reference units: when the candidate is rescaled to the reference machine ({@code fit
 * --rescale-to}), the step costs are divided by the same factor f as the builtin costs, so the
 * candidate keeps the measured machine's proportions between steps and builtins. Their
 * {@code interval} is then conditional on f, as the builtins' are; {@code intervalWithFactor} adds
 * f's uncertainty ({@link StepCostFit#inReferenceUnits}). φ is not rescaled: it is a ratio.
 */
public final class StepCostFitter {
  /** Reweightings by 1/fitted² after the first fit weighted by 1/t². */
  static final int REWEIGHTINGS = 2;
  /** Per-kind designs whose condition number exceeds this get a warning. */
  static final double POOR_CONDITION = 100;

  private StepCostFitter() {}

  /**
   * @throws IllegalArgumentException with a message for the user if the measurements do not
   *     allow the fit (too few, a time that is not positive, no variation in the step counts,
   *     builtin charges proportional to the step counts)
   */
  public static StepCostFit fit(List<ScriptMeasurement> scripts, boolean perKind,
      double confidence) {
    int n = scripts.size();
    if (n < 3) {
      throw new IllegalArgumentException("fitting step costs needs at least 3 script"
          + " measurements, found " + n);
    }
    double[] y = new double[n];
    double[] total = new double[n];
    double[] charge = new double[n];
    boolean charged = false;
    int stepOnly = 0;
    for (int i = 0; i < n; i++) {
      ScriptMeasurement s = scripts.get(i);
      if (!(s.seconds() > 0) || !Double.isFinite(s.seconds())) {
        throw new IllegalArgumentException(where(s) + ": the time " + s.seconds() + " s is not"
            + " positive; every measurement needs a positive time (they are weighed by it)");
      }
      y[i] = s.seconds() * 1e12;
      total[i] = s.totalSteps();
      charge[i] = s.builtinCpu();
      charged |= charge[i] != 0;
      if (charge[i] == 0) stepOnly++;
    }
    List<double[]> cols = charged ? List.of(total, charge) : List.of(total);
    final boolean withCharge = charged;
    Weighted avg = fgls(y, cols).orElseThrow(() -> averagedFailure(y, total, withCharge));
    List<String> warnings = new ArrayList<>();
    ParameterFit averaged = parameter("averaged", avg.fit, 1, confidence, true);
    ParameterFit overhead = parameter("overhead", avg.fit, 0, confidence, false);
    ParameterFit factor = charged ? parameter("builtinFactor", avg.fit, 2, confidence, false)
        : null;
    if (averaged.estimate() <= 0) {
      warnings.add(String.format(Locale.ROOT, "the averaged step cost %.1f ps is not positive:"
          + " 1 ps is used", averaged.estimate()));
    }
    if (factor != null && factor.estimate() <= 0) {
      warnings.add(String.format(Locale.ROOT, "the builtin factor %.3g is not positive: the"
          + " builtin calls' time is not separated from the steps' (scripts with other mixes of"
          + " builtin calls and steps would separate them)", factor.estimate()));
    }

    ParameterFit stepOnlyAveraged = null;
    if (charged && stepOnly >= 3) {
      stepOnlyAveraged = stepOnlyFit(y, total, charge, stepOnly, confidence);
      if (stepOnlyAveraged != null && (stepOnlyAveraged.upper() < averaged.lower()
          || averaged.upper() < stepOnlyAveraged.lower())) {
        warnings.add(String.format(Locale.ROOT, "the averaged step cost from every measurement"
                + " (%.0f ps, %.0f..%.0f) and from the %d step-only programs alone (%.0f ps,"
                + " %.0f..%.0f) disagree: the mix of steps matters, or the builtin term is off",
            averaged.estimate(), averaged.lower(), averaged.upper(), stepOnly,
            stepOnlyAveraged.estimate(), stepOnlyAveraged.lower(), stepOnlyAveraged.upper()));
      }
    }

    Map<StepKind, ParameterFit> kinds = new EnumMap<>(StepKind.class);
    double condition = Double.NaN;
    if (perKind) {
      List<StepKind> used = new ArrayList<>();
      List<double[]> kcols = new ArrayList<>();
      for (StepKind k : StepKind.values()) {
        if (!k.isStep()) continue;
        double[] c = new double[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
          c[i] = scripts.get(i).steps(k);
          any |= c[i] != 0;
        }
        if (any) {
          used.add(k);
          kcols.add(c);
        }
      }
      if (charged) kcols.add(charge);
      Weighted f = fgls(y, kcols).orElseThrow(() -> new IllegalArgumentException(
          "the step counts of kinds " + used + (withCharge ? " and the builtin charges" : "")
              + " are collinear or too few measurements (" + n + ") for one cost per kind:"
              + " measure programs with different mixes of steps"));
      condition = conditionNumber(kcols, f.weights);
      if (condition > POOR_CONDITION) {
        warnings.add(String.format(Locale.ROOT, "the per-kind regression is poorly conditioned"
            + " (condition number %.0f): the counts of some kinds move together, so their costs"
            + " are not separately determined", condition));
      }
      for (int j = 0; j < used.size(); j++) {
        ParameterFit p = parameter(used.get(j).jsonKey(), f.fit, j + 1, confidence, true);
        kinds.put(used.get(j), p);
        if (p.estimate() <= 0) {
          warnings.add(String.format(Locale.ROOT, "%s: fitted cost %.1f ps is not positive: 1 ps"
              + " is used", used.get(j).jsonKey(), p.estimate()));
        }
      }
    }

    double a = avg.fit.coefficients()[0];
    double s = avg.fit.coefficients()[1];
    double phi = charged ? avg.fit.coefficients()[2] : 0;
    List<StepCostFit.Point> data = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ScriptMeasurement m = scripts.get(i);
      data.add(new StepCostFit.Point(m.script(), m.seconds(), m.totalSteps(), m.builtinCpu(),
          y[i] - phi * charge[i], a + s * total[i]));
    }
    return new StepCostFit(averaged, overhead, factor, kinds, condition, n, stepOnly,
        avg.fit.rSquared(), avg.fit.sigma(), stepOnlyAveraged, data, warnings);
  }

  /** A weighted fit and the weights of its last round. */
  private record Weighted(OlsFit fit, double[] weights) {}

  /**
   * Weighted least squares with variance proportional to the squared mean (Note [Units of step
   * costs]); empty when the regressors are collinear. Times are positive.
   */
  private static Optional<Weighted> fgls(double[] y, List<double[]> cols) {
    int n = y.length;
    double[] w = new double[n];
    for (int i = 0; i < n; i++) w[i] = 1 / (y[i] * y[i]);
    Optional<OlsFit> f = Ols.fit(y, cols, w);
    if (f.isEmpty()) return Optional.empty();
    for (int r = 0; r < REWEIGHTINGS; r++) {
      double[] res = f.get().residuals();
      double[] next = new double[n];
      for (int i = 0; i < n; i++) {
        double fitted = y[i] - res[i];
        // A fitted time that is not positive is no variance; fall back to the observed one.
        next[i] = fitted > 0 ? 1 / (fitted * fitted) : 1 / (y[i] * y[i]);
      }
      Optional<OlsFit> g = Ols.fit(y, cols, next);
      if (g.isEmpty()) break;
      f = g;
      w = next;
    }
    return Optional.of(new Weighted(f.get(), w));
  }

  private static IllegalArgumentException averagedFailure(double[] y, double[] total,
      boolean charged) {
    if (charged && Ols.fit(y, List.of(total)).isPresent()) {
      return new IllegalArgumentException("the builtin charges are proportional to the step"
          + " counts (or there are too few measurements): the step cost cannot be separated from"
          + " the builtin calls' time; measure step-only programs too (the sweep's machine-step"
          + " points) or scripts with other mixes of builtin calls and steps");
    }
    return new IllegalArgumentException("the scripts' step counts do not vary: the step cost"
        + " cannot be separated from the fixed cost per call");
  }

  /** The averaged model on the measurements without a builtin charge; null if it cannot be fit. */
  private static ParameterFit stepOnlyFit(double[] y, double[] total, double[] charge, int m,
      double confidence) {
    double[] ys = new double[m];
    double[] ns = new double[m];
    for (int i = 0, k = 0; i < y.length; i++) {
      if (charge[i] != 0) continue;
      ys[k] = y[i];
      ns[k] = total[i];
      k++;
    }
    return fgls(ys, List.of(ns))
        .map(w -> parameter("stepOnlyAveraged", w.fit, 1, confidence, true)).orElse(null);
  }

  /**
   * The condition number of the weighted design (intercept and {@code cols}) with every column
   * scaled to unit norm, as the machine-step workloads' own test measures their design.
   */
  static double conditionNumber(List<double[]> cols, double[] weights) {
    int n = weights.length;
    int p = cols.size() + 1;
    double[][] x = new double[n][p];
    for (int i = 0; i < n; i++) {
      double sw = Math.sqrt(weights[i]);
      x[i][0] = sw;
      for (int j = 1; j < p; j++) x[i][j] = cols.get(j - 1)[i] * sw;
    }
    for (int j = 0; j < p; j++) {
      double norm = 0;
      for (double[] row : x) norm += row[j] * row[j];
      norm = Math.sqrt(norm);
      for (double[] row : x) row[j] /= norm;
    }
    return new SingularValueDecomposition(new Array2DRowRealMatrix(x, false))
        .getConditionNumber();
  }

  /**
   * Coefficient {@code j} of {@code f} (ps), rounded up; a step cost ({@code cost}) that is not
   * positive is raised to 1 ps.
   */
  private static ParameterFit parameter(String name, OlsFit f, int j, double confidence,
      boolean cost) {
    double est = f.coefficients()[j];
    double se = f.standardErrors()[j];
    double q = f.df() > 0
        ? new TDistribution(null, f.df()).inverseCumulativeProbability(1 - (1 - confidence) / 2)
        : Double.NaN;
    boolean adjusted = cost && est <= 0;
    double value = adjusted ? 1 : est;
    long ps = Conversion.ceilPicos(value);
    return new ParameterFit(name, ps, value, est, se, est - q * se, est + q * se,
        f.df() > 0 ? ParameterFit.Interval.T : ParameterFit.Interval.NONE, adjusted);
  }

  private static String where(ScriptMeasurement s) {
    return (s.line() > 0 ? "line " + s.line() + ", " : "") + "script " + s.script();
  }
}
