package io.plutuscalibrate.measurements.workload;

import static io.plutuscalibrate.measurements.workload.Cases.concat;
import static io.plutuscalibrate.measurements.workload.Cases.cross;
import static io.plutuscalibrate.measurements.workload.Cases.eachInt;
import static io.plutuscalibrate.measurements.workload.Cases.ints;
import static io.plutuscalibrate.measurements.workload.Cases.spread;
import static io.plutuscalibrate.uplc.builtins.SizeMeasure.DEFAULT;
import static io.plutuscalibrate.uplc.builtins.SizeMeasure.ONE;

import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import java.util.List;

/**
 * Bytestring builtins, after budgeting-bench's Benchmarks/ByteStrings.hs. Sizes are in 64-bit
 * words (a bytestring of w words has 8w bytes). Every bytestring argument stays within the 65536
 * bytes (8192 words) that variants D and E allow.
 */
final class ByteStringWorkloads {
  private ByteStringWorkloads() {}

  static List<BuiltinWorkload> all() {
    return List.of(
        // added_sizes (officially [0, 250 .. 5000] squared).
        BuiltinWorkload.of(DefaultFun.appendByteString).named(DEFAULT, DEFAULT)
            .quick(cross(ints(0, 2500, 5000), ints(0, 2500, 5000), ByteStringWorkloads::twoSized))
            .standard(cross(spread(0, 5000, 6), spread(0, 5000, 6), ByteStringWorkloads::twoSized))
            .build(),
        // linear in the bytestring; the byte is 123 as officially (a valid Word8 in C and E).
        BuiltinWorkload.of(DefaultFun.consByteString).named(DEFAULT, DEFAULT)
            .quick(eachInt(spread(10, 1500, 4), ByteStringWorkloads::cons))
            .standard(eachInt(spread(10, 1500, 15), ByteStringWorkloads::cons))
            .build(),
        // linear_in_z: a slice from a quarter in, half long. Officially four starts and lengths
        // per bytestring; here one each, so that every point has a name of its own (start and
        // length are Ints, always of size 1).
        BuiltinWorkload.of(DefaultFun.sliceByteString).named(ONE, ONE, DEFAULT)
            .quick(eachInt(spread(100, 1000, 4), ByteStringWorkloads::slice))
            .standard(eachInt(spread(50, 1000, 10), ByteStringWorkloads::slice))
            .build(),
        oneBytestring(DefaultFun.lengthOfByteString, 3, 10),
        BuiltinWorkload.of(DefaultFun.indexByteString).named(DEFAULT, ONE)
            .quick(eachInt(spread(10, 1500, 3), ByteStringWorkloads::index))
            .standard(eachInt(spread(10, 1500, 10), ByteStringWorkloads::index))
            .build(),
        // linear_on_diagonal: equal contents on the diagonal, different sizes off it.
        BuiltinWorkload.of(DefaultFun.equalsByteString).named(DEFAULT, DEFAULT)
            .quick(concat(eachInt(spread(10, 1500, 4), ByteStringWorkloads::same),
                cross(ints(200, 1000), ints(300, 1500), ByteStringWorkloads::twoSized)))
            .standard(concat(eachInt(spread(10, 1500, 20), ByteStringWorkloads::same),
                cross(ints(200, 800, 1400), ints(300, 900, 1500), ByteStringWorkloads::twoSized)))
            .build(),
        sameTwoBytestrings(DefaultFun.lessThanByteString),
        sameTwoBytestrings(DefaultFun.lessThanEqualsByteString));
  }

  static ArgsGen twoSized(int x, int y) {
    return rng -> List.of(Bytes.words(rng, x), Bytes.words(rng, y));
  }

  private static ArgsGen cons(int words) {
    return rng -> List.of(IntegerConstant.of(123), Bytes.words(rng, words));
  }

  private static ArgsGen slice(int words) {
    int length = 8 * words;
    return rng -> List.of(IntegerConstant.of(length / 4), IntegerConstant.of(length / 2),
        Bytes.words(rng, words));
  }

  private static ArgsGen index(int words) {
    return rng -> List.of(Bytes.words(rng, words), IntegerConstant.of(rng.nextInt(8 * words)));
  }

  /** Equal contents in separate storage (budgeting-bench's {@code BS.copy}). */
  static ArgsGen same(int words) {
    return rng -> {
      ByteStringConstant b = Bytes.words(rng, words);
      return List.of(b, Bytes.copy(b));
    };
  }

  private static BuiltinWorkload oneBytestring(DefaultFun fun, int quick, int standard) {
    return BuiltinWorkload.of(fun).named(DEFAULT)
        .quick(eachInt(spread(10, 1500, quick), w -> rng -> List.of(Bytes.words(rng, w))))
        .standard(eachInt(spread(10, 1500, standard), w -> rng -> List.of(Bytes.words(rng, w))))
        .build();
  }

  private static BuiltinWorkload sameTwoBytestrings(DefaultFun fun) {
    return BuiltinWorkload.of(fun).named(DEFAULT, DEFAULT)
        .quick(eachInt(spread(10, 1500, 4), ByteStringWorkloads::same))
        .standard(eachInt(spread(10, 1500, 16), ByteStringWorkloads::same))
        .build();
  }
}
