package io.plutuscalibrate.bench;

import io.plutuscalibrate.bench.peer.ScalusPeer;
import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.cek.CekMachine;
import io.plutuscalibrate.uplc.cek.EvaluationResult;
import io.plutuscalibrate.uplc.cek.MachineParameters;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.flat.Flat;

/**
 * One machine as the script benchmarks drive it: decode a flat script and evaluate it, or
 * evaluate a term decoded beforehand. A fork loads only the implementation it measures, so the
 * calls through this interface stay monomorphic.
 */
interface ScriptEvaluator {

  /** Decodes and evaluates the flat-encoded script; returns what the machine returned. */
  Object decodeAndEvaluate(byte[] flat);

  /** Evaluates the script given to {@link #prepare} (decoded once, there). */
  Object evaluate();

  /** Decodes {@code flat} for {@link #evaluate}; returns the budget of one evaluation. */
  ExBudget prepare(byte[] flat);

  /** Decodes {@code flat} only. */
  Object prepareOnly(byte[] flat);

  /** The evaluator named {@code vm}: {@code ours}, {@code ours-E} or {@code scalus}. */
  static ScriptEvaluator named(String vm) {
    return switch (vm) {
      case "ours" -> new Ours(SemanticsVariant.C);
      case "ours-E" -> new Ours(SemanticsVariant.E);
      case "scalus" -> new Scalus(SemanticsVariant.C);
      default -> throw new IllegalArgumentException(
          "vm must be ours (variant C, as the peer), ours-E (the default node) or scalus; got " + vm);
    };
  }

  /** Our machine; see Note [Measuring the peer at its best] for why variant C by default. */
  final class Ours implements ScriptEvaluator {
    private final CekMachine machine;
    private Term term;

    Ours(SemanticsVariant variant) {
      this.machine = CekMachine.create(MachineParameters.forVariant(variant));
    }

    @Override
    public Object decodeAndEvaluate(byte[] flat) {
      return machine.evaluate(Flat.decode(flat).orElseThrow().term());
    }

    @Override
    public Object evaluate() {
      return machine.evaluate(term);
    }

    @Override
    public ExBudget prepare(byte[] flat) {
      term = Flat.decode(flat).orElseThrow().term();
      EvaluationResult r = machine.evaluate(term);
      if (!(r instanceof EvaluationResult.Success)) {
        throw new IllegalStateException("the script does not evaluate: " + r);
      }
      return r.spent();
    }

    @Override
    public Object prepareOnly(byte[] flat) {
      return Flat.decode(flat).orElseThrow().term();
    }
  }

  /** Scalus's machine, set up as Note [Measuring the peer at its best] says. */
  final class Scalus implements ScriptEvaluator {
    private final ScalusPeer peer;
    private scalus.uplc.Term term;

    Scalus(SemanticsVariant variant) {
      this.peer = ScalusPeer.forVariant(variant);
    }

    @Override
    public Object decodeAndEvaluate(byte[] flat) {
      return peer.decodeAndEvaluate(flat);
    }

    @Override
    public Object evaluate() {
      return peer.evaluate(term);
    }

    @Override
    public ExBudget prepare(byte[] flat) {
      term = ScalusPeer.decode(flat);
      peer.evaluate(term);
      return peer.spent();
    }

    @Override
    public Object prepareOnly(byte[] flat) {
      return ScalusPeer.decode(flat);
    }
  }
}
