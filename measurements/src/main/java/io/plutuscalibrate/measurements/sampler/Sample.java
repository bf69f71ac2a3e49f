package io.plutuscalibrate.measurements.sampler;

/**
 * One timed batch as the sampler recorded it: its phase, its index within the phase, and whether
 * it counts towards the summary ({@code used}). Warm-up batches and measured batches that a
 * garbage collection disturbed are kept too, unused, so that the raw record is complete.
 */
public record Sample(Phase phase, int index, int repetitions, long nanos, boolean gc,
    boolean used) {

  /** Where in a point's measurement a batch was taken. */
  public enum Phase {
    /** Finding the batch size and waiting for steady timings. */
    WARMUP,
    /** Measuring. */
    MEASURE
  }

  /** Seconds per evaluation. */
  public double secondsPerEvaluation() {
    return nanos / 1e9 / repetitions;
  }
}
