package io.plutuscalibrate.uplc.cek;

import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.models.MachineCosts;
import io.plutuscalibrate.models.StepKind;
import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.core.Term;
import java.util.Objects;

/**
 * The CEK machine of Untyped Plutus Core with Plutus's exact budget accounting
 * ({@code UntypedPlutusCore.Evaluation.Machine.Cek.Internal}). Create one per set of
 * {@link MachineParameters} and evaluate any number of terms with it, from any number of threads:
 * the machine is immutable and each evaluation has its own state.
 *
 * <p>Note [CEK machine layout]: the machine is written for the JIT.
 * <ul>
 *   <li>The loop is one method with two phases, compute and return, each a {@code switch} on a
 *   byte tag ({@link Term#tag}, the frame kind). Rare transitions (builtins, failures, case on
 *   constants) are separate methods so that the loop stays small enough to be compiled whole.
 *   Applications of lambdas, variables and builtins, their arguments when those are value terms,
 *   and forces of variables and builtins, skip the frame round trip (Note [Fused steps] in
 *   {@link CekRun}), charging the same steps in the same order.</li>
 *   <li>The continuation is an explicit stack of frames held in parallel arrays (kind, object,
 *   environment, int) that double when full, so evaluation depth never uses the Java stack and
 *   pushing a frame allocates nothing. An application's frame is rewritten in place from "argument
 *   to compute" to "function to apply"; case and constructor frames are reused the same way.</li>
 *   <li>Environments are persistent linked cells with jump pointers (see Note [Environments with
 *   jump pointers] in {@link Env}): one allocation per application, O(log i) lookup.</li>
 *   <li>Constants are their own machine values (Note [Constants are values] in
 *   {@link CekValue}); the other values are small final classes tested with {@code instanceof}.
 *   Partial builtin applications are shared chains (Note [Partial builtin applications] in
 *   {@link VBuiltin}); the bare builtins and their forces are built once per machine.</li>
 *   <li>Everything a builtin needs per call is precomputed per {@link DefaultFun} when the
 *   machine is created ({@link BuiltinRuntime}): meaning, size measures as an array, CPU and memory
 *   models, and whether the cost is constant, in which case arguments are not sized at all.</li>
 *   <li>Steps are counted in int fields and charged in batches (Note [Cost slippage]); the tally
 *   by step kind and by builtin is kept at every settlement, so it is always on and nearly
 *   free. The settlement is kept out of the loop's compiled code (Note [Settlement out of line]
 *   in {@link CekRun}).</li>
 *   <li>Failures and running out of budget unwind the loop with a stackless exception caught
 *   here; the caller only ever sees an {@link EvaluationResult}.</li>
 * </ul>
 * On the validation scripts the machine allocates about 15 bytes per step (closures, environment
 * cells, partial applications, builtin results). Its speed is sensitive to the collector: with
 * G1's larger young generation and costlier write barriers it measured 15 to 30% slower than with
 * {@code -XX:+UseParallelGC} or {@code -XX:+UseSerialGC} and a young generation of a few
 * megabytes ({@code -Xmn8m}) that stays in cache, as GHC's nursery does (noisy measurements on a
 * shared 2-core machine; worth re-measuring on a quiet one before relying on it).
 *
 * <p>Note [Cost slippage]: as in Haskell ({@code Note [Cost slippage]} there), machine steps are
 * not charged one by one. Each step increments the counter of its kind and a total; when the
 * total reaches {@link CekRun#SLIPPAGE} (200) and when the machine returns its final value, the
 * counted steps are charged kind by kind, in the order const, var, lam, apply, delay, force,
 * builtin, constr, case, and the counters reset. The startup cost is charged first, and a
 * builtin's cost is charged as soon as it is saturated, before its meaning runs (counted steps
 * stay counted). The limit is checked after each charge. So, exactly as Haskell, a program that
 * goes over its limit only by steps is found out at the next settlement; if it fails before
 * that, the result is a failure, not out-of-budget, and the spent budget of a failure leaves out
 * the steps counted since the last settlement. (Haskell also stops at the first kind whose batch
 * overspends; so do we, and so does the tally.)
 *
 * <p>One divergence: Haskell unlifts (type-checks) a builtin's arguments before costing it and
 * charges nothing for a call whose arguments have the wrong types; the builtin table does not
 * declare argument types, so here such a call is charged (by the default size measures) before its
 * meaning reports the mismatch. Only the spent budget of that failing run differs, and under a
 * limit such a call may report out-of-budget where Haskell reports a failure.
 */
public final class CekMachine {
  private final MachineParameters parameters;
  final BuiltinRuntime[] runtimes;
  final long startupCpu;
  final long startupMem;
  /** Step costs indexed by CekRun's K_* kinds. */
  final long[] stepCpu = new long[CekRun.KINDS];
  final long[] stepMem = new long[CekRun.KINDS];

  private CekMachine(MachineParameters parameters) {
    this.parameters = parameters;
    MachineCosts costs = parameters.machineCosts();
    this.startupCpu = costs.startup().cpu();
    this.startupMem = costs.startup().mem();
    for (int k = 0; k < CekRun.KINDS; k++) {
      ExBudget b = costs.get(CekRun.STEP_KIND[k]);
      stepCpu[k] = b.cpu();
      stepMem[k] = b.mem();
    }
    DefaultFun[] funs = DefaultFun.values();
    this.runtimes = new BuiltinRuntime[funs.length];
    for (DefaultFun f : funs) {
      runtimes[f.ordinal()] = new BuiltinRuntime(
          f, parameters.builtins().getOrNull(f), parameters.builtinCosts().get(f.name()));
    }
  }

  /** A machine for the given parameters. */
  public static CekMachine create(MachineParameters parameters) {
    return new CekMachine(Objects.requireNonNull(parameters));
  }

  public MachineParameters parameters() {
    return parameters;
  }

  /** Evaluates {@code term} with no budget limit (Haskell's counting and tallying modes). */
  public EvaluationResult evaluate(Term term) {
    return evaluate(term, null);
  }

  /**
   * Evaluates {@code term}; with a {@code limit}, stops with {@link EvaluationResult.OutOfBudget}
   * once the budget charged exceeds it in CPU or memory (Haskell's restricting mode). A null limit
   * means none.
   */
  public EvaluationResult evaluate(Term term, ExBudget limit) {
    Objects.requireNonNull(term);
    CekRun run = new CekRun(this, limit);
    try {
      CekValue value = run.run(term);
      Term result = Discharge.of(value);
      return new EvaluationResult.Success(result, run.spent(), run.logs(), run.tally());
    } catch (CekRun.Halt h) {
      if (h.outOfBudget) {
        return new EvaluationResult.OutOfBudget(limit, run.spent(), run.logs(), run.tally());
      }
      return new EvaluationResult.Failure(h.getMessage(), run.spent(), run.logs(), run.tally());
    } catch (StackOverflowError e) {
      return new EvaluationResult.Failure(
          "the Java stack overflowed (a bug in the evaluator)", run.spent(), run.logs(),
          run.tally());
    }
  }

  /** Evaluates the program's term; see {@link #evaluate(Term, ExBudget)}. */
  public EvaluationResult evaluate(Program program, ExBudget limit) {
    return evaluate(program.term(), limit);
  }

  /** The cost of one step of {@code kind} (or of startup) under these parameters. */
  public ExBudget stepCost(StepKind kind) {
    return parameters.machineCosts().get(kind);
  }
}
