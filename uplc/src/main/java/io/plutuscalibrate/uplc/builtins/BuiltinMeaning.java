package io.plutuscalibrate.uplc.builtins;

import io.plutuscalibrate.uplc.core.CekValue;

/**
 * The denotation of a builtin: given its saturated arguments (as many as its arity, in order),
 * the result, or a {@link BuiltinFailure}. Arguments of monomorphic types are constants whose type
 * the meaning checks (a mismatch is a failure); arguments of polymorphic positions may be any
 * machine value and are passed through untouched.
 */
@FunctionalInterface
public interface BuiltinMeaning {
  CekValue apply(CekValue[] args, BuiltinContext context);
}
