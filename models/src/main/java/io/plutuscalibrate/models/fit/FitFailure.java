package io.plutuscalibrate.models.fit;

/**
 * A fit that cannot be made from the data (no points in a region, collinear regressors, ...).
 * Thrown inside the estimator and turned into a reported result by {@link CostModelFitter};
 * stackless, since it is an expected outcome rather than a bug.
 */
final class FitFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  FitFailure(String message) {
    super(message, null, false, false);
  }
}
