package io.plutuscalibrate.measurements.workload;

import io.plutuscalibrate.uplc.builtins.HarnessBuiltins;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.core.UnitConstant;
import io.plutuscalibrate.uplc.core.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The call-overhead points of budgeting-bench's Benchmarks/Nops.hs: {@code UnitTerm/1}, the
 * program {@code (con unit ())} (about the least work the machine can do), and
 * {@code Nop1o/1} .. {@code Nop6o/1/1/1/1/1/1}, a no-op of each arity applied to one-word
 * integers. models.R subtracts the time of the no-op of a builtin's arity from each of the
 * builtin's times; of the official variants (b, i, c, o: Bool, unlifted Integer, SomeConstant,
 * Opaque arguments) it reads only the Opaque ones, which are the ones made here. These points
 * must be evaluated with {@link HarnessBuiltins#table} and {@link HarnessBuiltins#withCosts}.
 */
final class OverheadWorkloads {
  private OverheadWorkloads() {}

  static final String UNIT_TERM = "UnitTerm";

  static List<WorkloadPoint> all(long seed) {
    List<WorkloadPoint> out = new ArrayList<>();
    out.add(WorkloadPoint.ofProgram(WorkloadKind.OVERHEAD, UNIT_TERM + "/1", UNIT_TERM, List.of(1L),
        () -> new Program(Version.V1_1_0, new Term.Const(UnitConstant.UNIT))));
    for (DefaultFun nop : HarnessBuiltins.NOPS) {
      int arity = nop.arity();
      long pointSeed = Seeds.derive(seed, BenchmarkNames.group(nop));
      List<Long> sizes = Collections.nCopies(arity, 1L);
      out.add(WorkloadPoint.ofCall(WorkloadKind.OVERHEAD,
          BenchmarkNames.name(BenchmarkNames.group(nop), sizes), nop, sizes, () -> {
            SplittableRandom rng = new SplittableRandom(pointSeed);
            List<Constant> args = new ArrayList<>(arity);
            for (int i = 0; i < arity; i++) args.add(Integers.constant(rng, 1));
            return new BuiltinCall(nop, args);
          }));
    }
    return out;
  }
}
