package io.plutuscalibrate.uplc.builtins;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import java.math.BigInteger;

/**
 * The integer/bytestring conversions of CIP-121: integerToByteString and byteStringToInteger. The
 * endianness flag is True for big-endian (most significant byte first), False for little-endian.
 */
public final class ConversionBuiltins {
  private ConversionBuiltins() {}

  private static final BigInteger MAX_WIDTH = BigInteger.valueOf(Bitwise.MAXIMUM_OUTPUT_LENGTH);

  public static void register(BuiltinTable.Builder table, SemanticsVariant variant) {
    boolean bounded = TypedArgs.boundsArguments(variant);
    // The width is NumBytesCostedAsNumWords; the integer has its default size. The same in every
    // variant.
    table.define(DefaultFun.integerToByteString,
        (args, ctx) -> ByteStringConstant.wrap(integerToByteString(
            Args.bool(args[0]), Args.integer(args[1]), Args.integer(args[2]))),
        SizeMeasure.DEFAULT, SizeMeasure.NUM_BYTES_AS_WORDS, SizeMeasure.DEFAULT);
    table.define(DefaultFun.byteStringToInteger,
        (args, ctx) -> IntegerConstant.of(byteStringToInteger(
            Args.bool(args[0]), TypedArgs.bytes(args[1], bounded))),
        SizeMeasure.DEFAULT, SizeMeasure.DEFAULT);
  }

  /**
   * The unsigned base-256 digits of {@code n}. A width of 0 asks for as few bytes as needed (none
   * for 0); a positive width asks for exactly that many, padding with zero bytes at the most
   * significant end. Fails for a negative {@code n}, a width outside [0, 8192], an {@code n} that
   * does not fit the width, or (width 0) an {@code n} of 2^65536 or more.
   */
  public static byte[] integerToByteString(boolean bigEndian, BigInteger width, BigInteger n) {
    // The checks in the order of PlutusCore.Bitwise.integerToByteString.
    if (width.signum() < 0) {
      throw Args.fail("integerToByteString: negative length " + width);
    }
    if (width.compareTo(MAX_WIDTH) > 0) {
      throw Args.fail("integerToByteString: length " + width + " exceeds "
          + Bitwise.MAXIMUM_OUTPUT_LENGTH);
    }
    int w = width.intValue();
    if (w == 0 && n.signum() > 0 && n.bitLength() > 8 * Bitwise.MAXIMUM_OUTPUT_LENGTH) {
      throw Args.fail("integerToByteString: input too long (maximum is 2^"
          + 8 * Bitwise.MAXIMUM_OUTPUT_LENGTH + " - 1)");
    }
    if (n.signum() < 0) {
      throw Args.fail("integerToByteString: cannot convert negative integer " + n);
    }
    int minLength = (n.bitLength() + 7) / 8;
    if (w != 0 && w < minLength) {
      throw Args.fail("integerToByteString: " + n + " does not fit in " + w + " bytes");
    }
    int length = w == 0 ? minLength : w;
    byte[] out = new byte[length];
    if (minLength > 0) {
      // toByteArray is big-endian two's complement: n > 0, so drop a leading sign byte.
      byte[] digits = n.toByteArray();
      int skip = digits.length - minLength;
      for (int i = 0; i < minLength; i++) {
        byte d = digits[skip + i]; // digit of weight 256^(minLength - 1 - i)
        if (bigEndian) {
          out[length - minLength + i] = d;
        } else {
          out[minLength - 1 - i] = d;
        }
      }
    }
    return out;
  }

  /** The unsigned integer whose base-256 digits are {@code bytes}; 0 for the empty bytestring. */
  public static BigInteger byteStringToInteger(boolean bigEndian, byte[] bytes) {
    if (bigEndian) return new BigInteger(1, bytes);
    byte[] reversed = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) reversed[i] = bytes[bytes.length - 1 - i];
    return new BigInteger(1, reversed);
  }
}
