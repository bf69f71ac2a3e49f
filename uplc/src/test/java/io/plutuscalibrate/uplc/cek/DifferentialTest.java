package io.plutuscalibrate.uplc.cek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.StepKind;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.core.Type;
import io.plutuscalibrate.uplc.core.UnitConstant;
import io.plutuscalibrate.uplc.text.UplcPrinter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Law: the machine agrees with {@link ReferenceMachine} (a plain transcription of the transition
 * rules) on random terms: same outcome, same discharged result, same spent budget, same steps of
 * each kind. The terms are well scoped mostly, with some free variables, errors, ill-typed
 * applications, builtins, constructors and cases, so every transition and every failure occurs.
 */
class DifferentialTest {
  private static final DefaultFun[] FUNS = {
    DefaultFun.addInteger, DefaultFun.subtractInteger, DefaultFun.lessThanEqualsInteger,
    DefaultFun.ifThenElse, DefaultFun.chooseUnit, DefaultFun.mkCons, DefaultFun.headList,
    DefaultFun.fstPair, DefaultFun.divideInteger, DefaultFun.trace
  };

  private final MachineParameters params = MachineParameters.defaults();
  private final CekMachine machine = CekMachine.create(params);

  @Test
  void machineAgreesWithTheReferenceOnRandomTerms() {
    Random rnd = new Random(20240601);
    int compared = 0;
    int successes = 0;
    for (int i = 0; i < 20_000; i++) {
      Term t = gen(rnd, 0, 6);
      ReferenceMachine.Outcome expected = new ReferenceMachine(params, 5_000).evaluate(t);
      if (expected == null) continue; // did not finish within the cap
      compared++;
      EvaluationResult actual = machine.evaluate(t);
      String what = UplcPrinter.print(t);
      if (expected instanceof ReferenceMachine.Ok ok) {
        successes++;
        var s = assertInstanceOf(EvaluationResult.Success.class, actual, what);
        assertEquals(ok.term(), s.term(), what);
        assertEquals(ok.spent(), s.spent(), what);
        for (StepKind k : StepKind.values()) {
          assertEquals(ok.steps().get(k), s.tally().steps(k), what + " " + k);
        }
      } else {
        var f = assertInstanceOf(EvaluationResult.Failure.class, actual, what);
        assertEquals(((ReferenceMachine.Failed) expected).spent(), f.spent(), what);
      }
    }
    assertTrue(compared > 15_000, "compared " + compared);
    assertTrue(successes > 3_000, "successes " + successes);
  }

  /** Long runs cross settlements: the budget of successes and failures still agrees. */
  @Test
  void agreesAcrossSettlements() {
    Random rnd = new Random(7);
    int longRuns = 0;
    for (int i = 0; i < 3_000; i++) {
      // Repeat a random body with a Church-style loop to get hundreds of steps.
      Term body = gen(rnd, 1, 5);
      Term n = T.lam("f", T.lam("x", nest(30)));
      Term t = T.app(n, T.lam(body), T.con(1));
      ReferenceMachine.Outcome expected = new ReferenceMachine(params, 20_000).evaluate(t);
      if (expected == null) continue;
      EvaluationResult actual = machine.evaluate(t);
      if (actual.tally().totalSteps() >= CekRun.SLIPPAGE || actual instanceof EvaluationResult.Failure) longRuns++;
      if (expected instanceof ReferenceMachine.Ok ok) {
        var s = assertInstanceOf(EvaluationResult.Success.class, actual);
        assertEquals(ok.spent(), s.spent());
        assertEquals(ok.term(), s.term());
      } else {
        assertEquals(((ReferenceMachine.Failed) expected).spent(),
            assertInstanceOf(EvaluationResult.Failure.class, actual).spent());
      }
    }
    assertTrue(longRuns > 500, "long runs " + longRuns);
  }

  private static Term nest(int n) {
    Term t = T.v(1);
    for (int i = 0; i < n; i++) t = T.app(T.v(2), t);
    return t;
  }

  private static Term gen(Random r, int scope, int depth) {
    int choice = depth <= 0 ? r.nextInt(4) : r.nextInt(19);
    switch (choice) {
      case 0:
        if (scope > 0 && r.nextInt(20) != 0) return T.v(1 + r.nextInt(scope));
        return T.v(1 + scope + r.nextInt(2)); // free
      case 1:
        return constant(r);
      case 2:
        return T.b(FUNS[r.nextInt(FUNS.length)]);
      case 3:
        return r.nextInt(8) == 0 ? T.err() : T.constr(r.nextInt(3));
      case 4: case 5:
        return T.lam(gen(r, scope + 1, depth - 1));
      case 6: case 7: case 8:
        return T.app(gen(r, scope, depth - 1), gen(r, scope, depth - 1));
      case 9:
        return T.delay(gen(r, scope, depth - 1));
      case 10: case 11:
        return T.force(gen(r, scope, depth - 1));
      case 12: {
        Term[] fields = new Term[r.nextInt(3)];
        for (int i = 0; i < fields.length; i++) fields[i] = gen(r, scope, depth - 1);
        return T.constr(r.nextInt(3), fields);
      }
      case 13: case 14: {
        Term[] branches = new Term[r.nextInt(4)];
        for (int i = 0; i < branches.length; i++) branches[i] = gen(r, scope, depth - 1);
        return T.kase(gen(r, scope, depth - 1), branches);
      }
      case 16:
        // A bound function applied: [(lam f [f a]) (lam x b)]
        return T.app(T.lam(T.app(T.v(1), gen(r, scope + 1, depth - 1))), T.lam(gen(r, scope + 1, depth - 1)));
      case 17:
        // A bound delay forced: [(lam d (force d)) (delay b)]
        return T.app(T.lam(T.force(T.v(1))), T.delay(gen(r, scope, depth - 1)));
      default: {
        // A saturated builtin call, the common shape in real scripts.
        return T.app(T.b(DefaultFun.addInteger), gen(r, scope, depth - 1), gen(r, scope, depth - 1));
      }
    }
  }

  private static Term constant(Random r) {
    switch (r.nextInt(6)) {
      case 0: return T.con(BoolConstant.of(r.nextBoolean()));
      case 1: return T.con(UnitConstant.UNIT);
      case 2: return T.con(ListConstant.of(Type.INTEGER,
          r.nextBoolean() ? List.of() : List.of(IntegerConstant.of(r.nextInt(3)))));
      case 3: return T.con(PairConstant.of(IntegerConstant.of(1), BoolConstant.TRUE));
      default: return T.con(r.nextInt(5) - 1);
    }
  }
}
