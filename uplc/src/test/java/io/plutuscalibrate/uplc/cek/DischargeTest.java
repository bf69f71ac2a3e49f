package io.plutuscalibrate.uplc.cek;

import static io.plutuscalibrate.uplc.cek.T.app;
import static io.plutuscalibrate.uplc.cek.T.b;
import static io.plutuscalibrate.uplc.cek.T.con;
import static io.plutuscalibrate.uplc.cek.T.constr;
import static io.plutuscalibrate.uplc.cek.T.delay;
import static io.plutuscalibrate.uplc.cek.T.force;
import static io.plutuscalibrate.uplc.cek.T.kase;
import static io.plutuscalibrate.uplc.cek.T.lam;
import static io.plutuscalibrate.uplc.cek.T.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.StringConstant;
import io.plutuscalibrate.uplc.core.Term;
import org.junit.jupiter.api.Test;

/** Results are discharged as Plutus's dischargeCekValue does. */
class DischargeTest {
  private final CekMachine machine = TestBuiltins.machine();

  private Term result(Term t) {
    return assertInstanceOf(EvaluationResult.Success.class, machine.evaluate(t)).term();
  }

  @Test
  void closureBodySubstitutesItsEnvironment() {
    // [(lam x (lam y [x y])) 5] = (lam y [(con 5) y]): x is replaced, y stays bound.
    assertEquals(lam(app(con(5), v(1))), result(app(lam(lam(app(v(2), v(1)))), con(5))));
  }

  @Test
  void nestedClosuresAreDischargedRecursively() {
    // [(lam f (delay f)) (lam z z)] = (delay (lam z z))
    assertEquals(delay(lam(v(1))), result(app(lam(delay(v(1))), lam(v(1)))));
    // [(lam a (lam b (lam c [a b c]))) 1 2] = (lam c [1 2 c])
    Term t = app(lam(lam(lam(app(v(3), v(2), v(1))))), con(1), con(2));
    assertEquals(lam(app(con(1), con(2), v(1))), result(t));
  }

  @Test
  void variablesBoundUnderInnerBindersAreShifted() {
    // [(lam x (lam y (lam z [x z]))) 7]: under two binders x is index 3.
    Term t = app(lam(lam(lam(app(v(3), v(1))))), con(7));
    assertEquals(lam(lam(app(con(7), v(1)))), result(t));
  }

  @Test
  void closureInsideAClosure() {
    // [(lam g (lam y [g y])) [(lam k (lam w k)) 9]] = (lam y [(lam w 9) y])
    Term g = app(lam(lam(v(2))), con(9));
    Term t = app(lam(lam(app(v(2), v(1)))), g);
    assertEquals(lam(app(lam(con(9)), v(1))), result(t));
  }

  @Test
  void partialBuiltinApplicationsKeepTheirForcesAndArguments() {
    assertEquals(app(b(DefaultFun.addInteger), con(1)), result(app(b(DefaultFun.addInteger), con(1))));
    assertEquals(force(b(DefaultFun.ifThenElse)), result(force(b(DefaultFun.ifThenElse))));
    Term tr = app(force(b(DefaultFun.trace)), con(StringConstant.of("m")));
    assertEquals(tr, result(tr));
    // The argument is discharged too.
    Term t = app(lam(app(b(DefaultFun.addInteger), lam(v(2)))), con(3));
    assertEquals(app(b(DefaultFun.addInteger), lam(con(3))), result(t));
  }

  @Test
  void constructorValuesAndCaseInsideClosures() {
    Term t = app(lam(constr(2, v(1), lam(kase(v(2), v(1))))), con(4));
    assertEquals(constr(2, con(4), lam(kase(con(4), v(1)))), result(t));
  }

  @Test
  void theNameOfALambdaIsKeptForPrinting() {
    Term r = result(app(lam("outer", lam("inner", v(2))), con(1)));
    assertEquals("inner", ((Term.Lam) r).name);
  }
}
