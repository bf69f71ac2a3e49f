package io.plutuscalibrate.uplc.cek;

import static io.plutuscalibrate.uplc.cek.T.app;
import static io.plutuscalibrate.uplc.cek.T.con;
import static io.plutuscalibrate.uplc.cek.T.kase;
import static io.plutuscalibrate.uplc.cek.T.lam;
import static io.plutuscalibrate.uplc.cek.T.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.core.Type;
import io.plutuscalibrate.uplc.core.UnitConstant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code case} on constants of built-in types, as Plutus's caseBuiltin for DefaultUni. */
class CaseOnConstantsTest {
  private final CekMachine machine = TestBuiltins.machine();

  private Term result(Term t) {
    return assertInstanceOf(EvaluationResult.Success.class, machine.evaluate(t)).term();
  }

  private void fails(Term t, String part) {
    var f = assertInstanceOf(EvaluationResult.Failure.class, machine.evaluate(t));
    assertTrue(f.reason().contains(part), f.reason());
  }

  private static final Term FALSE = con(BoolConstant.FALSE);
  private static final Term TRUE = con(BoolConstant.TRUE);

  @Test
  void bool() {
    assertEquals(con(0), result(kase(FALSE, con(0), con(1))));
    assertEquals(con(1), result(kase(TRUE, con(0), con(1))));
    assertEquals(con(0), result(kase(FALSE, con(0)))); // one branch is fine for False
    fails(kase(TRUE, con(0)), "out of bounds");
    fails(kase(FALSE, con(0), con(1), con(2)), "out of bounds");
    fails(kase(FALSE), "out of bounds");
  }

  @Test
  void unit() {
    assertEquals(con(7), result(kase(con(UnitConstant.UNIT), con(7))));
    fails(kase(con(UnitConstant.UNIT), con(7), con(8)), "out of bounds");
  }

  @Test
  void integer() {
    assertEquals(con(12), result(kase(con(2), con(10), con(11), con(12))));
    fails(kase(con(3), con(10), con(11), con(12)), "out of bounds");
    fails(kase(con(-1), con(10)), "out of bounds");
  }

  @Test
  void list() {
    ListConstant empty = ListConstant.empty(Type.INTEGER);
    ListConstant xs = ListConstant.of(Type.INTEGER, List.of(IntegerConstant.of(5), IntegerConstant.of(6)));
    // The cons branch is applied to head and tail.
    Term consBranch = lam(lam(v(2)));
    assertEquals(con(5), result(kase(con(xs), consBranch, con(0))));
    assertEquals(con(ListConstant.of(Type.INTEGER, List.of(IntegerConstant.of(6)))),
        result(kase(con(xs), lam(lam(v(1))))));
    assertEquals(con(0), result(kase(con(empty), consBranch, con(0))));
    fails(kase(con(empty), consBranch), "empty list");
    fails(kase(con(xs), consBranch, con(0), con(1)), "out of bounds");
  }

  @Test
  void pair() {
    PairConstant p = PairConstant.of(IntegerConstant.of(1), BoolConstant.TRUE);
    assertEquals(TRUE, result(kase(con(p), lam(lam(v(1))))));
    fails(kase(con(p), lam(lam(v(1))), con(0)), "out of bounds");
  }

  @Test
  void applyingBranchArgumentsChargesNoStep() {
    // case, const, lam x2 (branch and inner), var: 5 steps; the two applications are free.
    PairConstant p = PairConstant.of(IntegerConstant.of(1), IntegerConstant.of(2));
    var r = assertInstanceOf(EvaluationResult.Success.class,
        machine.evaluate(kase(con(p), lam(lam(v(2))))));
    assertEquals(ExBudget.of(100 + 5 * 16000, 100 + 5 * 100), r.spent());
  }

  @Test
  void unsupportedTypes() {
    fails(kase(con(ByteStringConstant.EMPTY), con(0)), "does not support");
  }

  @Test
  void canBeSwitchedOff() {
    CekMachine old = CekMachine.create(TestBuiltins.parameters().withCaseOnConstants(false));
    var f = assertInstanceOf(EvaluationResult.Failure.class, old.evaluate(kase(TRUE, con(0), con(1))));
    assertTrue(f.reason().contains("not allowed"), f.reason());
  }

  @Test
  void appliedBranchSeesItsEnvironment() {
    // [(lam k (case (con (list integer) [5]) (lam h (lam t [k h])))) (lam z z)] = 5
    ListConstant xs = ListConstant.of(Type.INTEGER, List.of(IntegerConstant.of(5)));
    Term t = app(lam(kase(con(xs), lam(lam(app(v(3), v(2)))))), lam(v(1)));
    assertEquals(con(5), result(t));
  }
}
