package io.plutuscalibrate.measurements.target;

/**
 * Names of the JSON-lines evaluator protocol (docs/protocol.md): the protocol's name and version,
 * the operations and the capabilities. Both sides use these constants.
 */
public final class Protocol {
  private Protocol() {}

  public static final String NAME = "plutus-calibrate-eval";
  public static final int VERSION = 1;

  public static final String OP_LOAD = "load";
  public static final String OP_RUN = "run";
  public static final String OP_UNLOAD = "unload";
  public static final String OP_QUIT = "quit";

  /** Programs in the textual syntax ({@code text} field of load). */
  public static final String CAP_TEXT = "text";
  /** Flat-encoded programs in hex ({@code flat} field of load). */
  public static final String CAP_FLAT = "flat";
  /** run responses carry {@code elapsedNs} measured by the evaluator around its loop. */
  public static final String CAP_INTERNAL_TIMING = "internal-timing";
  /** run responses carry {@code cpuNs}: the evaluating thread's CPU time for the batch. */
  public static final String CAP_CPU_TIMING = "cpu-timing";
  /** run responses carry {@code gc}: whether a collection ran during the batch. */
  public static final String CAP_GC_REPORT = "gc-report";
  /** load accepts {@code call} of the harness-only no-op builtins nop1o..nop6o. */
  public static final String CAP_HARNESS_BUILTINS = "harness-builtins";

  /** Error codes of a response with {@code "ok": false}. */
  public static final String ERR_BAD_REQUEST = "bad-request";
  public static final String ERR_DECODE = "decode";
  public static final String ERR_UNSUPPORTED = "unsupported";
  public static final String ERR_UNKNOWN_PROGRAM = "unknown-program";
  public static final String ERR_INTERNAL = "internal";
}
