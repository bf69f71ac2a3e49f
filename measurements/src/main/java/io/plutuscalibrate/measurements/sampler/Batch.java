package io.plutuscalibrate.measurements.sampler;

/**
 * One timed batch: {@code repetitions} evaluations of the same program back to back, taking
 * {@code nanos} nanoseconds of wall time and {@code cpuNanos} of the evaluating thread's CPU time
 * (-1 when the target cannot tell; see Note [Which clock] in {@link TimeBase}); {@code gc} says
 * whether a garbage collection ran during the batch (as far as the runner can tell).
 */
public record Batch(int repetitions, long nanos, long cpuNanos, boolean gc) {
  public Batch {
    if (repetitions < 1) throw new IllegalArgumentException("repetitions < 1: " + repetitions);
    if (nanos < 0) throw new IllegalArgumentException("negative time: " + nanos);
    if (cpuNanos < -1) throw new IllegalArgumentException("negative CPU time: " + cpuNanos);
  }

  /** A batch timed by the wall clock only. */
  public Batch(int repetitions, long nanos, boolean gc) {
    this(repetitions, nanos, -1, gc);
  }

  /** The batch's time by {@code base}: wall time when the CPU time is unknown. */
  public long nanos(TimeBase base) {
    return base == TimeBase.CPU && cpuNanos >= 0 ? cpuNanos : nanos;
  }

  /** Seconds per evaluation by {@code base}. */
  public double secondsPerEvaluation(TimeBase base) {
    return nanos(base) / 1e9 / repetitions;
  }
}
