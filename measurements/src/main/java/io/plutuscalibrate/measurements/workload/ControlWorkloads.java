package io.plutuscalibrate.measurements.workload;

import static io.plutuscalibrate.measurements.workload.Cases.concat;
import static io.plutuscalibrate.measurements.workload.Cases.cross;
import static io.plutuscalibrate.measurements.workload.Cases.eachInt;
import static io.plutuscalibrate.measurements.workload.Cases.ints;
import static io.plutuscalibrate.measurements.workload.Cases.spread;
import static io.plutuscalibrate.uplc.builtins.SizeMeasure.DEFAULT;

import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.UnitConstant;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The polymorphic control builtins (ifThenElse, chooseUnit, trace) and the pair projections,
 * after budgeting-bench's Bool.hs, Unit.hs, Tracing.hs and Pairs.hs. All have constant costs;
 * the arguments vary in size only to show that the time does not.
 */
final class ControlWorkloads {
  private ControlWorkloads() {}

  static List<BuiltinWorkload> all() {
    return List.of(
        // Named by the two branches only, as officially; the true and false points use different
        // branch sizes so that no two share a name.
        BuiltinWorkload.of(DefaultFun.ifThenElse).namedAt(1, DEFAULT).namedAt(2, DEFAULT)
            .quick(concat(cross(ints(100), ints(1000), ifThenElse(true)),
                cross(ints(10000), ints(500), ifThenElse(true)),
                cross(ints(1000), ints(100), ifThenElse(false)),
                cross(ints(500), ints(10000), ifThenElse(false))))
            .standard(concat(cross(ints(100, 10000), ints(500, 20000), ifThenElse(true)),
                cross(ints(500, 20000), ints(100, 10000), ifThenElse(false))))
            .build(),
        BuiltinWorkload.of(DefaultFun.chooseUnit).named(DEFAULT, DEFAULT)
            .quick(concat(eachInt(ints(100, 2500), ControlWorkloads::unitAndInteger),
                eachInt(ints(5100), ControlWorkloads::unitAndBytes)))
            .standard(concat(eachInt(spread(100, 5000, 5), ControlWorkloads::unitAndInteger),
                eachInt(spread(5100, 10000, 5), ControlWorkloads::unitAndBytes)))
            .build(),
        // A message of c characters and a result of w words (officially 20..1000 characters,
        // 1..50 words).
        BuiltinWorkload.of(DefaultFun.trace).named(DEFAULT, DEFAULT)
            .quick(cross(ints(20, 1000), ints(1, 50), ControlWorkloads::trace))
            .standard(cross(ints(20, 200, 1000), ints(1, 10, 50), ControlWorkloads::trace))
            .build(),
        pairProjection(DefaultFun.fstPair),
        pairProjection(DefaultFun.sndPair));
  }

  private static BiFunction<Integer, Integer, ArgsGen> ifThenElse(boolean b) {
    return (x, y) -> rng -> List.of(BoolConstant.of(b), Bytes.words(rng, x), Bytes.words(rng, y));
  }

  private static ArgsGen unitAndInteger(int words) {
    return rng -> List.of(UnitConstant.UNIT, Integers.constant(rng, words));
  }

  private static ArgsGen unitAndBytes(int words) {
    return rng -> List.of(UnitConstant.UNIT, Bytes.words(rng, words));
  }

  private static ArgsGen trace(int chars, int words) {
    return rng -> List.of(Texts.constant(rng, chars), Integers.constant(rng, words));
  }

  /**
   * A pair of an integer and a bytestring of n words each. A pair's size is maxBound (pair
   * builtins must be constant-cost), so all points share one name; see Note [Benchmark names].
   */
  private static BuiltinWorkload pairProjection(DefaultFun fun) {
    return BuiltinWorkload.of(fun).named(DEFAULT)
        .quick(eachInt(ints(1, 50, 100), ControlWorkloads::pair))
        .standard(eachInt(spread(1, 100, 8), ControlWorkloads::pair))
        .build();
  }

  private static ArgsGen pair(int words) {
    return rng -> List.of(PairConstant.of(Integers.constant(rng, words), Bytes.words(rng, words)));
  }
}
