package io.plutuscalibrate.uplc.cek;

import static io.plutuscalibrate.uplc.cek.T.app;
import static io.plutuscalibrate.uplc.cek.T.b;
import static io.plutuscalibrate.uplc.cek.T.con;
import static io.plutuscalibrate.uplc.cek.T.err;
import static io.plutuscalibrate.uplc.cek.T.lam;
import static io.plutuscalibrate.uplc.cek.T.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.models.StepKind;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.Term;
import org.junit.jupiter.api.Test;

/** The restricting mode and Note [Cost slippage]. */
class CekMachineBudgetTest {
  private final CekMachine machine = TestBuiltins.machine();

  /** {@code [(lam x x) ... ]} nested: n applications of the identity, 3n + 1 steps. */
  private static Term identities(int n) {
    Term t = con(1);
    for (int i = 0; i < n; i++) t = app(lam(v(1)), t);
    return t;
  }

  /** The omega combinator: loops for ever, 4 steps per turn after the first. */
  private static Term omega() {
    Term w = lam(app(v(1), v(1)));
    return app(w, w);
  }

  @Test
  void exactLimitIsEnoughAndOneLessIsNot() {
    Term t = app(lam(v(1)), con(7)); // 4 steps
    ExBudget exact = ExBudget.of(100 + 4 * 16000, 100 + 4 * 100);
    var ok = assertInstanceOf(EvaluationResult.Success.class, machine.evaluate(t, exact));
    assertEquals(exact, ok.spent());
    var over = assertInstanceOf(EvaluationResult.OutOfBudget.class,
        machine.evaluate(t, ExBudget.of(exact.cpu() - 1, exact.mem())));
    assertEquals(ExBudget.of(exact.cpu() - 1, exact.mem()), over.limit());
    assertEquals(exact, over.spent());
    assertInstanceOf(EvaluationResult.OutOfBudget.class,
        machine.evaluate(t, ExBudget.of(exact.cpu(), exact.mem() - 1)));
  }

  @Test
  void limitBelowStartup() {
    var r = assertInstanceOf(EvaluationResult.OutOfBudget.class,
        machine.evaluate(con(1), ExBudget.of(99, 1000)));
    assertEquals(ExBudget.of(100, 100), r.spent());
    assertEquals(0, r.tally().totalSteps());
  }

  @Test
  void nonTerminatingProgramRunsOutOfBudget() {
    ExBudget limit = ExBudget.of(10_000_000_000L, 14_000_000);
    var r = assertInstanceOf(EvaluationResult.OutOfBudget.class, machine.evaluate(omega(), limit));
    assertTrue(r.spent().mem() > limit.mem());
    // Found out at a settlement: the steps charged are a whole number of batches.
    assertEquals(0, r.tally().totalSteps() % CekRun.SLIPPAGE);
    assertEquals(r.spent(), r.tally().total(machine.parameters().machineCosts()));
  }

  @Test
  void stepsAreChargedInBatchesOfTheSlippage() {
    // 3 * 100 + 1 = 301 steps: one batch of 200 settles mid-run, the rest at the end.
    Term t = identities(100);
    var r = assertInstanceOf(EvaluationResult.Success.class, machine.evaluate(t));
    assertEquals(ExBudget.of(100 + 301 * 16000L, 100 + 301 * 100L), r.spent());

    // With a limit that the first batch of 200 steps overspends, the first settlement stops it.
    ExBudget limit = ExBudget.of(100 + 199 * 16000L, 1_000_000);
    var oob = assertInstanceOf(EvaluationResult.OutOfBudget.class, machine.evaluate(t, limit));
    assertEquals(ExBudget.of(100 + 200 * 16000L, 100 + 200 * 100L), oob.spent());
  }

  @Test
  void failureBeforeTheNextSettlementIsAFailureNotOutOfBudget() {
    // 3 steps, then (error). The limit only covers startup, but the steps are never settled:
    // Haskell reports evaluation failure here, and so must we.
    Term t = app(lam(err()), con(1));
    var f = assertInstanceOf(EvaluationResult.Failure.class,
        machine.evaluate(t, ExBudget.of(100, 100)));
    assertEquals(ExBudget.of(100, 100), f.spent());
  }

  @Test
  void builtinCostIsChargedAtOnce() {
    // 5 pending steps are not settled, but addInteger's 101208 is charged when it saturates:
    // a limit of startup + 101207 runs out there, before the end.
    Term t = app(lam(err()), app(b(DefaultFun.addInteger), con(2), con(3)));
    var r = assertInstanceOf(EvaluationResult.OutOfBudget.class,
        machine.evaluate(t, ExBudget.of(100 + 101207, 1000)));
    assertEquals(ExBudget.of(100 + 101208, 102), r.spent());
    // With enough for the builtin, the (error) after it is reached.
    assertInstanceOf(EvaluationResult.Failure.class,
        machine.evaluate(t, ExBudget.of(100 + 101208, 1000)));
  }

  @Test
  void batchesAreSpentKindByKindInHaskellOrder() {
    // [(lam x x) 1] with memory costs const 20, var 10, lam 30, apply 1000: at the end the batch
    // is spent const, var, lam, apply (Haskell's StepKind order). A memory limit of
    // startup + 30 lets const and var through and stops at lam, before apply is charged.
    var costs = TestBuiltins.machineCostsE()
        .with(StepKind.CONST, ExBudget.of(16000, 20))
        .with(StepKind.VAR, ExBudget.of(16000, 10))
        .with(StepKind.LAM, ExBudget.of(16000, 30))
        .with(StepKind.APPLY, ExBudget.of(16000, 1000));
    CekMachine m = CekMachine.create(TestBuiltins.parameters().withMachineCosts(costs));
    Term t = app(lam(v(1)), con(7));
    var r = assertInstanceOf(EvaluationResult.OutOfBudget.class,
        m.evaluate(t, ExBudget.of(1_000_000, 100 + 30)));
    assertEquals(ExBudget.of(100 + 3 * 16000, 100 + 20 + 10 + 30), r.spent());
    assertEquals(1, r.tally().steps(StepKind.CONST));
    assertEquals(1, r.tally().steps(StepKind.VAR));
    assertEquals(1, r.tally().steps(StepKind.LAM));
    assertEquals(0, r.tally().steps(StepKind.APPLY));
    assertEquals(r.spent(), r.tally().total(costs));
  }

  @Test
  void countingModeHasNoLimit() {
    var r = assertInstanceOf(EvaluationResult.Success.class, machine.evaluate(identities(1000), null));
    assertEquals(3001, r.tally().totalSteps());
    assertEquals(ExBudget.of(100 + 3001 * 16000L, 100 + 3001 * 100L), r.spent());
  }
}
