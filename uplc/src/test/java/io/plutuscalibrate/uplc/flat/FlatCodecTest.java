package io.plutuscalibrate.uplc.flat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.core.StringConstant;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.core.Type;
import io.plutuscalibrate.uplc.core.UnitConstant;
import io.plutuscalibrate.uplc.core.Version;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FlatCodecTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final Version V100 = Version.V1_0_0;
  private static final Version V110 = Version.V1_1_0;

  private static Term con(Constant c) {
    return new Term.Const(c);
  }

  private static void assertCodes(String hex, Program p) {
    assertEquals(hex, HEX.formatHex(Flat.encode(p)));
    assertEquals(p, Flat.decode(HEX.parseHex(hex)).orElseThrow());
  }

  // Expected bytes worked out by hand from the instances in Plutus's Flat.hs files (see Note
  // [Flat programs]); the comment under each gives the bits after the version bytes.

  @Test
  void constants() {
    // 0100 (con) 1 0000 0 (integer) 00000000 (zigzag 0), filler
    assertCodes("010000480001", new Program(V100, con(IntegerConstant.of(0))));
    // tags 7 5 0 (list integer), then 1 2 (zigzag 1) 1 1 (zigzag -1) 0
    assertCodes("0100004bd6081405", new Program(V100, con(ListConstant.of(Type.INTEGER,
        List.of(IntegerConstant.of(1), IntegerConstant.of(-1))))));
    // tags 7 7 6 0 4 (pair integer bool), 00000101 (zigzag -3), 1
    assertCodes("0100004bded0a017", new Program(V100, con(PairConstant.of(
        IntegerConstant.of(-3), BoolConstant.TRUE))));
    // tag 1, filler to the byte boundary, chunk 02 0102, end 00, final filler 01
    assertCodes("01000048810201020001", new Program(V100, con(ByteStringConstant.of(
        new byte[] {1, 2}))));
    // tag 2, filler, UTF-8 c3a9 as a bytestring
    assertCodes("010000490102c3a90001", new Program(V100, con(StringConstant.of("\u00e9"))));
    // tag 8, filler, the CBOR 05 as a bytestring
    assertCodes("0100004c0101050001", new Program(V100, con(Data.integer(BigInteger.valueOf(5)))));
    // 2^64: zigzag 2^65 in ten 7-bit groups
    assertCodes("010000482020202020202020200101",
        new Program(V100, con(IntegerConstant.of(BigInteger.ONE.shiftLeft(64)))));
  }

  @Test
  void terms() {
    // 0010 (lam) 0000 (var) 00000001 (index 1), aligned filler 01
    assertCodes("010100200101", new Program(V110, new Term.Lam(null, new Term.Var(1))));
    // 0111 (builtin) 0000000 (addInteger), filler 00001
    assertCodes("0100007001", new Program(V100, new Term.Builtin(DefaultFun.addInteger)));
    assertCodes("0100007341", new Program(V100, new Term.Builtin(DefaultFun.ifThenElse)));
    // 1000 (constr) 00000001 (tag) 1 0100 1 0011 0 (con unit) 0 (end of fields)
    assertCodes("010100801a4c01", new Program(V110,
        new Term.Constr(1, List.of(con(UnitConstant.UNIT)))));
    // 1001 (case) 1000 00000000 0 (constr 0) 1 0110 (error) 0
    assertCodes("010100980059", new Program(V110,
        new Term.Case(new Term.Constr(0, List.of()), List.of(Term.Error.INSTANCE))));
  }

  @Test
  void roundTripProperty() {
    RandomPrograms gen = new RandomPrograms(42L);
    for (int n = 0; n < 1500; n++) {
      Program p = gen.program();
      byte[] bytes = Flat.encode(p);
      Program back = Flat.decode(bytes).orElseThrow();
      assertEquals(p, back);
      assertArrayEquals(bytes, Flat.encode(back));
    }
  }

  /** Truncated or corrupted encodings give a result, never an exception. */
  @Test
  void corruptedInputNeverThrows() {
    RandomPrograms gen = new RandomPrograms(7L);
    Random rnd = new Random(8L);
    for (int n = 0; n < 1500; n++) {
      byte[] bytes = Flat.encode(gen.program());
      byte[] cut = Arrays.copyOf(bytes, rnd.nextInt(bytes.length));
      assertInstanceOf(FlatDecodeResult.Failure.class, Flat.decode(cut));
      byte[] bad = bytes.clone();
      for (int k = 0; k < 2; k++) bad[rnd.nextInt(bad.length)] ^= (byte) (1 << rnd.nextInt(8));
      assertTrue(Flat.decode(bad) != null);
    }
  }

  /** Far deeper than recursion on the Java stack would allow. */
  @Test
  void deepTerms() {
    int depth = 300_000;
    Term t = new Term.Var(1);
    for (int i = 0; i < depth; i++) t = i % 2 == 0 ? new Term.Delay(t) : new Term.Lam(null, t);
    t = new Term.Apply(t, new Term.Constr(0, List.of(t)));
    byte[] bytes = Flat.encode(new Program(V110, t));
    Program back = Flat.decode(bytes).orElseThrow();
    assertArrayEquals(bytes, Flat.encode(back));
  }

  @Test
  void emptyListOfPointsIsEncodable() {
    Program p = new Program(V100, con(ListConstant.empty(Type.G1)));
    assertEquals(p, Flat.decode(Flat.encode(p)).orElseThrow());
  }

  /** Asserts a failure whose message contains the text, at the offset unless it is -1. */
  private static void assertFails(String hex, long bitOffset, String messagePart) {
    FlatDecodeResult r = Flat.decode(HEX.parseHex(hex));
    FlatDecodeResult.Failure f = assertInstanceOf(FlatDecodeResult.Failure.class, r, hex);
    assertTrue(f.message().contains(messagePart), f::toString);
    if (bitOffset >= 0) assertEquals(bitOffset, f.bitOffset(), f::toString);
  }

  @Test
  void rejects() {
    assertFails("", 0, "end of input");
    assertFails("010000", 24, "end of input while reading a term tag");
    assertFails(v100("1010"), 24, "unknown term constructor tag 10");
    assertFails(v100("0111" + "1111111"), 28, "unknown builtin function tag 127");
    assertFails(v100("1000" + "00000000" + "0"), 24, "'constr' is not allowed before version 1.1.0");
    assertFails(v100("1001" + "0110" + "0"), 24, "'case' is not allowed before version 1.1.0");
    // the input ends right after the term (error), or goes on after the filler
    assertFails("01000060", 28, "final padding");
    assertFails("010000610001", 28, "final padding");
    assertFails("010000600000", 28, "final padding");
    // a constr tag of 2^64: ten 7-bit groups, the last one 2
    assertFails(v110("1000" + "10000000".repeat(9) + "00000010" + "0"), 28, "exceeds 64 bits");
    // a de Bruijn index of 2^31
    assertFails(v100("0000" + "10000000".repeat(4) + "00001000"), 24,
        "larger than this implementation");
  }

  @Test
  void acceptsLongFillersAndRedundantGroups() {
    // error, then a filler of 12 bits: 0000 00000001
    assertEquals(Term.Error.INSTANCE, Flat.decode(HEX.parseHex("0100006001")).orElseThrow().term());
    assertEquals(Term.Error.INSTANCE, Flat.decode(HEX.parseHex("010000600001")).orElseThrow().term());
    // version 1.0.0 with the major written as two groups (81 00), index 1 as 81 00
    Program p = Flat.decode(HEX.parseHex(HEX.formatHex(pack(aligned(
        "10000001" + "00000000" + "00000000" + "00000000" + "0010" + "0000" + "10000001"
        + "00000000"))))).orElseThrow();
    assertEquals(new Program(V100, new Term.Lam(null, new Term.Var(1))), p);
  }

  @Test
  void rejectsBadConstants() {
    // type tags 7 0 0: integer applied to integer
    assertFails(v100("0100" + "10111" + "10000" + "10000" + "0"), 28, "ill-kinded");
    // type tag 5 alone: list has kind * -> *
    assertFails(v100("0100" + "10101" + "0"), 28, "non-star");
    // type tags 0 0: one left over
    assertFails(v100("0100" + "10000" + "10000" + "0"), 28, "left over");
    assertFails(v100("0100" + "11110" + "0"), 28, "unknown type tag 14");
    assertFails(v100("0100" + "10111"), 28, "type tags end early");
    // G1 element, G2 element, Miller-loop result
    assertFails(v100("0100" + "11001" + "0" + "00000000"), 34, "bls12_381_G1_element");
    assertFails(v100("0100" + "11010" + "0" + "00000000"), 34, "bls12_381_G2_element");
    assertFails(v100("0100" + "11011" + "0" + "00000000"), 34, "bls12_381_mlresult");
    // a string with invalid UTF-8 (ff); a datum whose CBOR is a text string
    assertFails(v100(aligned("0100" + "10010" + "0") + "00000001" + "11111111" + "00000000"),
        34, "invalid UTF-8");
    assertFails(v100(aligned("0100" + "11000" + "0") + "00000010" + "01100001" + "01100001"
        + "00000000"), 34, "data constant: CBOR");
    // a byte string whose chunk runs past the end
    assertFails(v100(aligned("0100" + "10001" + "0") + "00000101" + "00000000"), 40, "end of input");
  }

  @Test
  void dataConstantsIgnoreBytesAfterTheDatum() {
    // the CBOR 05 then 00 decodes to I 5: cborg's deserialiseOrFail leaves trailing bytes
    Program p = Flat.decode(HEX.parseHex(v100(aligned("0100" + "11000" + "0")
        + "00000010" + "00000101" + "00000000" + "00000000"))).orElseThrow();
    assertEquals(con(Data.integer(BigInteger.valueOf(5))), p.term());
  }

  @Test
  void valueConstants() {
    RandomPrograms gen = new RandomPrograms(3L);
    for (int n = 0; n < 200; n++) {
      Program p = new Program(V110, con(gen.value()));
      assertEquals(p, Flat.decode(Flat.encode(p)).orElseThrow());
    }
    assertFails(valueHex(new String[][] {{"aa", "bb:0"}}), 34, "zero quantity");
    assertFails(valueHex(new String[][] {{"aa"}}), 34, "empty inner map");
    assertFails(valueHex(new String[][] {{"bb", "01:1"}, {"aa", "01:1"}}), 34,
        "currency symbols not strictly ascending");
    assertFails(valueHex(new String[][] {{"aa", "02:1", "02:5"}}), 34,
        "token names not strictly ascending");
    assertFails(valueHex(new String[][] {{"aa", "00".repeat(33) + ":1"}}), -1, "Invalid Value key");
    assertFails(valueHex(new String[][] {{"aa", "01:" + BigInteger.ONE.shiftLeft(127)}}), -1,
        "128-bit");
    assertEquals(new Program(V100, con(ValueConstantsForTest.single("aa", "01", -5))),
        Flat.decode(HEX.parseHex(valueHex(new String[][] {{"aa", "01:-5"}}))).orElseThrow());
  }

  /** A 1.0.0 program of one value constant: rows of a currency then "token:quantity" entries. */
  private static String valueHex(String[][] rows) {
    FlatWriter w = new FlatWriter();
    w.word64(1);
    w.word64(0);
    w.word64(0);
    w.bits(4, 4);
    w.bit(true);
    w.bits(4, UniTags.VALUE);
    w.bit(false);
    for (String[] row : rows) {
      w.bit(true);
      w.byteString(HEX.parseHex(row[0]));
      for (int i = 1; i < row.length; i++) {
        String[] tq = row[i].split(":");
        w.bit(true);
        w.byteString(HEX.parseHex(tq[0]));
        w.integer(new BigInteger(tq[1]));
      }
      w.bit(false);
    }
    w.bit(false);
    w.filler();
    return HEX.formatHex(w.toByteArray());
  }

  @Test
  void encodingPointsFails() {
    assertThrows(IllegalArgumentException.class, () -> Flat.encode(new Program(V100,
        con(io.plutuscalibrate.uplc.core.G1Constant.of(new supranational.blst.P1())))));
  }

  @Test
  void freeVariables() {
    assertEquals(-1, FreeVariables.firstFree(new Term.Lam(null, new Term.Var(1))));
    assertEquals(2, FreeVariables.firstFree(new Term.Lam(null, new Term.Var(2))));
    assertEquals(0, FreeVariables.firstFree(new Term.Var(0)));
    assertEquals(1, FreeVariables.firstFree(new Term.Case(new Term.Constr(0, List.of()),
        List.of(new Term.Var(1)))));
  }

  // Inputs written bit by bit, as strings of 0 and 1.

  /** The bits, then a filler to the next byte boundary. */
  private static String aligned(String bits) {
    int pad = 8 - bits.length() % 8;
    return bits + "0".repeat(pad - 1) + "1";
  }

  /** A program: version 1.0.0, the given bits, the final filler. */
  private static String v100(String bits) {
    return HEX.formatHex(pack(aligned("00000001" + "00000000" + "00000000" + bits)));
  }

  /** A program: version 1.1.0, the given bits, the final filler. */
  private static String v110(String bits) {
    return HEX.formatHex(pack(aligned("00000001" + "00000001" + "00000000" + bits)));
  }

  private static byte[] pack(String bits) {
    byte[] out = new byte[bits.length() / 8];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Integer.parseInt(bits.substring(8 * i, 8 * i + 8), 2);
    }
    return out;
  }
}
