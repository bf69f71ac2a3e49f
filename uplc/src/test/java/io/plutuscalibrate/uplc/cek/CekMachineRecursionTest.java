package io.plutuscalibrate.uplc.cek;

import static io.plutuscalibrate.uplc.cek.T.app;
import static io.plutuscalibrate.uplc.cek.T.b;
import static io.plutuscalibrate.uplc.cek.T.con;
import static io.plutuscalibrate.uplc.cek.T.constr;
import static io.plutuscalibrate.uplc.cek.T.ifte;
import static io.plutuscalibrate.uplc.cek.T.kase;
import static io.plutuscalibrate.uplc.cek.T.lam;
import static io.plutuscalibrate.uplc.cek.T.v;
import static io.plutuscalibrate.uplc.cek.T.z;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.plutuscalibrate.models.StepKind;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.Term;
import org.junit.jupiter.api.Test;

/** Evaluation depth lives on the machine's own stack, never the Java stack. */
class CekMachineRecursionTest {
  private final CekMachine machine = TestBuiltins.machine();

  private static Term le(Term a, Term b) {
    return app(b(DefaultFun.lessThanEqualsInteger), a, b);
  }

  private static Term sub(Term a, Term b) {
    return app(b(DefaultFun.subtractInteger), a, b);
  }

  private static Term add(Term a, Term b) {
    return app(b(DefaultFun.addInteger), a, b);
  }

  @Test
  void countdownInTailPosition() {
    // Z (\self n. if n <= 0 then n else self (n - 1)) 100000
    Term body = lam("self", lam("n",
        ifte(le(v(1), con(0)), v(1), app(v(2), sub(v(1), con(1))))));
    Term t = app(z(), body, con(100_000));
    var r = assertInstanceOf(EvaluationResult.Success.class, machine.evaluate(t));
    assertEquals(con(0), r.term());
    assertEquals(100_001, r.tally().calls(DefaultFun.lessThanEqualsInteger));
    assertEquals(100_000, r.tally().calls(DefaultFun.subtractInteger));
  }

  @Test
  void sumToAMillionWithAMillionPendingAdditions() {
    // Z (\self n. if n <= 0 then 0 else n + self (n - 1)) 1000000: not a tail call, so a million
    // frames are pending at the deepest point.
    Term body = lam("self", lam("n",
        ifte(le(v(1), con(0)), con(0), add(v(1), app(v(2), sub(v(1), con(1)))))));
    Term t = app(z(), body, con(1_000_000));
    var r = assertInstanceOf(EvaluationResult.Success.class, machine.evaluate(t));
    assertEquals(con(500_000_500_000L), r.term());
    assertEquals(r.spent(), r.tally().total(machine.parameters().machineCosts()));
  }

  @Test
  void pureLambdaDeepValueBuiltAndCopiedWithoutBuiltins() {
    // Church 2^17 applied to succ = \p. constr 1 [p] and zero = constr 0 [] builds a Scott
    // numeral 131072 cells deep, far deeper than Java recursion could follow; copy = Z (\self n. case n [constr 0 [], \p. constr 1 [self p]])
    // rebuilds it with a million constr frames pending; the discharged result is as deep.
    Term two = lam("f", lam("x", app(v(2), app(v(2), v(1)))));
    Term church17 = v(1);
    for (int i = 0; i < 17; i++) church17 = app(v(2), church17);
    church17 = lam("f", lam("x", church17));
    Term pow = app(church17, two); // Church m applied to n is n^m
    Term succ = lam("p", constr(1, v(1)));
    Term numeral = app(pow, succ, constr(0));
    Term copyBody = lam("self", lam("n",
        kase(v(1), constr(0), lam("p", constr(1, app(v(3), v(1)))))));
    Term t = app(z(), copyBody, numeral);
    var r = assertInstanceOf(EvaluationResult.Success.class, machine.evaluate(t));
    assertEquals(1 << 17, depth(r.term()));
    assertEquals((1 << 17) + 1, r.tally().steps(StepKind.CASE));
  }

  /** The number of constr 1 cells before the constr 0, walked without recursion. */
  private static int depth(Term t) {
    int n = 0;
    while (t instanceof Term.Constr c && c.constrTag == 1) {
      n++;
      t = c.fields[0];
    }
    assertInstanceOf(Term.Constr.class, t);
    assertEquals(0, ((Term.Constr) t).constrTag);
    return n;
  }
}
