package io.plutuscalibrate.uplc.builtins;

import static io.plutuscalibrate.uplc.builtins.Calls.b;
import static io.plutuscalibrate.uplc.builtins.Calls.bs;
import static io.plutuscalibrate.uplc.builtins.Calls.call;
import static io.plutuscalibrate.uplc.builtins.Calls.fails;
import static io.plutuscalibrate.uplc.builtins.Calls.i;
import static io.plutuscalibrate.uplc.builtins.Calls.ints;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.Type;
import java.math.BigInteger;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bitwise builtins as the machine calls them: argument unlifting (types, Int and Word8 ranges,
 * the bytestring bound of variants D and E) and the variant differences of {@code toBuiltinMeaning}.
 */
class BitwiseBuiltinsTest {
  private static final BigInteger TWO_63 = BigInteger.ONE.shiftLeft(63);

  private static boolean bounded(SemanticsVariant v) {
    return v == SemanticsVariant.D || v == SemanticsVariant.E;
  }

  @ParameterizedTest
  @EnumSource(SemanticsVariant.class)
  void meaningsInEveryVariant(SemanticsVariant v) {
    assertEquals(bs("00ff"), call(v, DefaultFun.andByteString, b(true), bs("0fff"), bs("f0")));
    assertEquals(bs("ff"), call(v, DefaultFun.orByteString, b(false), bs("0fff"), bs("f0")));
    assertEquals(bs("ffff"), call(v, DefaultFun.xorByteString, b(true), bs("f0"), bs("0fff")));
    assertEquals(bs("4ff4"), call(v, DefaultFun.complementByteString, bs("b00b")));
    assertEquals(BoolConstant.TRUE, call(v, DefaultFun.readBit, bs("f4"), i(2)));
    assertEquals(bs("f0fd"), call(v, DefaultFun.writeBits, bs("f4ff"), ints(1, 10), b(false)));
    assertEquals(bs("ffffffff"), call(v, DefaultFun.replicateByte, i(4), i(255)));
    assertEquals(bs("7f80"), call(v, DefaultFun.shiftByteString, bs("ebfc"), i(5)));
    assertEquals(bs("e75f"), call(v, DefaultFun.rotateByteString, bs("ebfc"), i(-5)));
    assertEquals(bs("7f9d"), call(v, DefaultFun.rotateByteString, bs("ebfc"), i(21)));
    assertEquals(i(1), call(v, DefaultFun.countSetBits, bs("0001")));
    assertEquals(i(-1), call(v, DefaultFun.findFirstSetBit, bs("0000")));
  }

  @ParameterizedTest
  @EnumSource(SemanticsVariant.class)
  void intArgumentsOutsideInt64FailToUnlift(SemanticsVariant v) {
    ByteStringConstant a = bs("33c2f0d68584803b9dc05b3b0b9cbd");
    fails(v, DefaultFun.readBit, a, i(TWO_63));
    fails(v, DefaultFun.readBit, a, i(TWO_63.negate().subtract(BigInteger.ONE)));
    fails(v, DefaultFun.readBit, a, i(Long.MAX_VALUE)); // unlifts, then is out of range
    ByteStringConstant zeros = ByteStringConstant.of(new byte[a.length()]);
    assertEquals(zeros, call(v, DefaultFun.shiftByteString, a, i(Long.MAX_VALUE)));
    assertEquals(zeros, call(v, DefaultFun.shiftByteString, a, i(Long.MIN_VALUE)));
    if (bounded(v)) {
      // From variant D the amount is an Int.
      fails(v, DefaultFun.shiftByteString, a, i(TWO_63));
      fails(v, DefaultFun.rotateByteString, a, i(TWO_63.negate().subtract(BigInteger.ONE)));
    } else {
      // Before, it is an IntegerCostedLiterally, of any size.
      assertEquals(zeros, call(v, DefaultFun.shiftByteString, a, i(TWO_63)));
      BigInteger far = BigInteger.valueOf(8L * a.length()).shiftLeft(70).add(BigInteger.valueOf(3));
      assertEquals(call(v, DefaultFun.rotateByteString, a, i(3)),
          call(v, DefaultFun.rotateByteString, a, i(far)));
    }
  }

  @ParameterizedTest
  @EnumSource(SemanticsVariant.class)
  void replicateByteReadsAWord8(SemanticsVariant v) {
    fails(v, DefaultFun.replicateByte, i(1), i(256));
    fails(v, DefaultFun.replicateByte, i(1), i(-1));
    fails(v, DefaultFun.replicateByte, i(-1), i(3));
    fails(v, DefaultFun.replicateByte, i(8193), i(141));
    assertEquals(ByteStringConstant.EMPTY, call(v, DefaultFun.replicateByte, i(0), i(255)));
    assertEquals(8192, ((ByteStringConstant) call(v, DefaultFun.replicateByte, i(8192), i(141))).length());
  }

  @ParameterizedTest
  @EnumSource(SemanticsVariant.class)
  void writeBitsTakesAListOfIntegers(SemanticsVariant v) {
    fails(v, DefaultFun.writeBits, bs("ff"), ListConstant.empty(Type.BOOL), b(true));
    fails(v, DefaultFun.writeBits, bs("ff"), bs("00"), b(true));
    fails(v, DefaultFun.writeBits, bs(""), ints(-1), b(true));
    assertEquals(bs(""), call(v, DefaultFun.writeBits, bs(""), ints(), b(true)));
  }

  /** writeBits' own input limit (maximumInputLength, 4096 bytes) under D and E, none before. */
  @ParameterizedTest
  @EnumSource(SemanticsVariant.class)
  void writeBitsInputLimit(SemanticsVariant v) {
    ByteStringConstant atLimit = ByteStringConstant.of(new byte[Bitwise.MAXIMUM_INPUT_LENGTH]);
    ByteStringConstant over = ByteStringConstant.of(new byte[Bitwise.MAXIMUM_INPUT_LENGTH + 1]);
    assertEquals(atLimit, call(v, DefaultFun.writeBits, atLimit, ints(), b(false)));
    if (bounded(v)) {
      // The check comes before the empty-list shortcut.
      fails(v, DefaultFun.writeBits, over, ints(), b(false));
    } else {
      assertEquals(over, call(v, DefaultFun.writeBits, over, ints(), b(false)));
    }
  }

  /** Which arguments D and E bound: Note [On-chain bounds in variants D and E] in TypedArgs. */
  @ParameterizedTest
  @EnumSource(SemanticsVariant.class)
  void onChainBytestringBound(SemanticsVariant v) {
    ByteStringConstant over = ByteStringConstant.of(new byte[TypedArgs.MAX_BOUNDED_BYTESTRING + 1]);
    ByteStringConstant atBound = ByteStringConstant.of(new byte[TypedArgs.MAX_BOUNDED_BYTESTRING]);
    ByteStringConstant small = bs("01");
    check(v, x -> call(v, DefaultFun.andByteString, b(true), x, small), atBound, over);
    check(v, x -> call(v, DefaultFun.orByteString, b(false), small, x), atBound, over);
    check(v, x -> call(v, DefaultFun.xorByteString, b(true), x, small), atBound, over);
    check(v, x -> call(v, DefaultFun.complementByteString, x), atBound, over);
    check(v, x -> call(v, DefaultFun.readBit, x, i(0)), atBound, over);
    check(v, x -> call(v, DefaultFun.countSetBits, x), atBound, over);
    check(v, x -> call(v, DefaultFun.findFirstSetBit, x), atBound, over);
    // Shifts and rotations read a plain ByteString in every variant.
    call(v, DefaultFun.shiftByteString, over, i(1));
    call(v, DefaultFun.rotateByteString, over, i(1));
  }

  private static void check(SemanticsVariant v, Function<ByteStringConstant, CekValue> f,
      ByteStringConstant atBound, ByteStringConstant over) {
    f.apply(atBound);
    if (bounded(v)) {
      org.junit.jupiter.api.Assertions.assertThrows(BuiltinFailure.class, () -> f.apply(over));
    } else {
      f.apply(over);
    }
  }

  @ParameterizedTest
  @EnumSource(SemanticsVariant.class)
  void wrongArgumentTypesFail(SemanticsVariant v) {
    fails(v, DefaultFun.andByteString, i(1), bs("00"), bs("00"));
    fails(v, DefaultFun.orByteString, b(true), i(0), bs("00"));
    fails(v, DefaultFun.readBit, bs("00"), b(true));
    fails(v, DefaultFun.shiftByteString, i(1), i(1));
    fails(v, DefaultFun.countSetBits, b(false));
  }
}
