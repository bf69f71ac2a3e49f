package io.plutuscalibrate.uplc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.plutuscalibrate.uplc.core.StringConstant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Note [String escapes]: Haskell's escapes as megaparsec's charLiteral reads them, and Plutus's printing. */
class StringLiteralsTest {

  private static String read(String literal) {
    return ((StringConstant) UplcParser.parseConstant("string " + literal, "t").orElseThrow()).value();
  }

  @Test
  void haskellEscapes() {
    assertEquals("\t\"Success!\"\n", read("\"\\t\\\"\\83\\x75\\x63\\o143e\\x73s\\o041\\o042\\n\""));
    assertEquals("\u0007\b\f\n\r\t\u000b\\\"'", read("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\\'\""));
    assertEquals("AAA", read("\"\\X41\\O101\\65\""));
    assertEquals("\u0000\u0001\u001b\u001f", read("\"\\^@\\^A\\^[\\^_\""));
    assertEquals("\u0000\u007f ", read("\"\\NUL\\DEL\\SP\""));
    assertEquals("\u0001", read("\"\\SOH\""));
    assertEquals("\u000eH", read("\"\\SO\\&H\""));
    assertEquals("\u000c3", read("\"\\12\\&3\""));
    assertEquals("ab", read("\"a\\&\\&b\""));
    assertEquals(new String(Character.toChars(0x10FFFF)), read("\"\\1114111\""));
    assertEquals("line\nbreak\tand tab", read("\"line\nbreak\tand tab\""));
  }

  @Test
  void surrogatesBecomeTheReplacementCharacter() {
    assertEquals("X\uFFFDZ", read("\"X\\xD800Z\""));
  }

  /** charLiteral shows readLitChar at most 10 characters, so long escapes end early. */
  @Test
  void theTenCharacterWindow() {
    assertEquals("\u0000041", read("\"\\x00000000041\""));
    assertEquals("A1", read("\"\\x000000411\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "\"\\1114112\"", "\"\\12345678901\"", "\"\\&a\"", "\"a\\  \\b\"", "\"\\q\"", "\"\\x\"",
    "\"\\o8\"", "\"\\^a\"", "\"\\SX\"", "\"a\\&\\&\\&\\&\\&\"", "\"abc", "\"\\"
  })
  void malformedLiterals(String literal) {
    assertInstanceOf(ParseResult.Failed.class, UplcParser.parseConstant("string " + literal, "t"));
  }

  @Test
  void printingAsPlutus() {
    assertEquals("\"\\NUL\\SOH\\DEL\"", StringLiterals.write("\u0000\u0001\u007f"));
    assertEquals("\"\\SO\\&H\\SOx\"", StringLiterals.write("\u000eH\u000ex"));
    assertEquals("\"\\128\\&5\\128x\"", StringLiterals.write("\u00805\u0080x"));
    assertEquals("\"\\n\\t\\\"\\\\\"", StringLiterals.write("\n\t\"\\"));
    assertEquals("\"x ∈ ℝ ⇒ x² ≥ 0 \u00a0𝔸\"", StringLiterals.write("x ∈ ℝ ⇒ x² ≥ 0 \u00a0𝔸"));
    assertEquals("\"\\8203\\8232\"", StringLiterals.write("\u200b\u2028"));
    assertEquals("\"\"", StringLiterals.write(""));
  }

  @Test
  void printedStringsReadBack() {
    Random random = new Random(20240611);
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        int cp = switch (random.nextInt(4)) {
          case 0 -> random.nextInt(0x80);
          case 1 -> "0123456789H&\\\"".charAt(random.nextInt(14));
          case 2 -> random.nextInt(0x3000);
          default -> random.nextInt(Character.MAX_CODE_POINT + 1);
        };
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) cp = 'x';
        sb.appendCodePoint(cp);
      }
      String s = sb.toString();
      assertEquals(s, read(StringLiterals.write(s)), () -> "literal " + StringLiterals.write(s));
    }
  }
}
