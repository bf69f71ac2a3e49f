package io.plutuscalibrate.uplc.cek;

import io.plutuscalibrate.uplc.core.CekValue;

/**
 * A builtin applied to fewer forces and arguments than it takes.
 *
 * <p>Note [Partial builtin applications]: every builtin of Plutus takes all its forces before its
 * term arguments, so a partial application is the builtin, some forces, then some arguments. It is
 * kept as a chain: each value holds its last argument and the partial application it extends
 * ({@link #prev}), so applying one more argument allocates one small object and shares the rest,
 * and a partial application can be applied many times. On saturation the chain is read back into
 * an array (arity is at most 6). The chains of forces alone are built once per machine (see
 * {@link BuiltinRuntime}), so {@code (force (builtin ifThenElse))} allocates nothing. Unlike
 * Haskell, no discharged term is built along the way; {@link Discharge} rebuilds it from the
 * chain when a partial application is the result.
 */
final class VBuiltin extends CekValue {
  final BuiltinRuntime runtime;
  /** Forces still expected before the first term argument. */
  final int forcesLeft;
  /** Term arguments applied so far. */
  final int argCount;
  /** The last term argument applied, or null for the bare builtin and its forces. */
  final CekValue arg;
  /** The partial application this one extends (by a force when arg is null), or null. */
  final VBuiltin prev;
  /** This value forced, when forcesLeft &gt; 0 (shared, built with the runtime). */
  VBuiltin forced;

  VBuiltin(BuiltinRuntime runtime, int forcesLeft, int argCount, CekValue arg, VBuiltin prev) {
    this.runtime = runtime;
    this.forcesLeft = forcesLeft;
    this.argCount = argCount;
    this.arg = arg;
    this.prev = prev;
  }
}
