package io.plutuscalibrate.uplc.builtins;

/** What a builtin's meaning may ask of the machine that calls it. */
public interface BuiltinContext {
  /** Appends a line to the evaluation's log (the {@code trace} builtin). */
  void log(String message);
}
