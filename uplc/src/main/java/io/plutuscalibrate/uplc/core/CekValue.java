package io.plutuscalibrate.uplc.core;

/**
 * A value of the CEK machine: a {@link Constant}, or one of the machine's own values (delayed
 * terms, lambdas and partial builtin applications with their environments, and constructor values;
 * see the {@code cek} package).
 *
 * <p>Note [Constants are values]: a constant is its own machine value, not wrapped in a
 * {@code VCon}. Evaluating a constant term returns the very object the term holds, builtins take
 * and return constants without boxing, and a builtin's type check is one {@code instanceof}.
 */
public abstract class CekValue {
  protected CekValue() {}
}
