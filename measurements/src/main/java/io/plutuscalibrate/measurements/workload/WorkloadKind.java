package io.plutuscalibrate.measurements.workload;

/** What a workload point measures. */
public enum WorkloadKind {
  /** One saturated call of a Plutus builtin on constant arguments, as the official benchmarks. */
  BUILTIN,
  /**
   * The cost of calling a builtin at all: the no-ops {@code Nop1o}..{@code Nop6o} and the empty
   * program {@code UnitTerm}; the fit subtracts them from the builtins' times.
   */
  OVERHEAD,
  /** A program whose counts of each machine step kind are known, for fitting step costs. */
  MACHINE_STEP,
  /** A whole script: decoded from its bytes, then evaluated. */
  SCRIPT
}
