package io.plutuscalibrate.measurements.sampler;

import io.plutuscalibrate.measurements.target.TargetException;

/**
 * Runs one program a given number of times back to back and says how long that took: what the
 * {@link Sampler} asks of a target. The program is prepared (decoded, built) before the first
 * batch and outside every timed region.
 */
@FunctionalInterface
public interface BatchRunner {
  Batch run(int repetitions) throws TargetException;

  /**
   * Asks for a garbage collection before the measured batches, outside the clock; see
   * Note [Sampling method] in {@link Sampler}. Runners that cannot do so ignore it.
   */
  default void collectGarbage() throws TargetException {}

  /**
   * The total time the evaluator's JIT compiler has spent so far, in milliseconds, or -1 when
   * the runner cannot tell; warm-up is not steady while it grows (Note [Sampling method] in
   * {@link Sampler}).
   */
  default long compilationMillis() {
    return -1;
  }
}
