package io.plutuscalibrate.uplc.cek;

import static io.plutuscalibrate.uplc.cek.T.app;
import static io.plutuscalibrate.uplc.cek.T.b;
import static io.plutuscalibrate.uplc.cek.T.con;
import static io.plutuscalibrate.uplc.cek.T.constr;
import static io.plutuscalibrate.uplc.cek.T.delay;
import static io.plutuscalibrate.uplc.cek.T.err;
import static io.plutuscalibrate.uplc.cek.T.force;
import static io.plutuscalibrate.uplc.cek.T.kase;
import static io.plutuscalibrate.uplc.cek.T.lam;
import static io.plutuscalibrate.uplc.cek.T.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.StringConstant;
import io.plutuscalibrate.uplc.core.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every way evaluation fails is a {@link EvaluationResult.Failure} with a reason, never a throw. */
class CekMachineFailuresTest {
  private final CekMachine machine = TestBuiltins.machine();

  private EvaluationResult.Failure failure(Term t, String reasonPart) {
    EvaluationResult r = machine.evaluate(t);
    var f = assertInstanceOf(EvaluationResult.Failure.class, r, () -> "expected a failure: " + r);
    assertTrue(f.reason().contains(reasonPart), () -> "reason '" + f.reason() + "' lacks '" + reasonPart + "'");
    return f;
  }

  @Test
  void errorTerm() {
    failure(err(), "(error)");
  }

  @Test
  void errorTermChargesNoStep() {
    // Haskell charges no step for (error), and a failure settles no pending step: only startup.
    var f = failure(app(lam(err()), con(1)), "(error)");
    assertEquals(ExBudget.of(100, 100), f.spent());
  }

  @Test
  void applyingANonFunction() {
    failure(app(con(1), con(2)), "not a function");
    failure(app(delay(con(1)), con(2)), "not a function");
    failure(app(constr(0), con(2)), "not a function");
  }

  @Test
  void forcingANonDelay() {
    failure(force(con(1)), "not a delay");
    failure(force(lam(v(1))), "not a delay");
    failure(force(constr(0)), "not a delay");
  }

  @Test
  void forcingABuiltinThatExpectsAnArgument() {
    failure(force(b(DefaultFun.addInteger)), "expects a term argument");
    failure(force(app(force(b(DefaultFun.trace)), con(StringConstant.of("x")))), "expects a term argument");
  }

  @Test
  void applyingABuiltinThatExpectsAForce() {
    failure(app(b(DefaultFun.ifThenElse), con(BoolConstant.TRUE)), "expects a force");
  }

  @Test
  void caseOnANonConstructor() {
    failure(kase(lam(v(1)), lam(v(1)), lam(v(1))), "not a constructor");
    failure(kase(delay(con(1)), con(1)), "not a constructor");
  }

  @Test
  void constructorTagWithoutBranch() {
    failure(kase(constr(2), con(1), con(2)), "tag 2 has no branch");
    failure(kase(constr(0)), "tag 0 has no branch");
    // Word64 tags above Long.MAX_VALUE are negative longs: still out of range.
    failure(kase(constr(-1L), con(1)), "tag 18446744073709551615 has no branch");
  }

  @Test
  void branchOfTheWrongArity() {
    // As conformance case-06: the branch is a constant, applied to the field.
    failure(kase(constr(0, con(0)), con(1), lam(con(2))), "not a function");
  }

  @Test
  void freeVariable() {
    failure(v(1), "free variable");
    failure(app(lam(v(2)), con(1)), "free variable");
    failure(app(lam(lam(v(3))), con(1), con(2)), "index 3");
    failure(v(0), "free variable");
    // As the function of an application or the body of a force (see Note [Fused steps]).
    failure(app(v(1), con(1)), "free variable");
    failure(force(v(1)), "free variable");
    failure(app(lam(app(v(2), con(1))), con(0)), "index 2");
  }

  @Test
  void failingBuiltin() {
    var f = failure(app(b(DefaultFun.divideInteger), con(1), con(0)), "division by zero");
    assertTrue(f.reason().contains("divideInteger"));
    // The builtin's cost is charged before it runs; its 5 steps are still pending (fewer than
    // the slippage) and a failure does not settle them: startup and the builtin only.
    assertEquals(1, f.tally().calls(DefaultFun.divideInteger));
    assertEquals(ExBudget.of(100, 100).plus(f.tally().builtinCost(DefaultFun.divideInteger)), f.spent());
    assertEquals(0, f.tally().totalSteps());
  }

  @Test
  void builtinGivenAnArgumentOfTheWrongType() {
    failure(app(b(DefaultFun.addInteger), con(1), con(BoolConstant.TRUE)), "type mismatch");
  }

  @Test
  void unimplementedBuiltinFailsWhenSaturatedAndSaysWhich() {
    var f = failure(app(b(TestBuiltins.UNIMPLEMENTED), con(1)), "sha2_256");
    assertTrue(f.reason().contains("not implemented"));
  }

  @Test
  void unimplementedBuiltinIsFineUntilSaturated() {
    // A partial application of an unimplemented builtin is a value like any other.
    Term t = b(DefaultFun.verifyEd25519Signature);
    Term partial = app(t, con(1));
    var r = assertInstanceOf(EvaluationResult.Success.class, machine.evaluate(partial));
    assertEquals(partial, r.term());
  }

  @Test
  void logsBeforeAFailureAreKept() {
    Term t = app(force(b(DefaultFun.trace)), con(StringConstant.of("before")), err());
    // trace's second argument is evaluated first (call by value): the error comes before trace.
    var f = failure(t, "(error)");
    assertEquals(List.of(), f.logs());
    Term t2 = app(lam(err()), app(force(b(DefaultFun.trace)), con(StringConstant.of("before")), con(1)));
    assertEquals(List.of("before"), failure(t2, "(error)").logs());
  }
}
