package io.plutuscalibrate.measurements.sampler;

/**
 * One timed batch: {@code repetitions} evaluations of the same program back to back, taking
 * {@code nanos} nanoseconds in all; {@code gc} says whether a garbage collection ran during the
 * batch (as far as the runner can tell).
 */
public record Batch(int repetitions, long nanos, boolean gc) {
  public Batch {
    if (repetitions < 1) throw new IllegalArgumentException("repetitions < 1: " + repetitions);
    if (nanos < 0) throw new IllegalArgumentException("negative time: " + nanos);
  }

  /** Seconds per evaluation. */
  public double secondsPerEvaluation() {
    return nanos / 1e9 / repetitions;
  }
}
