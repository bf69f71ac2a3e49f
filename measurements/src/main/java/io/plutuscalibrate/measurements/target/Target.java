package io.plutuscalibrate.measurements.target;

import io.plutuscalibrate.uplc.core.Program;

/**
 * An evaluator the harness measures: the embedded CEK machine ({@link EmbeddedTarget}) or an
 * external process speaking the JSON-lines protocol of docs/protocol.md ({@link ProcessTarget}).
 * One program is loaded at a time.
 */
public interface Target extends AutoCloseable {
  /** What the target says about itself. */
  TargetInfo info() throws TargetException;

  /** Prepares {@code program} for timing; see {@link LoadedProgram}. */
  LoadedProgram load(Program program) throws TargetException;

  @Override
  void close();
}
