package io.plutuscalibrate.measurements.workload;

import static io.plutuscalibrate.measurements.workload.Cases.cross;
import static io.plutuscalibrate.measurements.workload.Cases.eachInt;
import static io.plutuscalibrate.measurements.workload.Cases.ints;
import static io.plutuscalibrate.measurements.workload.Cases.spread;
import static io.plutuscalibrate.uplc.builtins.SizeMeasure.DEFAULT;

import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import java.math.BigInteger;
import java.util.List;

/**
 * Integer builtins, after budgeting-bench's Benchmarks/Integers.hs. subtractInteger and the
 * division family other than divideInteger are not measured: models.R gives them addInteger's
 * and divideInteger's models (see {@link BenchmarkNames#costedBy}).
 */
final class IntegerWorkloads {
  private IntegerWorkloads() {}

  static List<BuiltinWorkload> all() {
    return List.of(
        // max_size: a full grid of word counts (officially [1, 70 .. 1000] squared).
        twoIntegers(DefaultFun.addInteger, ints(1, 500, 1000), spread(1, 1000, 6)),
        // multiplied_sizes (officially [1, 3 .. 31] squared).
        twoIntegers(DefaultFun.multiplyInteger, ints(1, 16, 31), spread(1, 31, 7)),
        // Constant on and above the diagonal, quadratic below it (x > y): a full square grid
        // puts (n^2 - n) / 2 points below, 10 in the quick grid for a six-coefficient quadratic.
        twoIntegers(DefaultFun.divideInteger, spread(1, 31, 5), spread(1, 31, 10)),
        // min_size fitted on the diagonal only, with equal values (officially [1, 3 .. 101]).
        sameTwoIntegers(DefaultFun.equalsInteger),
        sameTwoIntegers(DefaultFun.lessThanInteger),
        sameTwoIntegers(DefaultFun.lessThanEqualsInteger),
        expModInteger());
  }

  private static BuiltinWorkload twoIntegers(DefaultFun fun, int[] quick, int[] standard) {
    return BuiltinWorkload.of(fun).named(DEFAULT, DEFAULT)
        .quick(cross(quick, quick, IntegerWorkloads::pair))
        .standard(cross(standard, standard, IntegerWorkloads::pair))
        .build();
  }

  private static ArgsGen pair(int x, int y) {
    return rng -> List.of(Integers.constant(rng, x), Integers.constant(rng, y));
  }

  /**
   * Equal values held apart (budgeting-bench's {@code copyInteger}): the worst case of a
   * comparison, which cannot stop early nor short-circuit on identity.
   */
  private static BuiltinWorkload sameTwoIntegers(DefaultFun fun) {
    return BuiltinWorkload.of(fun).named(DEFAULT, DEFAULT)
        .quick(eachInt(spread(1, 101, 5), IntegerWorkloads::same))
        .standard(eachInt(spread(1, 101, 16), IntegerWorkloads::same))
        .build();
  }

  private static ArgsGen same(int words) {
    return rng -> {
      BigInteger n = Integers.words(rng, words);
      return List.of(IntegerConstant.of(n), IntegerConstant.of(Integers.copy(n)));
    };
  }

  /**
   * Benchmarks/Integers.hs's {@code benchExpModInteger}: moduli 2^(32k) - 11 (officially for
   * k = 1, 3 .. 31, sizes 1 to 16 words), every exponent of the form 2^j - 1 just below one of
   * the moduli (all bits set: the worst case) with every modulus, and base m div 3.
   */
  private static BuiltinWorkload expModInteger() {
    return BuiltinWorkload.of(DefaultFun.expModInteger).named(DEFAULT, DEFAULT, DEFAULT)
        .quick(expMod(ints(1, 16, 31)))
        .standard(expMod(spread(1, 31, 7)))
        .build();
  }

  private static List<ArgsGen> expMod(int[] ks) {
    return cross(ks, ks, (km, ke) -> rng -> {
      BigInteger m = modulus(km);
      BigInteger e = BigInteger.ONE.shiftLeft(modulus(ke).bitLength() - 1).subtract(BigInteger.ONE);
      return List.of(IntegerConstant.of(m.divide(BigInteger.valueOf(3))), IntegerConstant.of(e),
          IntegerConstant.of(m));
    });
  }

  private static BigInteger modulus(int k) {
    return BigInteger.ONE.shiftLeft(32 * k).subtract(BigInteger.valueOf(11));
  }
}
