package io.plutuscalibrate.measurements.sampler;

import java.util.List;

/**
 * What the sampler found for one point: the summary of the used samples, every batch it timed
 * (warm-up and discarded ones included), the batch size it settled on and how it got there.
 *
 * @param summary the summary of the used samples
 * @param samples every timed batch, in order
 * @param repetitions evaluations per measured batch
 * @param warmupSteady whether warm-up ended with steady timings (false: it hit its cap)
 * @param gcDiscarded measured batches thrown away because a collection ran during them
 * @param gcKept used batches during which a collection ran: it could not be kept out
 * @param stop why sampling stopped
 * @param elapsedNanos wall time spent on the point, warm-up included
 */
public record PointMeasurement(Summary summary, List<Sample> samples, int repetitions,
    boolean warmupSteady, int gcDiscarded, int gcKept, StopReason stop, long elapsedNanos) {

  public PointMeasurement {
    samples = List.copyOf(samples);
  }

  /** Whether the requested precision was reached. */
  public boolean reachedPrecision() {
    return stop == StopReason.PRECISION;
  }
}
