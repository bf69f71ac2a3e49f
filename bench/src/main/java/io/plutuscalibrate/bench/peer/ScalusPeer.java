package io.plutuscalibrate.bench.peer;

import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.flat.Flat;
import java.util.Objects;
import scala.Tuple3;
import scalus.builtin.JVMPlatformSpecific$;
import scalus.ledger.api.BuiltinSemanticsVariant;
import scalus.ledger.api.BuiltinSemanticsVariant$;
import scalus.uplc.DeBruijnedProgram;
import scalus.uplc.ProgramFlatCodec;
import scalus.uplc.Term;
import scalus.uplc.eval.BuiltinCostModel;
import scalus.uplc.eval.CekMachine;
import scalus.uplc.eval.CekMachineCosts;
import scalus.uplc.eval.MachineParams;
import scalus.uplc.eval.NoLogger$;
import scalus.uplc.eval.RestrictingBudgetSpender;

/**
 * Scalus 0.8.2's CEK machine, the peer our machine is measured against, driven through its own
 * API: {@code ProgramFlatCodec.decodeFlat} then {@code CekMachine.evaluateTerm}.
 *
 * <p>Note [Measuring the peer at its best]: the peer is set up as Scalus's own benchmark
 * ({@code CekJVMBenchmark}) sets it up: one {@code CekMachine} built once (building one prepares
 * every builtin's runtime) with a restricting spender whose limit is never reached, reset before
 * each run, rather than {@code PlutusVM.evaluateScriptCounting}, which builds a machine per
 * script. Scalus 0.8.2 knows semantics variants A, B and C only; the validation scripts are
 * Plutus V1/V2 programs (version 1.0.0), and the peer runs them under variant C with the cost
 * models bundled in Scalus for C, which our machine runs with its own official files of C so
 * that both charge the same budget (checked by {@code ScalusPeerTest}).
 *
 * <p>Not thread-safe: one instance per benchmark thread.
 */
public final class ScalusPeer {
  private static final ExBudget UNLIMITED = ExBudget.of(Long.MAX_VALUE / 2, Long.MAX_VALUE / 2);

  private final RestrictingBudgetSpender spender;
  private final CekMachine machine;

  private ScalusPeer(MachineParams params) {
    this.spender = new RestrictingBudgetSpender(
        scalus.uplc.eval.ExBudget.fromCpuAndMemory(UNLIMITED.cpu(), UNLIMITED.mem()));
    this.machine = new CekMachine(params, spender, NoLogger$.MODULE$, JVMPlatformSpecific$.MODULE$);
  }

  /** The peer under semantics variant B or C with Scalus's bundled cost models of that variant. */
  public static ScalusPeer forVariant(SemanticsVariant variant) {
    BuiltinSemanticsVariant v;
    MachineParams params;
    switch (Objects.requireNonNull(variant)) {
      case B -> {
        v = BuiltinSemanticsVariant$.B;
        params = MachineParams.apply(CekMachineCosts.defaultMachineCostsB(),
            BuiltinCostModel.defaultCostModelB(), v);
      }
      case C -> {
        v = BuiltinSemanticsVariant$.C;
        params = MachineParams.apply(CekMachineCosts.defaultMachineCostsC(),
            BuiltinCostModel.defaultCostModelC(), v);
      }
      default -> throw new IllegalArgumentException(
          "the peer (Scalus 0.8.2) is set up for variants B and C, not " + variant);
    }
    return new ScalusPeer(params);
  }

  /** A flat-encoded program's term, decoded by Scalus. */
  public static Term decode(byte[] flat) {
    return ProgramFlatCodec.decodeFlat(flat).term();
  }

  /** Evaluates a decoded term; throws Scalus's exception when evaluation fails. */
  public Term evaluate(Term term) {
    spender.reset();
    return machine.evaluateTerm(term);
  }

  /** The budget the last {@link #evaluate} spent. */
  public ExBudget spent() {
    scalus.uplc.eval.ExBudget b = spender.getSpentBudget();
    return ExBudget.of(b.cpu(), b.memory());
  }

  /** Decodes, then evaluates: the peer's half of a decode + evaluate benchmark. */
  public Term decodeAndEvaluate(byte[] flat) {
    return evaluate(decode(flat));
  }

  /** A term of Scalus's as ours, through Scalus's flat encoder and our decoder. */
  public static io.plutuscalibrate.uplc.core.Term toOurs(Term term) {
    byte[] flat = ProgramFlatCodec.encodeFlat(new DeBruijnedProgram(new Tuple3<>(1, 0, 0), term));
    Program p = Flat.decode(flat).orElseThrow();
    return p.term();
  }
}
