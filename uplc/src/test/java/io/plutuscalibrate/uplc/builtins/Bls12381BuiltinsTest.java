package io.plutuscalibrate.uplc.builtins;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.G1Constant;
import io.plutuscalibrate.uplc.core.G2Constant;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.MlResultConstant;
import io.plutuscalibrate.uplc.core.Type;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import supranational.blst.P1;
import supranational.blst.P2;

class Bls12381BuiltinsTest {
  private static final SemanticsVariant E = SemanticsVariant.E;
  private static final BigInteger R = Bls12381Builtins.GROUP_ORDER;
  private static final Random RANDOM = new Random(381);

  private static CekValue call(SemanticsVariant variant, DefaultFun fun, CekValue... args) {
    return BuiltinTable.forVariant(variant).find(fun).orElseThrow().meaning().apply(args, message -> {});
  }

  private static CekValue call(DefaultFun fun, CekValue... args) {
    return call(E, fun, args);
  }

  private static IntegerConstant integer(BigInteger n) {
    return IntegerConstant.of(n);
  }

  private static IntegerConstant integer(long n) {
    return IntegerConstant.of(n);
  }

  private static ByteStringConstant bytes(byte[] b) {
    return ByteStringConstant.of(b);
  }

  private static G1Constant randomG1() {
    return G1Constant.of(P1.generator().mult(new BigInteger(255, RANDOM)));
  }

  private static G2Constant randomG2() {
    return G2Constant.of(P2.generator().mult(new BigInteger(255, RANDOM)));
  }

  private static final G1Constant G1_ZERO = G1Constant.of(new P1());
  private static final G2Constant G2_ZERO = G2Constant.of(new P2());

  @Test
  void groupLawsG1() {
    G1Constant p = randomG1();
    G1Constant q = randomG1();
    assertEquals(call(DefaultFun.bls12_381_G1_add, p, q), call(DefaultFun.bls12_381_G1_add, q, p));
    assertEquals(G1_ZERO, call(DefaultFun.bls12_381_G1_add, p, call(DefaultFun.bls12_381_G1_neg, p)));
    assertEquals(p, call(DefaultFun.bls12_381_G1_add, p, G1_ZERO));
    assertEquals(BoolConstant.TRUE, call(DefaultFun.bls12_381_G1_equal, p, G1Constant.of(p.point().dup())));
    assertEquals(BoolConstant.FALSE, call(DefaultFun.bls12_381_G1_equal, p, q));
    assertEquals(call(DefaultFun.bls12_381_G1_add, p, p), call(DefaultFun.bls12_381_G1_scalarMul, integer(2), p));
  }

  @Test
  void groupLawsG2() {
    G2Constant p = randomG2();
    G2Constant q = randomG2();
    assertEquals(call(DefaultFun.bls12_381_G2_add, p, q), call(DefaultFun.bls12_381_G2_add, q, p));
    assertEquals(G2_ZERO, call(DefaultFun.bls12_381_G2_add, p, call(DefaultFun.bls12_381_G2_neg, p)));
    assertEquals(BoolConstant.TRUE, call(DefaultFun.bls12_381_G2_equal, p, G2Constant.of(p.point().dup())));
    assertEquals(BoolConstant.FALSE, call(DefaultFun.bls12_381_G2_equal, p, q));
    assertEquals(call(DefaultFun.bls12_381_G2_add, p, p), call(DefaultFun.bls12_381_G2_scalarMul, integer(2), p));
  }

  @Test
  void argumentsAreNeverMutated() {
    G1Constant p = randomG1();
    byte[] before = p.point().compress();
    call(DefaultFun.bls12_381_G1_add, p, p);
    call(DefaultFun.bls12_381_G1_neg, p);
    call(DefaultFun.bls12_381_G1_scalarMul, integer(7), p);
    call(DefaultFun.bls12_381_millerLoop, p, randomG2());
    assertArrayEquals(before, p.point().compress());
    G2Constant q = randomG2();
    byte[] beforeQ = q.point().compress();
    call(DefaultFun.bls12_381_G2_add, q, q);
    call(DefaultFun.bls12_381_G2_neg, q);
    call(DefaultFun.bls12_381_G2_scalarMul, integer(-7), q);
    assertArrayEquals(beforeQ, q.point().compress());
    MlResultConstant m = (MlResultConstant) call(DefaultFun.bls12_381_millerLoop, p, q);
    byte[] beforeM = m.value().to_bendian();
    call(DefaultFun.bls12_381_mulMlResult, m, m);
    assertArrayEquals(beforeM, m.value().to_bendian());
  }

  /** See Note [BLS12-381 scalars]. */
  @Test
  void scalarsAreReducedModuloTheGroupOrder() {
    G1Constant p = randomG1();
    G2Constant q = randomG2();
    CekValue pNeg = call(DefaultFun.bls12_381_G1_neg, p);
    for (SemanticsVariant v : SemanticsVariant.values()) {
      assertEquals(pNeg, call(v, DefaultFun.bls12_381_G1_scalarMul, integer(-1), p));
      assertEquals(G1_ZERO, call(v, DefaultFun.bls12_381_G1_scalarMul, integer(0), p));
      assertEquals(G1_ZERO, call(v, DefaultFun.bls12_381_G1_scalarMul, integer(R), p));
      assertEquals(p, call(v, DefaultFun.bls12_381_G1_scalarMul, integer(R.add(BigInteger.ONE)), p));
      assertEquals(call(v, DefaultFun.bls12_381_G1_scalarMul, integer(5), p),
          call(v, DefaultFun.bls12_381_G1_scalarMul, integer(R.multiply(BigInteger.valueOf(-3)).add(BigInteger.valueOf(5))), p));
      assertEquals(G2_ZERO, call(v, DefaultFun.bls12_381_G2_scalarMul, integer(R.negate()), q));
      assertEquals(call(v, DefaultFun.bls12_381_G2_neg, q), call(v, DefaultFun.bls12_381_G2_scalarMul, integer(R.subtract(BigInteger.ONE)), q));
    }
  }

  @Test
  void scalarMulBoundOnlyUnderVariantsDAndE() {
    G1Constant p = randomG1();
    G2Constant q = randomG2();
    BigInteger top = BigInteger.TWO.pow(4095);
    BigInteger[] inBounds = {top.subtract(BigInteger.ONE), top.negate()};
    BigInteger[] outOfBounds = {top, top.negate().subtract(BigInteger.ONE), BigInteger.TWO.pow(10000)};
    for (SemanticsVariant v : SemanticsVariant.values()) {
      boolean bounded = v == SemanticsVariant.D || v == SemanticsVariant.E;
      for (BigInteger k : inBounds) {
        assertEquals(G1Constant.of(p.point().dup().mult(k.mod(R))), call(v, DefaultFun.bls12_381_G1_scalarMul, integer(k), p));
        call(v, DefaultFun.bls12_381_G2_scalarMul, integer(k), q);
      }
      for (BigInteger k : outOfBounds) {
        if (bounded) {
          assertThrows(BuiltinFailure.class, () -> call(v, DefaultFun.bls12_381_G1_scalarMul, integer(k), p));
          assertThrows(BuiltinFailure.class, () -> call(v, DefaultFun.bls12_381_G2_scalarMul, integer(k), q));
        } else {
          assertEquals(G1Constant.of(p.point().dup().mult(k.mod(R))), call(v, DefaultFun.bls12_381_G1_scalarMul, integer(k), p));
          assertEquals(G2Constant.of(q.point().dup().mult(k.mod(R))), call(v, DefaultFun.bls12_381_G2_scalarMul, integer(k), q));
        }
      }
    }
  }

  @Test
  void compressAndUncompressRoundTrip() {
    for (int i = 0; i < 10; i++) {
      G1Constant p = i == 0 ? G1_ZERO : randomG1();
      CekValue c = call(DefaultFun.bls12_381_G1_compress, p);
      assertEquals(48, ((ByteStringConstant) c).length());
      assertEquals(p, call(DefaultFun.bls12_381_G1_uncompress, c));
      G2Constant q = i == 0 ? G2_ZERO : randomG2();
      CekValue d = call(DefaultFun.bls12_381_G2_compress, q);
      assertEquals(96, ((ByteStringConstant) d).length());
      assertEquals(q, call(DefaultFun.bls12_381_G2_uncompress, d));
    }
    byte[] zero = new byte[48];
    zero[0] = (byte) 0xc0;
    assertArrayEquals(zero, ((ByteStringConstant) call(DefaultFun.bls12_381_G1_compress, G1_ZERO)).bytes());
  }

  @Test
  void uncompressRejects() {
    byte[] g = P1.generator().compress();
    List<byte[]> bad = new ArrayList<>();
    bad.add(java.util.Arrays.copyOf(g, 47));
    bad.add(java.util.Arrays.copyOf(g, 49));
    bad.add(new byte[0]);
    byte[] noCompressionBit = g.clone();
    noCompressionBit[0] &= 0x7f;
    bad.add(noCompressionBit);
    bad.add(new byte[48]); // compression bit clear: the uncompressed zero is not accepted here
    byte[] infinityWithJunk = new byte[48];
    infinityWithJunk[0] = (byte) 0xc0;
    infinityWithJunk[47] = 1;
    bad.add(infinityWithJunk);
    byte[] infinityWithSign = new byte[48];
    infinityWithSign[0] = (byte) 0xe0;
    bad.add(infinityWithSign);
    byte[] xTooBig = new byte[48];
    java.util.Arrays.fill(xTooBig, (byte) 0xff);
    xTooBig[0] = (byte) 0x9f; // compression bit and 381 one bits: x > p
    bad.add(xTooBig);
    bad.add(offGroupG1());
    for (byte[] b : bad) {
      assertThrows(BuiltinFailure.class, () -> call(DefaultFun.bls12_381_G1_uncompress, bytes(b)),
          HexFormat.of().formatHex(b));
    }
    byte[] g2 = P2.generator().compress();
    assertThrows(BuiltinFailure.class, () -> call(DefaultFun.bls12_381_G2_uncompress, bytes(g)));
    assertThrows(BuiltinFailure.class, () -> call(DefaultFun.bls12_381_G1_uncompress, bytes(g2)));
  }

  /** The compressed encoding of a point on E1 outside G1: the smallest such x found by search. */
  private static byte[] offGroupG1() {
    for (int x = 1; ; x++) {
      byte[] enc = new byte[48];
      enc[47] = (byte) x;
      enc[0] = (byte) 0x80;
      try {
        P1 p = new P1(enc);
        assertTrue(p.on_curve());
        if (!p.in_group()) return enc;
      } catch (RuntimeException notOnCurve) {
        // try the next x
      }
    }
  }

  @Test
  void hashToGroup() {
    byte[] msg = "plutus".getBytes(StandardCharsets.US_ASCII);
    for (int dstLength : new int[] {0, 1, 255}) {
      byte[] dst = new byte[dstLength];
      RANDOM.nextBytes(dst);
      G1Constant h1 = (G1Constant) call(DefaultFun.bls12_381_G1_hashToGroup, bytes(msg), bytes(dst));
      assertTrue(h1.point().in_group());
      G2Constant h2 = (G2Constant) call(DefaultFun.bls12_381_G2_hashToGroup, bytes(msg), bytes(dst));
      assertTrue(h2.point().in_group());
    }
    assertThrows(BuiltinFailure.class,
        () -> call(DefaultFun.bls12_381_G1_hashToGroup, bytes(msg), bytes(new byte[256])));
    assertThrows(BuiltinFailure.class,
        () -> call(DefaultFun.bls12_381_G2_hashToGroup, bytes(msg), bytes(new byte[256])));
    // The message is a CByteString under D and E only.
    ByteStringConstant huge = bytes(new byte[65537]);
    call(SemanticsVariant.C, DefaultFun.bls12_381_G1_hashToGroup, huge, bytes(new byte[0]));
    assertThrows(BuiltinFailure.class, () -> call(DefaultFun.bls12_381_G1_hashToGroup, huge, bytes(new byte[0])));
    assertThrows(BuiltinFailure.class, () -> call(DefaultFun.bls12_381_G2_hashToGroup, huge, bytes(new byte[0])));
    // Different messages or tags give different points.
    assertEquals(BoolConstant.FALSE, call(DefaultFun.bls12_381_G1_equal,
        call(DefaultFun.bls12_381_G1_hashToGroup, bytes(msg), bytes(new byte[] {1})),
        call(DefaultFun.bls12_381_G1_hashToGroup, bytes(msg), bytes(new byte[] {2}))));
  }

  @Test
  void multiScalarMul() {
    List<G1Constant> points = List.of(randomG1(), randomG1(), randomG1());
    List<G2Constant> points2 = List.of(randomG2(), randomG2(), randomG2());
    BigInteger[] scalars = {BigInteger.valueOf(3), R.negate().subtract(BigInteger.ONE), BigInteger.TWO.pow(4000)};
    P1 expected = new P1();
    P2 expected2 = new P2();
    for (int i = 0; i < 3; i++) {
      expected.add(points.get(i).point().dup().mult(scalars[i].mod(R)));
      expected2.add(points2.get(i).point().dup().mult(scalars[i].mod(R)));
    }
    assertEquals(G1Constant.of(expected), call(DefaultFun.bls12_381_G1_multiScalarMul, ints(scalars), g1s(points)));
    assertEquals(G2Constant.of(expected2), call(DefaultFun.bls12_381_G2_multiScalarMul, ints(scalars), g2s(points2)));
    // Empty lists, and lists of different lengths (zip drops the longer tail).
    assertEquals(G1_ZERO, call(DefaultFun.bls12_381_G1_multiScalarMul, ints(), g1s(List.of())));
    assertEquals(G1_ZERO, call(DefaultFun.bls12_381_G1_multiScalarMul, ints(), g1s(points)));
    assertEquals(G2_ZERO, call(DefaultFun.bls12_381_G2_multiScalarMul, ints(scalars), g2s(List.of())));
    assertEquals(call(DefaultFun.bls12_381_G1_scalarMul, integer(3), points.get(0)),
        call(DefaultFun.bls12_381_G1_multiScalarMul, ints(BigInteger.valueOf(3)), g1s(points)));
    assertEquals(call(DefaultFun.bls12_381_G1_scalarMul, integer(3), points.get(0)),
        call(DefaultFun.bls12_381_G1_multiScalarMul, ints(scalars), g1s(points.subList(0, 1))));
    // Every scalar is bounded, even one without a point; the bound applies in every variant.
    for (SemanticsVariant v : SemanticsVariant.values()) {
      assertThrows(BuiltinFailure.class, () -> call(v, DefaultFun.bls12_381_G1_multiScalarMul,
          ints(BigInteger.ONE, BigInteger.TWO.pow(4095)), g1s(points.subList(0, 1))));
      assertThrows(BuiltinFailure.class, () -> call(v, DefaultFun.bls12_381_G2_multiScalarMul,
          ints(BigInteger.TWO.pow(4095).negate().subtract(BigInteger.ONE)), g2s(List.of())));
    }
    call(DefaultFun.bls12_381_G1_multiScalarMul, ints(BigInteger.TWO.pow(4095).negate()), g1s(points));
    // A list of another element type does not unlift, even empty.
    assertThrows(BuiltinFailure.class, () -> call(DefaultFun.bls12_381_G1_multiScalarMul,
        ListConstant.empty(Type.BOOL), g1s(points)));
    assertThrows(BuiltinFailure.class, () -> call(DefaultFun.bls12_381_G1_multiScalarMul,
        ints(), ListConstant.empty(Type.G2)));
  }

  /** e([a]P, Q) = e(P, [a]Q), and e(P, Q) e(P, Q) = e([2]P, Q); see Note [BLS12-381 scalars]. */
  @Test
  void pairingIsBilinear() {
    for (int i = 0; i < 3; i++) {
      G1Constant p = randomG1();
      G2Constant q = randomG2();
      IntegerConstant a = integer(new BigInteger(300, RANDOM).subtract(BigInteger.TWO.pow(299)));
      CekValue left = call(DefaultFun.bls12_381_millerLoop, call(DefaultFun.bls12_381_G1_scalarMul, a, p), q);
      CekValue right = call(DefaultFun.bls12_381_millerLoop, p, call(DefaultFun.bls12_381_G2_scalarMul, a, q));
      assertEquals(BoolConstant.TRUE, call(DefaultFun.bls12_381_finalVerify, left, right));
      CekValue other = call(DefaultFun.bls12_381_millerLoop, p, q);
      assertEquals(BoolConstant.FALSE, call(DefaultFun.bls12_381_finalVerify, left, other));
      CekValue squared = call(DefaultFun.bls12_381_mulMlResult, other, other);
      CekValue doubled = call(DefaultFun.bls12_381_millerLoop, call(DefaultFun.bls12_381_G1_add, p, p), q);
      assertEquals(BoolConstant.TRUE, call(DefaultFun.bls12_381_finalVerify, squared, doubled));
    }
    // Pairing with the identity gives the identity of the target group.
    CekValue withZero = call(DefaultFun.bls12_381_millerLoop, G1_ZERO, randomG2());
    CekValue withZero2 = call(DefaultFun.bls12_381_millerLoop, randomG1(), G2_ZERO);
    assertEquals(BoolConstant.TRUE, call(DefaultFun.bls12_381_finalVerify, withZero, withZero2));
  }

  @Test
  void wrongArgumentTypesFail() {
    assertThrows(BuiltinFailure.class, () -> call(DefaultFun.bls12_381_G1_add, randomG1(), randomG2()));
    assertThrows(BuiltinFailure.class, () -> call(DefaultFun.bls12_381_G2_neg, randomG1()));
    assertThrows(BuiltinFailure.class, () -> call(DefaultFun.bls12_381_millerLoop, randomG2(), randomG1()));
    assertThrows(BuiltinFailure.class, () -> call(DefaultFun.bls12_381_G1_scalarMul, randomG1(), integer(2)));
  }

  @Test
  void everyArgumentHasTheDefaultSize() {
    assertEquals(18, SizeMeasure.DEFAULT.size(G1_ZERO));
    assertEquals(36, SizeMeasure.DEFAULT.size(G2_ZERO));
    assertEquals(72, SizeMeasure.DEFAULT.size(call(DefaultFun.bls12_381_millerLoop, G1_ZERO, G2_ZERO)));
    int declared = 0;
    for (DefaultFun fun : DefaultFun.values()) {
      if (!fun.name().startsWith("bls12_381")) continue;
      for (SemanticsVariant v : SemanticsVariant.values()) {
        BuiltinSpec spec = BuiltinTable.forVariant(v).find(fun).orElseThrow();
        assertTrue(spec.sizes().stream().allMatch(s -> s == SizeMeasure.DEFAULT), fun.name());
      }
      declared++;
    }
    assertEquals(19, declared);
    assertFalse(BuiltinTable.forVariant(E).find(DefaultFun.bls12_381_G1_add).isEmpty());
  }

  private static ListConstant ints(BigInteger... values) {
    List<IntegerConstant> items = new ArrayList<>();
    for (BigInteger v : values) items.add(integer(v));
    return ListConstant.of(Type.INTEGER, items);
  }

  private static ListConstant g1s(List<G1Constant> points) {
    return ListConstant.of(Type.G1, points);
  }

  private static ListConstant g2s(List<G2Constant> points) {
    return ListConstant.of(Type.G2, points);
  }
}
