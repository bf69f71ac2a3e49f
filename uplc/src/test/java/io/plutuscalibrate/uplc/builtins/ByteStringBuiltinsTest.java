package io.plutuscalibrate.uplc.builtins;

import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.bs;
import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.i;
import static io.plutuscalibrate.uplc.core.DefaultFun.appendByteString;
import static io.plutuscalibrate.uplc.core.DefaultFun.consByteString;
import static io.plutuscalibrate.uplc.core.DefaultFun.equalsByteString;
import static io.plutuscalibrate.uplc.core.DefaultFun.indexByteString;
import static io.plutuscalibrate.uplc.core.DefaultFun.lengthOfByteString;
import static io.plutuscalibrate.uplc.core.DefaultFun.lessThanByteString;
import static io.plutuscalibrate.uplc.core.DefaultFun.lessThanEqualsByteString;
import static io.plutuscalibrate.uplc.core.DefaultFun.sliceByteString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ByteStringBuiltinsTest {
  private final BuiltinCalls e = BuiltinCalls.in(SemanticsVariant.E);
  private static final String CAKE = "54686543616b654973414c6965"; // "TheCakeIsALie", 13 bytes

  @ParameterizedTest(name = "slice {0} {1} = #{2}")
  @CsvSource({
      "3, 5, 43616b6549",                  // conformance sliceByteString-01
      "-3, 5, 5468654361",                 // sliceByteString-02: a negative start counts as 0
      "-3, 1234, " + CAKE,                 // sliceByteString-03
      "123456789123456789, 123456789123456789, ''",  // sliceByteString-05
      "0, 0, ''",
      "0, -5, ''",
      "12, 5, 65",
      "13, 1, ''",
      "9223372036854775807, 9223372036854775807, ''",
      "-9223372036854775808, 9223372036854775807, " + CAKE,
      "5, 9223372036854775807, 6b654973414c6965",
  })
  void sliceClampsToTheByteString(String start, String n, String expected) {
    assertEquals(bs(expected), e.call(sliceByteString, i(start), i(n), bs(CAKE)));
  }

  /**
   * The spec's formula, [c_max(s+1,1) .. c_min(s+k,n)], disagrees with Plutus when s &lt; 0: Plutus
   * computes {@code BS.take k (BS.drop s b)}, so a negative start takes k bytes from the front
   * (conformance case sliceByteString-02 agrees with Plutus). This checks the take/drop model.
   */
  @Test
  void sliceIsTakeOfDrop() {
    Random rnd = new Random(1);
    byte[] xs = new byte[20];
    rnd.nextBytes(xs);
    for (int k = 0; k < 2000; k++) {
      long s = rnd.nextInt(60) - 30;
      long len = rnd.nextInt(60) - 30;
      List<Byte> model = new java.util.ArrayList<>();
      for (byte b : xs) model.add(b);
      model = model.subList((int) Math.min(Math.max(s, 0), model.size()), model.size()); // drop
      model = model.subList(0, (int) Math.min(Math.max(len, 0), model.size()));        // take
      byte[] expected = new byte[model.size()];
      for (int j = 0; j < expected.length; j++) expected[j] = model.get(j);
      ByteStringConstant got = (ByteStringConstant) e.call(sliceByteString, i(s), i(len),
          ByteStringConstant.of(xs));
      assertArrayEquals(expected, got.bytes(), s + " " + len);
    }
  }

  @Test
  void sliceBoundsMustFitInAnInt64() {
    BigInteger over = BigInteger.TWO.pow(63);
    e.fails(sliceByteString, i(over), i(1), bs(CAKE));
    e.fails(sliceByteString, i(1), i(over), bs(CAKE));
    e.fails(sliceByteString, i(over.negate().subtract(BigInteger.ONE)), i(1), bs(CAKE));
  }

  @Test
  void indexByteString() {
    assertEquals(i(0xff), e.call(indexByteString, bs("00ff"), i(1)));
    assertEquals(i(0), e.call(indexByteString, bs("00ff"), i(0)));
    e.fails(indexByteString, bs("00"), i(1)); // conformance indexByteStringOOB
    e.fails(indexByteString, bs("00"), i(-1));
    e.fails(indexByteString, bs(""), i(0));
    assertEquals(List.of("Index out of bounds", "Index out of bounds", "Index out of bounds"), e.logs);
    // indexByteStringOverflow: the index does not fit in an Int64 (an unlifting failure).
    e.fails(indexByteString, bs("00"), i("9223372036854775808"));
    assertEquals(3, e.logs.size());
  }

  @Test
  void appendAndLength() {
    assertEquals(bs("0102ff"), e.call(appendByteString, bs("0102"), bs("ff")));
    assertEquals(bs("0102"), e.call(appendByteString, bs("0102"), bs("")));
    assertEquals(bs(""), e.call(appendByteString, bs(""), bs("")));
    assertEquals(i(13), e.call(lengthOfByteString, bs(CAKE)));
    assertEquals(i(0), e.call(lengthOfByteString, bs("")));
  }

  @ParameterizedTest(name = "{0} < {1}")
  @CsvSource({
      "'', 00, true, false",
      "00, 00, false, true",
      "7f, 80, true, false",  // unsigned bytes
      "80, 7f, false, false",
      "0102, 0103, true, false",
      "0102, 01, false, false", // a proper prefix comes first
      "01, 0102, true, false",
  })
  void ordering(String x, String y, boolean less, boolean equal) {
    assertEquals(BoolConstant.of(less), e.call(lessThanByteString, bs(x), bs(y)));
    assertEquals(BoolConstant.of(less || equal), e.call(lessThanEqualsByteString, bs(x), bs(y)));
    assertEquals(BoolConstant.of(equal), e.call(equalsByteString, bs(x), bs(y)));
  }

  @ParameterizedTest
  @EnumSource(SemanticsVariant.class)
  void consByteStringWrapsInABAndDAndChecksInCAndE(SemanticsVariant variant) {
    BuiltinCalls calls = BuiltinCalls.in(variant);
    boolean wraps = variant == SemanticsVariant.A || variant == SemanticsVariant.B
        || variant == SemanticsVariant.D;
    assertEquals(bs("00ab"), calls.call(consByteString, i(0), bs("ab")));
    assertEquals(bs("ffab"), calls.call(consByteString, i(255), bs("ab")));
    if (wraps) {
      assertEquals(bs("00"), calls.call(consByteString, i(256), bs(""))); // conformance -01
      assertEquals(bs("a8"), calls.call(consByteString, i(-88), bs(""))); // -88 mod 256 = 168
      assertEquals(bs("ff"), calls.call(consByteString, i(-1), bs("")));
      assertEquals(bs("01"), calls.call(consByteString, i(BigInteger.TWO.pow(300).add(BigInteger.ONE)), bs("")));
      assertEquals(bs("ff"), calls.call(consByteString, i(BigInteger.TWO.pow(300).negate().subtract(BigInteger.ONE)), bs("")));
    } else {
      calls.fails(consByteString, i(256), bs(""));
      calls.fails(consByteString, i(-88), bs("686543616b654973414c6965"));
      calls.fails(consByteString, i(-1), bs(""));
    }
  }

  @Test
  void consByteStringInDBoundsItsInteger() {
    BigInteger over = BigInteger.TWO.pow(262143);
    BuiltinCalls a = BuiltinCalls.in(SemanticsVariant.A);
    BuiltinCalls d = BuiltinCalls.in(SemanticsVariant.D);
    assertEquals(bs("00"), a.call(consByteString, i(over), bs("")));
    d.fails(consByteString, i(over), bs(""));
    assertEquals(bs("ff"), d.call(consByteString, i(over.subtract(BigInteger.ONE)), bs("")));
  }

  @ParameterizedTest
  @EnumSource(SemanticsVariant.class)
  void variantsDAndEBoundByteStringArguments(SemanticsVariant variant) {
    BuiltinCalls calls = BuiltinCalls.in(variant);
    boolean bounded = variant == SemanticsVariant.D || variant == SemanticsVariant.E;
    ByteStringConstant max = ByteStringConstant.of(new byte[65536]);
    ByteStringConstant over = ByteStringConstant.of(new byte[65537]);
    // 65536 bytes are accepted; results are not bounded.
    assertEquals(i(131072), calls.call(lengthOfByteString, calls.call(appendByteString, max, max)));
    // lengthOfByteString takes a plain ByteString.
    assertEquals(i(65537), calls.call(lengthOfByteString, over));
    List<DefaultFun> twoByteStrings = List.of(appendByteString, equalsByteString,
        lessThanByteString, lessThanEqualsByteString);
    for (DefaultFun f : twoByteStrings) {
      if (bounded) {
        calls.fails(f, over, bs("00"));
        calls.fails(f, bs("00"), over);
      } else {
        calls.call(f, over, bs("00"));
        calls.call(f, bs("00"), over);
      }
    }
    if (bounded) {
      calls.fails(consByteString, i(1), over);
      calls.fails(sliceByteString, i(0), i(1), over);
      calls.fails(indexByteString, over, i(0));
    } else {
      assertEquals(65538, ((ByteStringConstant) calls.call(consByteString, i(1), over)).length());
      assertEquals(bs("00"), calls.call(sliceByteString, i(0), i(1), over));
      assertEquals(i(0), calls.call(indexByteString, over, i(0)));
    }
    assertTrue(calls.logs.isEmpty());
  }
}
