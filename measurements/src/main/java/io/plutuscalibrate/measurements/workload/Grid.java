package io.plutuscalibrate.measurements.workload;

/**
 * How many points each workload gets. See Note [Choosing the grids] in {@link BuiltinWorkloads}.
 */
public enum Grid {
  /**
   * A few points per builtin: enough distinct sizes for the fitter to fit each costing function's
   * shape with intervals (several points on and off the diagonal, below it for the division
   * family, at least one more than the shape has coefficients), for a sweep of a few minutes.
   */
  QUICK,
  /**
   * The sizes of the official budgeting benchmarks (plutus-core/cost-model/budgeting-bench),
   * thinned to about one point in nine so that a sweep to 2% precision takes about twenty
   * minutes instead of their ten to twelve hours.
   */
  DEFAULT
}
