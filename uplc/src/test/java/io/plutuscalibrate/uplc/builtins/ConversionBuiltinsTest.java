package io.plutuscalibrate.uplc.builtins;

import static io.plutuscalibrate.uplc.builtins.Calls.b;
import static io.plutuscalibrate.uplc.builtins.Calls.bs;
import static io.plutuscalibrate.uplc.builtins.Calls.call;
import static io.plutuscalibrate.uplc.builtins.Calls.fails;
import static io.plutuscalibrate.uplc.builtins.Calls.hex;
import static io.plutuscalibrate.uplc.builtins.Calls.i;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** integerToByteString and byteStringToInteger (CIP-121, and the spec's builtins4.tex). */
class ConversionBuiltinsTest {
  private static final BigInteger N = new BigInteger("123456abcdef", 16);
  private static final BigInteger TWO_65536 = BigInteger.ONE.shiftLeft(65536);

  private static String itob(boolean bigEndian, long width, BigInteger n) {
    return hex(ConversionBuiltins.integerToByteString(bigEndian, BigInteger.valueOf(width), n));
  }

  @Test
  void widthZeroGivesTheShortestEncoding() {
    assertEquals("123456abcdef", itob(true, 0, N));
    assertEquals("efcdab563412", itob(false, 0, N));
    assertEquals("", itob(true, 0, BigInteger.ZERO));
    assertEquals("", itob(false, 0, BigInteger.ZERO));
    assertEquals("01", itob(true, 0, BigInteger.ONE));
    assertEquals("ff", itob(true, 0, BigInteger.valueOf(255)));
    assertEquals("0100", itob(true, 0, BigInteger.valueOf(256)));
  }

  @Test
  void aPositiveWidthPadsAtTheMostSignificantEnd() {
    assertEquals("123456abcdef", itob(true, 6, N));
    assertEquals("000000000000123456abcdef", itob(true, 12, N));
    assertEquals("efcdab563412000000000000", itob(false, 12, N));
    assertEquals("000000000000000000000000", itob(false, 12, BigInteger.ZERO));
    assertEquals(8192, ConversionBuiltins.integerToByteString(true, BigInteger.valueOf(8192),
        BigInteger.ZERO).length);
  }

  @Test
  void failures() {
    assertFails(true, 5, N); // too narrow
    assertFails(false, 5, N);
    assertFails(true, 20, BigInteger.valueOf(-5));
    assertFails(true, 0, BigInteger.valueOf(-5));
    assertFails(true, -20, BigInteger.valueOf(5));
    assertFails(false, 8193, BigInteger.ZERO);
    assertFails(true, 0, TWO_65536);
    assertFails(true, 8192, TWO_65536);
    assertFails(false, 8191, TWO_65536.subtract(BigInteger.ONE));
    org.junit.jupiter.api.Assertions.assertThrows(BuiltinFailure.class, () ->
        ConversionBuiltins.integerToByteString(true, BigInteger.ONE.shiftLeft(70), BigInteger.ONE));
  }

  @Test
  void theLargestInputFitsTheLargestWidth() {
    BigInteger max = TWO_65536.subtract(BigInteger.ONE);
    byte[] ff = new byte[8192];
    Arrays.fill(ff, (byte) 0xff);
    for (boolean bigEndian : new boolean[] {true, false}) {
      assertEquals(hex(ff), itob(bigEndian, 0, max));
      assertEquals(hex(ff), itob(bigEndian, 8192, max));
    }
  }

  private static void assertFails(boolean bigEndian, long width, BigInteger n) {
    org.junit.jupiter.api.Assertions.assertThrows(BuiltinFailure.class,
        () -> itob(bigEndian, width, n), () -> "width " + width + ", n " + n);
  }

  @Test
  void byteStringToIntegerExamples() {
    assertEquals(N, ConversionBuiltins.byteStringToInteger(true, hex("123456abcdef")));
    assertEquals(new BigInteger("263666621887506"),
        ConversionBuiltins.byteStringToInteger(false, hex("123456abcdef")));
    assertEquals(BigInteger.ZERO, ConversionBuiltins.byteStringToInteger(true, new byte[0]));
    assertEquals(BigInteger.ZERO, ConversionBuiltins.byteStringToInteger(false, new byte[13]));
    assertEquals(N, ConversionBuiltins.byteStringToInteger(true, hex("0000000000000000123456abcdef")));
    assertEquals(ConversionBuiltins.byteStringToInteger(false, hex("92828b9d9e097a23ef34ba5522ee67")),
        ConversionBuiltins.byteStringToInteger(true, hex("67ee2255ba34ef237a099e9d8b8292")));
  }

  /** byteStringToInteger inverts integerToByteString, for both byte orders and any fitting width. */
  @Test
  void roundTrips() {
    Random r = new Random(6);
    for (int t = 0; t < 300; t++) {
      BigInteger n = new BigInteger(r.nextInt(600), r);
      int minWidth = (n.bitLength() + 7) / 8;
      int width = r.nextBoolean() ? 0 : minWidth + r.nextInt(5);
      for (boolean bigEndian : new boolean[] {true, false}) {
        byte[] encoded = ConversionBuiltins.integerToByteString(bigEndian, BigInteger.valueOf(width), n);
        assertEquals(width == 0 ? minWidth : width, encoded.length);
        assertEquals(n, ConversionBuiltins.byteStringToInteger(bigEndian, encoded));
        // Reversing the bytes swaps the byte order.
        byte[] reversed = new byte[encoded.length];
        for (int k = 0; k < encoded.length; k++) reversed[k] = encoded[encoded.length - 1 - k];
        assertEquals(n, ConversionBuiltins.byteStringToInteger(!bigEndian, reversed));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(SemanticsVariant.class)
  void throughTheTable(SemanticsVariant v) {
    assertEquals(bs("efcdab563412"), call(v, DefaultFun.integerToByteString, b(false), i(0), i(N)));
    assertEquals(i(N), call(v, DefaultFun.byteStringToInteger, b(true), bs("123456abcdef")));
    fails(v, DefaultFun.integerToByteString, i(1), i(0), i(N));
    fails(v, DefaultFun.byteStringToInteger, b(true), i(1));
    ByteStringConstant over = ByteStringConstant.of(new byte[TypedArgs.MAX_BOUNDED_BYTESTRING + 1]);
    if (v == SemanticsVariant.D || v == SemanticsVariant.E) {
      fails(v, DefaultFun.byteStringToInteger, b(true), over);
    } else {
      assertEquals(IntegerConstant.of(0), call(v, DefaultFun.byteStringToInteger, b(true), over));
    }
  }
}
