package io.plutuscalibrate.measurements.workload;

import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.core.Version;
import java.util.List;
import java.util.Objects;

/**
 * A builtin saturated with constant arguments: the term {@code [(force ... (builtin f)) c1 ...
 * cn]}, with as many forces as the builtin has type arguments. This is exactly what the official
 * benchmarks evaluate ({@code mkApp1}..{@code mkApp6} in budgeting-bench's Common.hs, erased), so
 * the machine steps around the call are the same as theirs and as those of the no-ops, whose time
 * the fit subtracts.
 */
public record BuiltinCall(DefaultFun fun, List<Constant> arguments) {
  public BuiltinCall {
    Objects.requireNonNull(fun);
    arguments = List.copyOf(arguments);
    if (arguments.size() != fun.arity()) {
      throw new IllegalArgumentException(fun + " takes " + fun.arity() + " arguments, "
          + arguments.size() + " given");
    }
  }

  /** The applied term. */
  public Term term() {
    Term t = new Term.Builtin(fun);
    for (int i = 0; i < fun.forces(); i++) t = new Term.Force(t);
    for (Constant c : arguments) t = new Term.Apply(t, new Term.Const(c));
    return t;
  }

  /** The term as a version 1.1.0 program. */
  public Program program() {
    return new Program(Version.V1_1_0, term());
  }
}
