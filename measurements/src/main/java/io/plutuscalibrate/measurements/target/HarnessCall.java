package io.plutuscalibrate.measurements.target;

import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.Term;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A program that is one saturated call of a harness-only builtin (a no-op, see
 * Note [Harness-only builtins] in DefaultFun) on constants: neither flat nor the textual syntax
 * can carry it, so the protocol sends it as a {@code call}.
 */
record HarnessCall(DefaultFun fun, List<Constant> arguments) {

  /** The call {@code term} is, or null when it is not one. */
  static HarnessCall of(Term term) {
    List<Constant> args = new ArrayList<>();
    Term t = term;
    while (t instanceof Term.Apply a) {
      if (!(a.arg instanceof Term.Const c)) return null;
      args.add(c.value);
      t = a.fun;
    }
    while (t instanceof Term.Force f) t = f.body;
    if (!(t instanceof Term.Builtin b)) return null;
    if (DefaultFun.fromName(b.fun.name()).isPresent()) return null; // a Plutus builtin
    Collections.reverse(args);
    return new HarnessCall(b.fun, args);
  }
}
