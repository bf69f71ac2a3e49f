package io.plutuscalibrate.measurements.target;

import io.plutuscalibrate.measurements.sampler.BatchRunner;

/**
 * A program a target has prepared for timing: decoded once, evaluated once to check it
 * ({@link #check}), then run in batches. Closing it frees it in the target.
 */
public interface LoadedProgram extends BatchRunner, AutoCloseable {
  /** The outcome of the evaluation made when loading. */
  Evaluation check();

  @Override
  void close();
}
