package io.plutuscalibrate.uplc.builtins;

/**
 * Note [Logged failures]: Plutus has two kinds of builtin failure. An unlifting failure (an
 * argument of the wrong type or out of its type's range) is thrown without a log line. A failure
 * that a denotation reports with {@code fail "message"} (division by zero, index out of bounds,
 * invalid UTF-8, ...) puts its message in the builtin's logs, and the machine emits those logs even
 * though the call fails. Builtins report the second kind through this class so that the
 * evaluation's log matches the Haskell evaluator's.
 */
public final class OperationalFailure {
  private OperationalFailure() {}

  /** Logs {@code message} and returns the failure to throw. */
  public static BuiltinFailure of(BuiltinContext context, String message) {
    context.log(message);
    return new BuiltinFailure(message);
  }
}
