package io.plutuscalibrate.uplc.builtins;

import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.bs;
import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.s;
import static io.plutuscalibrate.uplc.core.DefaultFun.appendString;
import static io.plutuscalibrate.uplc.core.DefaultFun.decodeUtf8;
import static io.plutuscalibrate.uplc.core.DefaultFun.encodeUtf8;
import static io.plutuscalibrate.uplc.core.DefaultFun.equalsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.StringConstant;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StringBuiltinsTest {
  private final BuiltinCalls e = BuiltinCalls.in(SemanticsVariant.E);

  @Test
  void decodesValidUtf8() {
    assertEquals(s("Ola"), e.call(decodeUtf8, bs("4f6c61"))); // conformance decodeUtf8-ok
    assertEquals(s(""), e.call(decodeUtf8, bs("")));
    assertEquals(s("\u00e9\u20ac\uD83D\uDE00"), e.call(decodeUtf8, bs("c3a9e282acf09f9880")));
    assertEquals(s("\u0000\u007f\u0080\u07ff\u0800\uffff\uDBFF\uDFFF"),
        e.call(decodeUtf8, bs("007fc280dfbfe0a080efbfbff48fbfbf")));
  }

  @ParameterizedTest(name = "#{0}")
  @ValueSource(strings = {
      "a3",            // conformance decodeUtf8-invalid: a lone continuation byte
      "c0af",          // overlong '/'
      "c1bf",          // overlong
      "e080af",        // overlong
      "f08080af",      // overlong
      "eda080",        // encoded surrogate U+D800
      "edbfbf",        // encoded surrogate U+DFFF
      "f4908080",      // U+110000
      "f5808080",
      "ff",
      "c3",            // truncated
      "e282",          // truncated
      "f09f98",        // truncated
      "c328",          // bad continuation
      "4f6cc3",        // truncated at the end
  })
  void rejectsInvalidUtf8(String hex) {
    BuiltinCalls calls = BuiltinCalls.in(SemanticsVariant.E);
    calls.fails(decodeUtf8, bs(hex));
    assertEquals(List.of("decodeUtf8: invalid input"), calls.logs);
  }

  @Test
  void validatorAgreesWithTheJdkStrictDecoder() throws Exception {
    Random rnd = new Random(3);
    int valid = 0;
    for (int k = 0; k < 20000; k++) {
      byte[] b = new byte[rnd.nextInt(6)];
      for (int j = 0; j < b.length; j++) {
        // Mostly bytes around the interesting boundaries.
        int[] pool = {0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2,
            0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff};
        b[j] = (byte) (rnd.nextInt(4) == 0 ? rnd.nextInt(256) : pool[rnd.nextInt(pool.length)]);
      }
      boolean jdk = true;
      try {
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(b));
      } catch (CharacterCodingException ex) {
        jdk = false;
      }
      assertEquals(jdk, StringBuiltins.isValidUtf8(b), () -> java.util.HexFormat.of().formatHex(b));
      if (jdk) valid++;
    }
    assertFalse(valid < 1000, "the sample should hold valid sequences too");
  }

  @Test
  void encodeDecodeRoundTrip() {
    Random rnd = new Random(5);
    for (int k = 0; k < 2000; k++) {
      StringBuilder sb = new StringBuilder();
      for (int j = rnd.nextInt(8); j > 0; j--) {
        int cp = rnd.nextInt(0x110000);
        if (cp >= 0xd800 && cp <= 0xdfff) continue;
        sb.appendCodePoint(cp);
      }
      StringConstant str = s(sb.toString());
      ByteStringConstant encoded = (ByteStringConstant) e.call(encodeUtf8, str);
      assertArrayEquals(sb.toString().getBytes(StandardCharsets.UTF_8), encoded.bytes());
      assertEquals(str, e.call(decodeUtf8, encoded));
    }
  }

  @Test
  void loneSurrogatesBecomeReplacementCharacters() {
    // Haskell's Text cannot hold surrogates: Data.Text.pack maps them to U+FFFD.
    assertEquals("\uFFFD", s("\uD800").value());
    assertEquals("a\uFFFDb\uFFFD", s("a\uDC00b\uD83D").value());
    assertEquals("\uD83D\uDE00", s("\uD83D\uDE00").value());
    // So two halves of a pair never join into one character.
    assertEquals(s("\uFFFD\uFFFD"), e.call(appendString, s("\uD83D"), s("\uDE00")));
    assertEquals(bs("efbfbd"), e.call(encodeUtf8, s("\uDE00")));
  }

  @Test
  void appendAndEquals() {
    assertEquals(s("foobar"), e.call(appendString, s("foo"), s("bar")));
    assertEquals(s(""), e.call(appendString, s(""), s("")));
    assertEquals(BoolConstant.TRUE, e.call(equalsString, s("\u00e9"), s("\u00e9")));
    assertEquals(BoolConstant.FALSE, e.call(equalsString, s("e\u0301"), s("\u00e9"))); // no normalisation
    e.fails(equalsString, s("a"), bs("61"));
  }

  @Test
  void decodeUtf8BoundsItsArgumentInDAndE() {
    byte[] over = new byte[65537];
    java.util.Arrays.fill(over, (byte) 'a');
    assertEquals(65537, ((StringConstant) BuiltinCalls.in(SemanticsVariant.C)
        .call(decodeUtf8, ByteStringConstant.of(over))).value().length());
    e.fails(decodeUtf8, ByteStringConstant.of(over));
  }
}
