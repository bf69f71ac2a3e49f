package io.plutuscalibrate.measurements.sampler;

/**
 * One timed batch as the sampler recorded it: its phase, its index within the phase, its wall
 * and CPU time (-1: unknown; Note [Which clock] in {@link TimeBase}), and whether it counts
 * towards the summary ({@code used}). Warm-up batches and measured batches that a garbage
 * collection disturbed are kept too, unused, so that the raw record is complete.
 */
public record Sample(Phase phase, int index, int repetitions, long nanos, long cpuNanos,
    boolean gc, boolean used) {

  /** Where in a point's measurement a batch was taken. */
  public enum Phase {
    /** Finding the batch size and waiting for steady timings. */
    WARMUP,
    /** Measuring. */
    MEASURE
  }

  static Sample of(Phase phase, int index, Batch b, boolean used) {
    return new Sample(phase, index, b.repetitions(), b.nanos(), b.cpuNanos(), b.gc(), used);
  }

  /** Seconds per evaluation by {@code base}. */
  public double secondsPerEvaluation(TimeBase base) {
    long t = base == TimeBase.CPU && cpuNanos >= 0 ? cpuNanos : nanos;
    return t / 1e9 / repetitions;
  }
}
