package io.plutuscalibrate.bench;

import io.plutuscalibrate.uplc.cek.CekMachine;
import io.plutuscalibrate.uplc.cek.EvaluationResult;
import io.plutuscalibrate.uplc.cek.MachineParameters;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.core.UnitConstant;
import io.plutuscalibrate.uplc.text.UplcParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Machine steps in isolation: each case is a term of about {@value #N} repetitions of one pattern
 * of steps, evaluated whole, so the score over the steps charged is the time of one step of that
 * pattern. Cases: {@code applyLambda} nested applications of the identity; {@code forceDelay}
 * nested force/delay pairs; {@code caseConstr} nested case of a one-field constructor;
 * {@code deepVariable} a constructor of variables bound 50 lambdas up; {@code countdown} a
 * recursive loop (Z combinator) counting down from N with subtractInteger, equalsInteger and
 * ifThenElse, the shape of compiled Plutus code.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class MachineStepBenchmarks {
  static final int N = 1000;

  @Param({"applyLambda", "forceDelay", "caseConstr", "deepVariable", "countdown"})
  public String pattern;

  private CekMachine machine;
  private Term term;

  @Setup
  public void setUp() {
    machine = CekMachine.create(MachineParameters.defaults());
    term = term(pattern);
    if (!(machine.evaluate(term) instanceof EvaluationResult.Success)) {
      throw new IllegalStateException(pattern + " does not evaluate");
    }
  }

  static Term term(String pattern) {
    Term unit = new Term.Const(UnitConstant.UNIT);
    switch (pattern) {
      case "applyLambda": {
        Term t = unit;
        for (int i = 0; i < N; i++) t = new Term.Apply(new Term.Lam("x", new Term.Var(1)), t);
        return t;
      }
      case "forceDelay": {
        Term t = unit;
        for (int i = 0; i < N; i++) t = new Term.Force(new Term.Delay(t));
        return t;
      }
      case "caseConstr": {
        Term t = unit;
        for (int i = 0; i < N; i++) {
          t = new Term.Case(new Term.Constr(0, new Term[] {t}),
              new Term[] {new Term.Lam("x", new Term.Var(1))});
        }
        return t;
      }
      case "deepVariable": {
        Term[] fields = new Term[N];
        for (int i = 0; i < N; i++) fields[i] = new Term.Var(50);
        Term t = new Term.Constr(0, fields);
        for (int i = 0; i < 50; i++) t = new Term.Lam("x" + i, t);
        for (int i = 0; i < 50; i++) t = new Term.Apply(t, new Term.Const(IntegerConstant.of(i)));
        return t;
      }
      case "countdown": {
        String text = "(program 1.0.0 [[(lam f [(lam x [f (lam v [[x x] v])]) (lam x [f (lam v [[x x] v])])])"
            + " (lam self (lam n [[[(force (builtin ifThenElse))"
            + " [[(builtin equalsInteger) n] (con integer 0)]]"
            + " (delay (con unit ()))]"
            + " (delay [self [[(builtin subtractInteger) n] (con integer 1)]])]))]"
            + " (con integer " + N + ")])";
        Program p = UplcParser.parseProgram(text, "countdown").orElseThrow();
        Term body = p.term();
        // The loop returns a delay; force it to get the unit.
        return new Term.Force(body);
      }
      default:
        throw new IllegalArgumentException("unknown pattern " + pattern);
    }
  }

  @Benchmark
  public Object evaluate() {
    return machine.evaluate(term);
  }
}
