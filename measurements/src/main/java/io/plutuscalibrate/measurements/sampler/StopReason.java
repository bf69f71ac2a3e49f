package io.plutuscalibrate.measurements.sampler;

/** Why the sampler stopped taking samples of a point. */
public enum StopReason {
  /** The confidence interval became narrow enough. */
  PRECISION,
  /** The point's time budget was used up before the precision was reached. */
  TIME_BUDGET,
  /** The maximum number of samples was taken before the precision was reached. */
  MAX_SAMPLES,
  /** The sweep was asked to stop; the measurement is incomplete and is not recorded. */
  CANCELLED
}
