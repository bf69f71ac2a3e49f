package io.plutuscalibrate.measurements.workload;

import static io.plutuscalibrate.measurements.workload.Cases.cross;
import static io.plutuscalibrate.measurements.workload.Cases.eachInt;
import static io.plutuscalibrate.measurements.workload.Cases.ints;
import static io.plutuscalibrate.measurements.workload.Cases.spread;
import static io.plutuscalibrate.uplc.builtins.SizeMeasure.DEFAULT;
import static io.plutuscalibrate.uplc.builtins.SizeMeasure.INTEGER_LITERALLY;
import static io.plutuscalibrate.uplc.builtins.SizeMeasure.NUM_BYTES_AS_WORDS;

import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.Type;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Bitwise builtins and the integer/bytestring conversions, after budgeting-bench's
 * Benchmarks/Bitwise.hs: bytestrings of up to 150 words (1200 bytes), worst-case contents where
 * the contents matter.
 */
final class BitwiseWorkloads {
  private BitwiseWorkloads() {}

  static List<BuiltinWorkload> all() {
    return List.of(
        // quadratic_in_z: big-endian, bounded width (the slowest of the four cases), integers
        // of all ones bits in exactly the width they need. The width is NumBytesCostedAsNumWords.
        BuiltinWorkload.of(DefaultFun.integerToByteString).named(DEFAULT, NUM_BYTES_AS_WORDS, DEFAULT)
            .quick(eachInt(spread(1, 150, 5), BitwiseWorkloads::integerToByteString))
            .standard(eachInt(spread(1, 150, 16), BitwiseWorkloads::integerToByteString))
            .build(),
        BuiltinWorkload.of(DefaultFun.byteStringToInteger).named(DEFAULT, DEFAULT)
            .quick(eachInt(spread(1, 150, 5), w -> rng -> List.of(BoolConstant.TRUE, Bytes.words(rng, w))))
            .standard(eachInt(spread(1, 150, 16),
                w -> rng -> List.of(BoolConstant.TRUE, Bytes.words(rng, w))))
            .build(),
        // linear_in_y_and_z, with extension semantics (officially 20..400 words squared; the flag
        // is named too, size 1). orByteString and xorByteString reuse this model.
        BuiltinWorkload.of(DefaultFun.andByteString).named(DEFAULT, DEFAULT, DEFAULT)
            .quick(cross(ints(20, 200, 400), ints(20, 200, 400), BitwiseWorkloads::and))
            .standard(cross(spread(20, 400, 5), spread(20, 400, 5), BitwiseWorkloads::and))
            .build(),
        oneBytestring(DefaultFun.complementByteString, w -> rng -> List.of(Bytes.words(rng, w))),
        // constant: read the top bit.
        BuiltinWorkload.of(DefaultFun.readBit).named(DEFAULT, DEFAULT)
            .quick(eachInt(spread(1, 150, 3), BitwiseWorkloads::readBit))
            .standard(eachInt(spread(1, 150, 10), BitwiseWorkloads::readBit))
            .build(),
        // linear_in_y: 10k writes of the top bit of a 1024-byte bytestring.
        BuiltinWorkload.of(DefaultFun.writeBits).named(DEFAULT, DEFAULT, DEFAULT)
            .quick(eachInt(spread(1, 150, 4), BitwiseWorkloads::writeBits))
            .standard(eachInt(spread(1, 150, 16), BitwiseWorkloads::writeBits))
            .build(),
        // linear_in_x: 64k bytes for k up to 128 (8192 bytes, the most allowed).
        BuiltinWorkload.of(DefaultFun.replicateByte).named(NUM_BYTES_AS_WORDS, DEFAULT)
            .quick(eachInt(spread(1, 128, 4), BitwiseWorkloads::replicateByte))
            .standard(eachInt(spread(1, 128, 16), BitwiseWorkloads::replicateByte))
            .build(),
        // linear_in_x: a one-bit shift or rotation (the amount is IntegerCostedLiterally).
        shiftLike(DefaultFun.shiftByteString),
        shiftLike(DefaultFun.rotateByteString),
        oneBytestring(DefaultFun.countSetBits,
            w -> rng -> List.of(ByteStringConstant.wrap(Bytes.filled(8 * w, 0xFF)))),
        // 0x80 then zeros: the scan goes to the end, without the all-zeros case.
        oneBytestring(DefaultFun.findFirstSetBit, w -> rng -> {
          byte[] b = new byte[8 * w];
          b[0] = (byte) 0x80;
          return List.of(ByteStringConstant.wrap(b));
        }));
  }

  private static ArgsGen integerToByteString(int words) {
    return rng -> List.of(BoolConstant.TRUE, IntegerConstant.of(8L * words),
        IntegerConstant.of(Integers.repunit(words)));
  }

  private static ArgsGen and(int x, int y) {
    return rng -> List.of(BoolConstant.TRUE, Bytes.words(rng, x), Bytes.words(rng, y));
  }

  private static ArgsGen readBit(int words) {
    return rng -> List.of(Bytes.words(rng, words), IntegerConstant.of(64L * words - 1));
  }

  private static ArgsGen writeBits(int k) {
    return rng -> {
      List<Constant> positions = Collections.nCopies(10 * k, IntegerConstant.of(64L * 128 - 1));
      return List.of(Bytes.words(rng, 128), ListConstant.of(Type.INTEGER, positions),
          BoolConstant.TRUE);
    };
  }

  private static ArgsGen replicateByte(int k) {
    return rng -> List.of(IntegerConstant.of(64L * k), IntegerConstant.of(0xFF));
  }

  private static BuiltinWorkload shiftLike(DefaultFun fun) {
    return BuiltinWorkload.of(fun).named(DEFAULT, INTEGER_LITERALLY)
        .quick(eachInt(spread(1, 150, 4), w -> rng -> List.of(Bytes.words(rng, w), IntegerConstant.of(1))))
        .standard(eachInt(spread(1, 150, 16),
            w -> rng -> List.of(Bytes.words(rng, w), IntegerConstant.of(1))))
        .build();
  }

  private static BuiltinWorkload oneBytestring(DefaultFun fun, IntFunction<ArgsGen> point) {
    return BuiltinWorkload.of(fun).named(DEFAULT)
        .quick(eachInt(spread(1, 150, 4), point))
        .standard(eachInt(spread(1, 150, 16), point))
        .build();
  }
}
