package io.plutuscalibrate.models.fit;

import java.util.ArrayList;
import java.util.List;

/**
 * How one builtin's CPU costing function is fitted: a row of the table that {@link FitRules}
 * declares and {@link CostModelFitter} interprets. Every step is one models.R applies; see
 * Note [The fitting pipeline] in {@link Estimator} for their order.
 *
 * @param builtin the builtin's name as in builtinCostModel JSON ({@code addInteger})
 * @param benchmark the benchmark name whose rows are fitted ({@code AddInteger}; several builtins
 *     share one, e.g. subtractInteger is fitted on AddInteger)
 * @param arity the argument count models.R assigns the benchmark, which picks the Nop benchmark
 *     whose time is the call overhead (Nop1o .. Nop6o)
 * @param shape the shape fitted by regression (the model part of a split rule)
 * @param selection the points fitted on
 * @param method ordinary least squares, the fan-shaped upper bound, or least squares with the
 *     intercept lifted to the smallest observations
 * @param discardOutliers whether points above the boxplot whisker of t.mean.ub are dropped first
 * @param subtractOverhead whether the call overhead is subtracted from the times
 * @param ensurePositive whether negative coefficients are raised to 1 ns (and a negative constant
 *     to 0.2 µs), as models.R's {@code adjustModel}
 * @param split for shapes that are a constant on one region and a model on another; else null
 */
public record FitRule(
    String builtin,
    String benchmark,
    int arity,
    FitShape shape,
    Selection selection,
    Method method,
    boolean discardOutliers,
    boolean subtractOverhead,
    boolean ensurePositive,
    Split split) {

  /** How the coefficients are estimated. */
  public enum Method {
    /** Ordinary least squares on the selected points. */
    OLS,
    /** The fan fit: an upper bound for data that fans out above a line (Note [Fan fit]). */
    FAN,
    /** Least squares, then the intercept lifted to the slowest smallest observation and every
     *  coefficient rounded up to a whole picosecond (Note [Lifted intercept]). */
    LIFTED_INTERCEPT
  }

  /**
   * A constant fitted (as a mean) on {@code constantRegion} and the model on {@code modelRegion},
   * combined by {@code wrapper}.
   *
   * @param overheadPerRegion whether the overhead test (mean above the Nop time) is made on each
   *     region separately, as models.R does for the diagonal and division models, or once on all
   *     the selected points, as for valueContains
   */
  public record Split(Wrapper wrapper, Selection constantRegion, Selection modelRegion,
      boolean overheadPerRegion) {}

  public FitRule {
    if (arity < 1 || arity > 6) {
      throw new IllegalArgumentException(builtin + ": arity " + arity + " has no Nop benchmark");
    }
    if (split != null && !split.wrapper().accepts(shape)) {
      throw new IllegalArgumentException(builtin + ": " + split.wrapper().tag() + " cannot wrap "
          + shape.tag());
    }
    if (shape.hasMinimum() && split == null) {
      throw new IllegalArgumentException(builtin + ": the minimum of " + shape.tag()
          + " is the constant of a split rule");
    }
    if (method == Method.FAN && shape.coefficientNames().size() != 2) {
      throw new IllegalArgumentException(builtin + ": the fan fit gives an intercept and a slope");
    }
    if (method == Method.LIFTED_INTERCEPT && shape.terms().isEmpty()) {
      throw new IllegalArgumentException(builtin + ": nothing to lift in a constant");
    }
  }

  /** A rule for {@code builtin} with models.R's usual steps: all points, overhead subtracted,
   *  coefficients made positive; the benchmark is the builtin's name capitalised. */
  public static Builder of(String builtin, int arity, FitShape shape) {
    return new Builder(builtin, arity, shape);
  }

  /** The JSON tag of the fitted costing function. */
  public String tag() {
    return split == null ? shape.tag() : split.wrapper().tag();
  }

  /**
   * The names of the fitted parameters, as paths in the costing function's JSON arguments:
   * {@code intercept}, {@code constant}, {@code model.c00}; {@code arguments} for a constant cost.
   */
  public List<String> parameterNames() {
    List<String> names = new ArrayList<>();
    String prefix = "";
    if (split != null) {
      names.add("constant");
      if (split.wrapper().nestsModel()) prefix = "model.";
    }
    if (shape.hasMinimum()) names.add(prefix + "minimum");
    for (String c : shape.coefficientNames()) names.add(prefix + c);
    return names;
  }

  /** A one-line account of the rule, for reports. */
  public String describe() {
    StringBuilder s = new StringBuilder();
    s.append(switch (method) {
      case OLS -> "lm(" + shape.formula() + ")";
      case FAN -> "fan upper bound of t ~ x_mem";
      case LIFTED_INTERCEPT -> "lm(" + shape.formula() + ") with lifted intercept";
    });
    s.append(" on ").append(benchmark);
    if (selection != Selection.ALL) s.append(" where ").append(selection.description());
    if (split != null) {
      s.append("; ").append(split.wrapper().tag()).append(": model on ")
          .append(split.modelRegion().description()).append(", constant = mean on ")
          .append(split.constantRegion().description());
    }
    if (discardOutliers) s.append("; upper outliers discarded");
    if (subtractOverhead) s.append("; Nop").append(arity).append("o overhead subtracted");
    if (ensurePositive) s.append("; negative coefficients raised to 1 ns");
    return s.toString();
  }

  /** Builds a {@link FitRule}; defaults as {@link FitRule#of}. */
  public static final class Builder {
    private final String builtin;
    private final int arity;
    private final FitShape shape;
    private String benchmark;
    private Selection selection = Selection.ALL;
    private Method method = Method.OLS;
    private boolean discardOutliers;
    private boolean subtractOverhead = true;
    private boolean ensurePositive = true;
    private Split split;

    private Builder(String builtin, int arity, FitShape shape) {
      this.builtin = builtin;
      this.arity = arity;
      this.shape = shape;
      this.benchmark = Character.toUpperCase(builtin.charAt(0)) + builtin.substring(1);
    }

    public Builder benchmark(String name) {
      this.benchmark = name;
      return this;
    }

    public Builder where(Selection s) {
      this.selection = s;
      return this;
    }

    public Builder discardOutliers() {
      this.discardOutliers = true;
      return this;
    }

    public Builder keepOverhead() {
      this.subtractOverhead = false;
      return this;
    }

    public Builder allowNegative() {
      this.ensurePositive = false;
      return this;
    }

    public Builder fan() {
      this.method = Method.FAN;
      return this;
    }

    public Builder liftedIntercept() {
      this.method = Method.LIFTED_INTERCEPT;
      return this;
    }

    public Builder split(Wrapper wrapper, Selection constantRegion, Selection modelRegion,
        boolean overheadPerRegion) {
      this.split = new Split(wrapper, constantRegion, modelRegion, overheadPerRegion);
      return this;
    }

    public FitRule build() {
      return new FitRule(builtin, benchmark, arity, shape, selection, method, discardOutliers,
          subtractOverhead, ensurePositive, split);
    }
  }
}
