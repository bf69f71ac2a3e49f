package io.plutuscalibrate.uplc.builtins;

import static io.plutuscalibrate.uplc.builtins.Calls.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The operations of {@link Bitwise}: examples from CIP-122/123 and the Plutus sources, and laws
 * checked on seeded random bytestrings against a model that reads a bytestring of n bytes as an
 * unsigned big-endian number of 8n bits (Note [Bit indexing]).
 */
class BitwiseTest {
  private static final int TRIALS = 400;

  // The model.

  private static BigInteger num(byte[] a) {
    return new BigInteger(1, a);
  }

  private static byte[] bytes(BigInteger n, int length) {
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      out[length - 1 - i] = n.shiftRight(8 * i).byteValue();
    }
    return out;
  }

  private static BigInteger mask(int length) {
    return BigInteger.ONE.shiftLeft(8 * length).subtract(BigInteger.ONE);
  }

  private static byte[] random(Random r, int maxLength) {
    byte[] a = new byte[r.nextInt(maxLength + 1)];
    r.nextBytes(a);
    // Sparse bytestrings exercise zero bytes in findFirstSetBit and friends.
    if (r.nextInt(4) == 0) {
      for (int i = 0; i < a.length; i++) if (r.nextInt(3) > 0) a[i] = 0;
    }
    return a;
  }

  // Logical operations.

  @Test
  void paddingKeepsTheLongerArgumentsTailAndTruncationDropsIt() {
    byte[] a = hex("0fff");
    byte[] b = hex("f0");
    assertEquals("00", hex(Bitwise.and(false, a, b)));
    assertEquals("00ff", hex(Bitwise.and(true, a, b)));
    assertEquals("ff", hex(Bitwise.or(false, a, b)));
    assertEquals("ffff", hex(Bitwise.or(true, a, b)));
    assertEquals("ff", hex(Bitwise.xor(false, b, a)));
    assertEquals("ffff", hex(Bitwise.xor(true, b, a)));
    // With an empty argument: truncation gives empty, padding gives the other argument.
    assertEquals("", hex(Bitwise.and(false, a, new byte[0])));
    assertEquals("0fff", hex(Bitwise.and(true, new byte[0], a)));
  }

  @Test
  void logicalOperationsAgreeWithTheModelOnEqualLengths() {
    Random r = new Random(1);
    for (int t = 0; t < TRIALS; t++) {
      byte[] a = random(r, 40);
      byte[] b = new byte[a.length];
      r.nextBytes(b);
      for (boolean pad : new boolean[] {false, true}) {
        assertArrayEquals(bytes(num(a).and(num(b)), a.length), Bitwise.and(pad, a, b));
        assertArrayEquals(bytes(num(a).or(num(b)), a.length), Bitwise.or(pad, a, b));
        assertArrayEquals(bytes(num(a).xor(num(b)), a.length), Bitwise.xor(pad, a, b));
      }
      assertArrayEquals(bytes(num(a).xor(mask(a.length)), a.length), Bitwise.complement(a));
    }
  }

  @Test
  void logicalLaws() {
    Random r = new Random(2);
    for (int t = 0; t < TRIALS; t++) {
      byte[] a = random(r, 40);
      byte[] b = random(r, 40);
      for (boolean pad : new boolean[] {false, true}) {
        // Commutative, for both semantics.
        assertArrayEquals(Bitwise.and(pad, a, b), Bitwise.and(pad, b, a));
        assertArrayEquals(Bitwise.or(pad, a, b), Bitwise.or(pad, b, a));
        assertArrayEquals(Bitwise.xor(pad, a, b), Bitwise.xor(pad, b, a));
        // Idempotent and self-inverse.
        assertArrayEquals(a, Bitwise.and(pad, a, a));
        assertArrayEquals(a, Bitwise.or(pad, a, a));
        assertArrayEquals(new byte[a.length], Bitwise.xor(pad, a, a));
      }
      // The result's length.
      assertEquals(Math.max(a.length, b.length), Bitwise.or(true, a, b).length);
      assertEquals(Math.min(a.length, b.length), Bitwise.or(false, a, b).length);
      // De Morgan, with truncation.
      assertArrayEquals(Bitwise.complement(Bitwise.and(false, a, b)),
          Bitwise.or(false, Bitwise.complement(a), Bitwise.complement(b)));
      assertArrayEquals(a, Bitwise.complement(Bitwise.complement(a)));
    }
  }

  @Test
  void inputsAreNotModified() {
    byte[] a = hex("0fff");
    byte[] b = hex("f0f0f0");
    Bitwise.and(true, a, b);
    Bitwise.xor(false, a, b);
    Bitwise.complement(a);
    Bitwise.writeBits(a, list(0, 1, 2), true);
    Bitwise.shift(b, BigInteger.valueOf(3));
    Bitwise.rotate(b, BigInteger.valueOf(-3));
    assertEquals("0fff", hex(a));
    assertEquals("f0f0f0", hex(b));
  }

  // Reading and writing bits.

  @Test
  void bitZeroIsTheLowestBitOfTheLastByte() {
    byte[] f4 = hex("f4"); // 1111 0100
    boolean[] expected = {false, false, true, false, true, true, true, true};
    for (int i = 0; i < 8; i++) assertEquals(expected[i], Bitwise.readBit(f4, i), "bit " + i);
    assertEquals(true, Bitwise.readBit(hex("f4ff"), 10));
    assertEquals(false, Bitwise.readBit(hex("f4ff"), 11));
    assertEquals("fe", hex(Bitwise.writeBits(hex("ff"), list(0), false)));
    assertEquals("80", hex(Bitwise.writeBits(hex("00"), list(7), true)));
    assertEquals("f0fd", hex(Bitwise.writeBits(hex("f4ff"), list(10, 1), false)));
  }

  @Test
  void readAndWriteAgreeWithTheModel() {
    Random r = new Random(3);
    for (int t = 0; t < TRIALS; t++) {
      byte[] a = random(r, 20);
      if (a.length == 0) continue;
      BigInteger n = num(a);
      long i = r.nextInt(8 * a.length);
      assertEquals(n.testBit((int) i), Bitwise.readBit(a, i));
      long j = r.nextInt(8 * a.length);
      assertArrayEquals(bytes(n.setBit((int) i).setBit((int) j), a.length),
          Bitwise.writeBits(a, list(i, j), true));
      assertArrayEquals(bytes(n.clearBit((int) i).clearBit((int) j), a.length),
          Bitwise.writeBits(a, list(i, j), false));
    }
  }

  @Test
  void outOfRangeIndicesFail() {
    assertThrows(BuiltinFailure.class, () -> Bitwise.readBit(new byte[0], 0));
    assertThrows(BuiltinFailure.class, () -> Bitwise.readBit(hex("ff"), -1));
    assertThrows(BuiltinFailure.class, () -> Bitwise.readBit(hex("ff"), 8));
    assertThrows(BuiltinFailure.class, () -> Bitwise.readBit(hex("fff4"), 16));
    assertThrows(BuiltinFailure.class, () -> Bitwise.readBit(hex("ff"), Long.MAX_VALUE));
    assertThrows(BuiltinFailure.class, () -> Bitwise.readBit(hex("ff"), Long.MIN_VALUE));
    assertThrows(BuiltinFailure.class, () -> Bitwise.writeBits(new byte[0], list(0), true));
    assertThrows(BuiltinFailure.class, () -> Bitwise.writeBits(hex("ff"), list(0, -1), false));
    assertThrows(BuiltinFailure.class, () -> Bitwise.writeBits(hex("ff"), list(8, 1), false));
    ListConstant huge = ListConstant.of(Type.INTEGER,
        List.of(IntegerConstant.of(BigInteger.ONE.shiftLeft(100))));
    assertThrows(BuiltinFailure.class, () -> Bitwise.writeBits(hex("ff"), huge, true));
  }

  @Test
  void writingNoBitsReturnsTheInput() {
    byte[] a = hex("00ff");
    assertSame(a, Bitwise.writeBits(a, list(), true));
    byte[] empty = new byte[0];
    assertSame(empty, Bitwise.writeBits(empty, list(), false));
  }

  @Test
  void laterWritesWin() {
    // writeBits sets or clears only: repeating an index changes nothing further.
    assertEquals("f0fd",
        hex(Bitwise.writeBits(hex("f4ff"), list(10, 1, 10, 1, 1, 1, 1, 10, 10, 10, 1), false)));
    assertEquals("04ff", hex(Bitwise.writeBits(
        Bitwise.writeBits(hex("00ff"), list(10), false), list(10), true)));
  }

  // Replication.

  @Test
  void replicateByteLimits() {
    assertEquals("", hex(Bitwise.replicateByte(BigInteger.ZERO, 0xff)));
    assertEquals("ffffffff", hex(Bitwise.replicateByte(BigInteger.valueOf(4), 0xff)));
    assertEquals(8192, Bitwise.replicateByte(BigInteger.valueOf(8192), 0x8d).length);
    assertThrows(BuiltinFailure.class, () -> Bitwise.replicateByte(BigInteger.valueOf(8193), 1));
    assertThrows(BuiltinFailure.class, () -> Bitwise.replicateByte(BigInteger.valueOf(-1), 1));
    assertThrows(BuiltinFailure.class, () -> Bitwise.replicateByte(BigInteger.ONE.shiftLeft(64), 1));
  }

  // Shifts and rotations.

  @Test
  void shiftExamples() {
    assertEquals("7f80", hex(Bitwise.shift(hex("ebfc"), BigInteger.valueOf(5))));
    assertEquals("075f", hex(Bitwise.shift(hex("ebfc"), BigInteger.valueOf(-5))));
    assertEquals("0000", hex(Bitwise.shift(hex("ebfc"), BigInteger.valueOf(16))));
    assertEquals("0000", hex(Bitwise.shift(hex("ebfc"), BigInteger.valueOf(-16))));
    assertEquals("fc00", hex(Bitwise.shift(hex("ebfc"), BigInteger.valueOf(8))));
    assertEquals("00eb", hex(Bitwise.shift(hex("ebfc"), BigInteger.valueOf(-8))));
  }

  @Test
  void hugeAndEdgeShifts() {
    byte[] a = hex("33c2f0d68584803b9dc05b3b0b9cbd");
    for (BigInteger k : List.of(BigInteger.ONE.shiftLeft(63), BigInteger.ONE.shiftLeft(200),
        BigInteger.valueOf(Long.MAX_VALUE), BigInteger.valueOf(Long.MIN_VALUE),
        BigInteger.ONE.shiftLeft(200).negate(), BigInteger.valueOf(8L * a.length),
        BigInteger.valueOf(-8L * a.length))) {
      assertArrayEquals(new byte[a.length], Bitwise.shift(a, k), "shift by " + k);
    }
    assertSame(a, Bitwise.shift(a, BigInteger.ZERO));
    byte[] empty = new byte[0];
    assertSame(empty, Bitwise.shift(empty, BigInteger.valueOf(3)));
    assertSame(empty, Bitwise.rotate(empty, BigInteger.valueOf(-3)));
    assertSame(a, Bitwise.rotate(a, BigInteger.valueOf(8L * a.length).shiftLeft(100)));
  }

  @Test
  void shiftsAndRotationsAgreeWithTheModel() {
    Random r = new Random(4);
    for (int t = 0; t < TRIALS; t++) {
      byte[] a = random(r, 24);
      if (a.length == 0) continue;
      int bits = 8 * a.length;
      BigInteger n = num(a);
      int k = r.nextInt(2 * bits + 1) - bits; // in [-8n, 8n]
      BigInteger shifted = k >= 0 ? n.shiftLeft(k).and(mask(a.length)) : n.shiftRight(-k);
      assertArrayEquals(bytes(shifted, a.length), Bitwise.shift(a, BigInteger.valueOf(k)),
          hex(a) + " shifted by " + k);
      int left = Math.floorMod(k, bits);
      BigInteger rotated = n.shiftLeft(left).or(n.shiftRight(bits - left)).and(mask(a.length));
      assertArrayEquals(bytes(rotated, a.length), Bitwise.rotate(a, BigInteger.valueOf(k)),
          hex(a) + " rotated by " + k);
      // Rotation by k + j * 8n is rotation by k, for any j, however large.
      BigInteger far = BigInteger.valueOf(k).add(
          BigInteger.valueOf(bits).multiply(BigInteger.valueOf(r.nextLong())));
      assertArrayEquals(Bitwise.rotate(a, BigInteger.valueOf(k)), Bitwise.rotate(a, far));
      // Rotations compose and invert.
      assertArrayEquals(a, Bitwise.rotate(Bitwise.rotate(a, BigInteger.valueOf(k)),
          BigInteger.valueOf(-k)));
      assertEquals(Bitwise.countSetBits(a), Bitwise.countSetBits(Bitwise.rotate(a,
          BigInteger.valueOf(k))));
    }
  }

  // Counting.

  @Test
  void countingAgreesWithTheModel() {
    Random r = new Random(5);
    for (int t = 0; t < TRIALS; t++) {
      byte[] a = random(r, 40);
      BigInteger n = num(a);
      assertEquals(n.bitCount(), Bitwise.countSetBits(a));
      assertEquals(n.signum() == 0 ? -1 : n.getLowestSetBit(), Bitwise.findFirstSetBit(a));
    }
  }

  @Test
  void countingExamples() {
    assertEquals(-1, Bitwise.findFirstSetBit(new byte[0]));
    assertEquals(-1, Bitwise.findFirstSetBit(hex("0000")));
    assertEquals(1, Bitwise.findFirstSetBit(hex("fff2")));
    assertEquals(15, Bitwise.findFirstSetBit(hex("8000")));
    assertEquals(0, Bitwise.countSetBits(new byte[0]));
    assertEquals(1, Bitwise.countSetBits(hex("0100")));
    assertEquals(16, Bitwise.countSetBits(hex("ffff")));
  }

  private static ListConstant list(long... xs) {
    List<IntegerConstant> items = new ArrayList<>();
    for (long x : xs) items.add(IntegerConstant.of(x));
    return ListConstant.of(Type.INTEGER, items);
  }
}
