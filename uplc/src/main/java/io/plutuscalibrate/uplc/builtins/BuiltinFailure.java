package io.plutuscalibrate.uplc.builtins;

/**
 * Thrown by a builtin's meaning when the call fails (wrong argument type, division by zero, index
 * out of range, ...). It never escapes the machine: the machine turns it into an evaluation
 * failure result. It carries no stack trace, so that failing is cheap.
 */
public final class BuiltinFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BuiltinFailure(String message) {
    super(message, null, false, false);
  }
}
