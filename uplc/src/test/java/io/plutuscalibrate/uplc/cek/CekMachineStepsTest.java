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

import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.models.StepKind;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.StringConstant;
import io.plutuscalibrate.uplc.core.Term;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every step kind and its exact budget: startup 100/100 plus 16000/100 per step
 * (cekMachineCostsE.json), plus the builtins' costs from builtinCostModelE.json, all computed by
 * hand in the comments.
 */
class CekMachineStepsTest {
  private final CekMachine machine = TestBuiltins.machine();

  /** Startup plus {@code steps} steps plus the given builtin cost. */
  private static ExBudget budget(int steps, long builtinCpu, long builtinMem) {
    return ExBudget.of(100 + 16000L * steps + builtinCpu, 100 + 100L * steps + builtinMem);
  }

  private EvaluationResult.Success success(Term t) {
    return assertInstanceOf(EvaluationResult.Success.class, machine.evaluate(t));
  }

  private static void assertSteps(EvaluationResult r, Map<StepKind, Integer> expected) {
    for (StepKind k : StepKind.values()) {
      if (k == StepKind.STARTUP) {
        assertEquals(1, r.tally().steps(k), "startup");
      } else {
        assertEquals((long) expected.getOrDefault(k, 0), r.tally().steps(k), k.toString());
      }
    }
  }

  @Test
  void constantIsOneConstStep() {
    var r = success(con(42));
    assertEquals(con(42), r.term());
    assertEquals(budget(1, 0, 0), r.spent());
    assertSteps(r, Map.of(StepKind.CONST, 1));
  }

  @Test
  void lambdaIsOneLamStep() {
    var r = success(lam(v(1)));
    assertEquals(lam(v(1)), r.term());
    assertEquals(budget(1, 0, 0), r.spent());
    assertSteps(r, Map.of(StepKind.LAM, 1));
  }

  @Test
  void delayIsOneDelayStepAndDoesNotRunItsBody() {
    var r = success(delay(err()));
    assertEquals(delay(err()), r.term());
    assertEquals(budget(1, 0, 0), r.spent());
    assertSteps(r, Map.of(StepKind.DELAY, 1));
  }

  @Test
  void applicationOfLambda() {
    // apply, lam, const, var
    var r = success(app(lam(v(1)), con(7)));
    assertEquals(con(7), r.term());
    assertEquals(budget(4, 0, 0), r.spent());
    assertSteps(r, Map.of(StepKind.APPLY, 1, StepKind.LAM, 1, StepKind.CONST, 1, StepKind.VAR, 1));
  }

  @Test
  void forceOfDelay() {
    // force, delay, const
    var r = success(force(delay(con(1))));
    assertEquals(con(1), r.term());
    assertEquals(budget(3, 0, 0), r.spent());
    assertSteps(r, Map.of(StepKind.FORCE, 1, StepKind.DELAY, 1, StepKind.CONST, 1));
  }

  @Test
  void bareBuiltinIsOneBuiltinStep() {
    var r = success(b(DefaultFun.addInteger));
    assertEquals(b(DefaultFun.addInteger), r.term());
    assertEquals(budget(1, 0, 0), r.spent());
    assertSteps(r, Map.of(StepKind.BUILTIN, 1));
  }

  @Test
  void saturatedBuiltinChargesItsCostingFunction() {
    // apply x2, builtin, const x2; addInteger on sizes (1, 1): cpu 100788 + 420 * max(1, 1),
    // memory 1 + 1 * 1.
    var r = success(app(b(DefaultFun.addInteger), con(2), con(3)));
    assertEquals(con(5), r.term());
    assertEquals(budget(5, 101208, 2), r.spent());
    assertEquals(1, r.tally().calls(DefaultFun.addInteger));
    assertEquals(ExBudget.of(101208, 2), r.tally().builtinCost(DefaultFun.addInteger));
    assertEquals(Map.of(DefaultFun.addInteger, new StepTally.BuiltinTally(1, ExBudget.of(101208, 2))),
        r.tally().builtins());
  }

  @Test
  void builtinCostUsesArgumentSizes() {
    // 2^64 takes two words: addInteger on sizes (2, 1) costs 100788 + 420 * 2 and 1 + 2.
    Term big = T.con(IntegerConstant.of(BigInteger.ONE.shiftLeft(64)));
    var r = success(app(b(DefaultFun.addInteger), big, con(1)));
    assertEquals(budget(5, 100788 + 840, 3), r.spent());
  }

  @Test
  void polymorphicBuiltinTakesForcesThenArguments() {
    // force x2 (the outer lazy-if force and ifThenElse's force), apply x3, builtin, const x1 (the
    // condition), delay x2, then the chosen delay's body: const. ifThenElse is constant: 76049/1.
    Term t = T.ifte(con(BoolConstant.TRUE), con(1), con(2));
    var r = success(t);
    assertEquals(con(1), r.term());
    assertEquals(budget(10, 76049, 1), r.spent());
    assertSteps(r, Map.of(StepKind.FORCE, 2, StepKind.APPLY, 3, StepKind.BUILTIN, 1,
        StepKind.CONST, 2, StepKind.DELAY, 2));
  }

  @Test
  void constrEvaluatesFieldsInOrder() {
    // constr, const x2
    var r = success(constr(3, con(1), app(lam(v(1)), con(2))));
    assertEquals(constr(3, con(1), con(2)), r.term());
    assertEquals(budget(6, 0, 0), r.spent());
    assertSteps(r, Map.of(StepKind.CONSTR, 1, StepKind.CONST, 2, StepKind.APPLY, 1,
        StepKind.LAM, 1, StepKind.VAR, 1));
  }

  @Test
  void emptyConstrIsOneStep() {
    var r = success(constr(0));
    assertEquals(constr(0), r.term());
    assertEquals(budget(1, 0, 0), r.spent());
  }

  @Test
  void caseAppliesTheBranchToTheFieldsWithoutApplySteps() {
    // As conformance case-04: case, constr, const x2, lam x2 (the branch, then its inner lambda),
    // apply x2, builtin, var x2 = 11 steps, plus subtractInteger (1, 1): 100788 + 420 and 2.
    Term t = kase(constr(1, con(3), con(2)),
        lam(lam(app(b(DefaultFun.addInteger), v(2), v(1)))),
        lam(lam(app(b(DefaultFun.subtractInteger), v(2), v(1)))));
    var r = success(t);
    assertEquals(con(1), r.term());
    assertEquals(ExBudget.of(277308, 1202), r.spent());
    assertSteps(r, Map.of(StepKind.CASE, 1, StepKind.CONSTR, 1, StepKind.CONST, 2,
        StepKind.LAM, 2, StepKind.APPLY, 2, StepKind.BUILTIN, 1, StepKind.VAR, 2));
  }

  @Test
  void caseOfNullaryConstructor() {
    // As conformance case-08: case, constr, const = 48100 / 400.
    var r = success(kase(constr(0), con(1), con(2)));
    assertEquals(con(1), r.term());
    assertEquals(ExBudget.of(48100, 400), r.spent());
  }

  @Test
  void traceLogsItsMessage() {
    // [(force trace) "hi" 1]: force, apply x2, builtin, const x2 + trace 59498/32.
    Term t = app(force(b(DefaultFun.trace)), con(StringConstant.of("hi")), con(1));
    var r = success(t);
    assertEquals(con(1), r.term());
    assertEquals(List.of("hi"), r.logs());
    assertEquals(budget(6, 59498, 32), r.spent());
  }

  @Test
  void tallyAddsUpToTheSpentBudget() {
    Term t = app(force(b(DefaultFun.trace)), con(StringConstant.of("hi")),
        app(b(DefaultFun.addInteger), con(2), con(3)));
    var r = success(t);
    assertEquals(r.spent(), r.tally().total(machine.parameters().machineCosts()));
  }
}
