package io.plutuscalibrate.uplc.builtins;

import static io.plutuscalibrate.uplc.builtins.SizeMeasure.DEFAULT;
import static io.plutuscalibrate.uplc.builtins.SizeMeasure.ONE;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import java.util.Arrays;

/**
 * The bytestring builtins of the first batch. Under variants D and E most bytestring arguments are
 * bounded {@code CByteString}s and consByteString's integer a bounded {@code CInteger} (see Note
 * [On-chain bounds in variants D and E] in {@link TypedArgs}); lengthOfByteString's argument is
 * never bounded.
 */
final class ByteStringBuiltins {
  private ByteStringBuiltins() {}

  static void register(BuiltinTable.Builder table, SemanticsVariant variant) {
    boolean bounded = TypedArgs.boundsArguments(variant);
    table.define(DefaultFun.appendByteString, (a, c) -> {
      byte[] x = TypedArgs.bytes(a[0], bounded);
      byte[] y = TypedArgs.bytes(a[1], bounded);
      byte[] out = Arrays.copyOf(x, x.length + y.length);
      System.arraycopy(y, 0, out, x.length, y.length);
      return ByteStringConstant.wrap(out);
    }, DEFAULT, DEFAULT);
    defineConsByteString(table, variant, bounded);
    table.define(DefaultFun.sliceByteString, (a, c) -> {
      long start = TypedArgs.int64(a[0]);
      long n = TypedArgs.int64(a[1]);
      byte[] xs = TypedArgs.bytes(a[2], bounded);
      return ByteStringConstant.wrap(slice(start, n, xs));
    }, ONE, ONE, DEFAULT);
    table.define(DefaultFun.lengthOfByteString,
        (a, c) -> IntegerConstant.of(Args.bytes(a[0]).length), DEFAULT);
    table.define(DefaultFun.indexByteString, (a, c) -> {
      byte[] xs = TypedArgs.bytes(a[0], bounded);
      long i = TypedArgs.int64(a[1]);
      if (i < 0 || i >= xs.length) throw OperationalFailure.of(c, "Index out of bounds");
      return IntegerConstant.of(xs[(int) i] & 0xff);
    }, DEFAULT, ONE);
    table.define(DefaultFun.equalsByteString,
        (a, c) -> BoolConstant.of(compare(a, bounded) == 0), DEFAULT, DEFAULT);
    table.define(DefaultFun.lessThanByteString,
        (a, c) -> BoolConstant.of(compare(a, bounded) < 0), DEFAULT, DEFAULT);
    table.define(DefaultFun.lessThanEqualsByteString,
        (a, c) -> BoolConstant.of(compare(a, bounded) <= 0), DEFAULT, DEFAULT);
  }

  /**
   * Variants A, B and D reduce the integer modulo 256 (Haskell's {@code fromIntegral} to
   * {@code Word8}); C and E take a {@code Word8} and fail outside [0, 255]. D's integer is a
   * bounded {@code CInteger}. The first argument is measured as an integer in A, B, D and as a
   * {@code Word8} (1) in C, E.
   */
  private static void defineConsByteString(
      BuiltinTable.Builder table, SemanticsVariant variant, boolean bounded) {
    boolean wraps = switch (variant) {
      case A, B, D -> true;
      case C, E -> false;
    };
    if (wraps) {
      table.define(DefaultFun.consByteString, (a, c) -> {
        int head = TypedArgs.integer(a[0], bounded).intValue() & 0xff; // low byte = mod 256
        return cons(head, TypedArgs.bytes(a[1], bounded));
      }, DEFAULT, DEFAULT);
    } else {
      table.define(DefaultFun.consByteString,
          (a, c) -> cons(TypedArgs.word8(a[0]), TypedArgs.bytes(a[1], bounded)), ONE, DEFAULT);
    }
  }

  private static ByteStringConstant cons(int head, byte[] xs) {
    byte[] out = new byte[xs.length + 1];
    out[0] = (byte) head;
    System.arraycopy(xs, 0, out, 1, xs.length);
    return ByteStringConstant.wrap(out);
  }

  /** {@code BS.take n (BS.drop start xs)}: both clamp to the bytestring, never fail. */
  static byte[] slice(long start, long n, byte[] xs) {
    int from = (int) Math.min(Math.max(start, 0), xs.length);
    int count = (int) Math.min(Math.max(n, 0), xs.length - from);
    return Arrays.copyOfRange(xs, from, from + count);
  }

  private static int compare(CekValue[] a, boolean bounded) {
    return Arrays.compareUnsigned(TypedArgs.bytes(a[0], bounded), TypedArgs.bytes(a[1], bounded));
  }
}
