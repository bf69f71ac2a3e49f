package io.plutuscalibrate.measurements.target;

/**
 * A target could not do what was asked. {@link #kind} says whether the target is broken (and is
 * restarted, the point retried) or merely cannot handle this program (the point is marked and the
 * sweep goes on).
 */
public final class TargetException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** The evaluator process exited. */
    CRASHED(true),
    /** The evaluator did not answer in time. */
    TIMED_OUT(true),
    /** The evaluator answered something that is not a well-formed response. */
    GARBLED(true),
    /** The evaluator answered with an error for this program. */
    REFUSED(false),
    /** The program cannot be sent to this target (no encoding carries it). */
    UNSUPPORTED(false),
    /** The program's evaluation failed, so its time would not be the time of its work. */
    EVALUATION_FAILED(false);

    private final boolean broken;

    Kind(boolean broken) {
      this.broken = broken;
    }

    /** Whether the target is unusable after this and must be restarted. */
    public boolean targetBroken() {
      return broken;
    }
  }

  private final Kind kind;

  public TargetException(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
