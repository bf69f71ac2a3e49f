package io.plutuscalibrate.uplc.builtins;

import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The bytestring operations of CIP-121, CIP-122 and CIP-123, as {@code PlutusCore.Bitwise} defines
 * them. Inputs are never modified; each result is a fresh array (or the input itself where Plutus
 * returns its argument unchanged). Failures are {@link BuiltinFailure}s.
 *
 * <p>Note [Bit indexing]: a bytestring of n bytes is read as a number of 8n bits written
 * big-endian, and bit i is the bit of weight 2^i: bit 0 is the least significant bit of the
 * <em>last</em> byte, bit 8n - 1 the most significant bit of the first. readBit, writeBits,
 * findFirstSetBit, shifts and rotations all use this indexing; a positive shift or rotation moves
 * bits towards higher indices (to the left, as in {@code Data.Bits.shiftL}).
 */
public final class Bitwise {
  private Bitwise() {}

  /** {@code maximumOutputLength}: the longest result of integerToByteString and replicateByte. */
  public static final int MAXIMUM_OUTPUT_LENGTH = 8192;

  /**
   * {@code maximumInputLength}: the longest bytestring writeBits accepts under variants D and E.
   */
  public static final int MAXIMUM_INPUT_LENGTH = 4096;

  private enum Op { AND, OR, XOR }

  /**
   * Bitwise AND. With padding the result is as long as the longer argument, whose extra bytes are
   * copied unchanged; without, as long as the shorter one, the extra bytes being dropped. The
   * arguments are aligned at their first bytes.
   */
  public static byte[] and(boolean pad, byte[] a, byte[] b) {
    return combine(Op.AND, pad, a, b);
  }

  /** Bitwise OR; padding as in {@link #and}. */
  public static byte[] or(boolean pad, byte[] a, byte[] b) {
    return combine(Op.OR, pad, a, b);
  }

  /** Bitwise XOR; padding as in {@link #and}. */
  public static byte[] xor(boolean pad, byte[] a, byte[] b) {
    return combine(Op.XOR, pad, a, b);
  }

  private static byte[] combine(Op op, boolean pad, byte[] a, byte[] b) {
    byte[] shorter = a.length < b.length ? a : b;
    byte[] longer = a.length < b.length ? b : a;
    byte[] out = Arrays.copyOf(pad ? longer : shorter, pad ? longer.length : shorter.length);
    byte[] other = pad ? shorter : longer;
    for (int i = 0; i < shorter.length; i++) {
      out[i] = switch (op) {
        case AND -> (byte) (out[i] & other[i]);
        case OR -> (byte) (out[i] | other[i]);
        case XOR -> (byte) (out[i] ^ other[i]);
      };
    }
    return out;
  }

  /** Flips every bit. */
  public static byte[] complement(byte[] a) {
    byte[] out = new byte[a.length];
    for (int i = 0; i < a.length; i++) out[i] = (byte) ~a[i];
    return out;
  }

  /** The bit at {@code index} (see Note [Bit indexing]); fails unless 0 <= index < 8n. */
  public static boolean readBit(byte[] a, long index) {
    if (index < 0 || index >= 8L * a.length) {
      throw Args.fail("readBit: index " + index + " out of bounds for " + a.length + " bytes");
    }
    int b = a[a.length - 1 - (int) (index >>> 3)];
    return (b >>> (int) (index & 7) & 1) != 0;
  }

  /**
   * A copy of {@code a} with each bit listed in {@code indices} (a list of integers) set to
   * {@code bit}; fails if any index is out of bounds. An empty list returns {@code a} itself.
   */
  public static byte[] writeBits(byte[] a, ListConstant indices, boolean bit) {
    if (indices.isEmpty()) return a;
    byte[] out = a.clone();
    long bitLength = 8L * a.length;
    for (Constant c : indices) {
      BigInteger i = ((IntegerConstant) c).value();
      if (i.signum() < 0 || i.bitLength() > 62 || i.longValue() >= bitLength) {
        throw Args.fail("writeBits: index " + i + " out of bounds for " + a.length + " bytes");
      }
      long ix = i.longValue();
      int pos = a.length - 1 - (int) (ix >>> 3);
      int mask = 1 << (int) (ix & 7);
      out[pos] = (byte) (bit ? out[pos] | mask : out[pos] & ~mask);
    }
    return out;
  }

  /** {@code n} copies of {@code b}; fails unless 0 <= n <= {@value #MAXIMUM_OUTPUT_LENGTH}. */
  public static byte[] replicateByte(BigInteger n, int b) {
    if (n.signum() < 0) {
      throw Args.fail("replicateByte: negative length " + n);
    }
    if (n.compareTo(BigInteger.valueOf(MAXIMUM_OUTPUT_LENGTH)) > 0) {
      throw Args.fail("replicateByte: length " + n + " exceeds " + MAXIMUM_OUTPUT_LENGTH);
    }
    byte[] out = new byte[n.intValueExact()];
    Arrays.fill(out, (byte) b);
    return out;
  }

  /**
   * Shifts by {@code amount} bits: left (towards higher bit indices) when positive, right when
   * negative, filling with zeros and keeping the length. A shift by 8n bits or more in either
   * direction gives all zeros; an empty bytestring or a zero shift returns {@code a} itself.
   */
  public static byte[] shift(byte[] a, BigInteger amount) {
    if (a.length == 0 || amount.signum() == 0) return a;
    int len = a.length;
    long bitLength = 8L * len;
    if (amount.bitLength() > 62 || Math.abs(amount.longValue()) >= bitLength) {
      return new byte[len];
    }
    int k = (int) amount.longValue();
    int byteShift = Math.abs(k) >>> 3;
    int bitShift = Math.abs(k) & 7;
    byte[] out = new byte[len];
    if (k > 0) {
      // Left: result byte j takes its high bits from byte j + byteShift and its low bits from the
      // byte after that.
      for (int j = 0; j + byteShift < len; j++) {
        int hi = (a[j + byteShift] & 0xff) << bitShift;
        int lo = j + byteShift + 1 < len ? (a[j + byteShift + 1] & 0xff) >>> (8 - bitShift) : 0;
        out[j] = (byte) (hi | lo);
      }
    } else {
      // Right: result byte j takes its low bits from byte j - byteShift and its high bits from
      // the byte before that.
      for (int j = len - 1; j - byteShift >= 0; j--) {
        int lo = (a[j - byteShift] & 0xff) >>> bitShift;
        int hi = j - byteShift - 1 >= 0 ? (a[j - byteShift - 1] & 0xff) << (8 - bitShift) : 0;
        out[j] = (byte) (hi | lo);
      }
    }
    return out;
  }

  /**
   * Rotates by {@code amount} bits, left when positive and right when negative; the amount is
   * reduced modulo 8n first. An empty bytestring or a rotation by a multiple of 8n returns
   * {@code a} itself.
   */
  public static byte[] rotate(byte[] a, BigInteger amount) {
    if (a.length == 0) return a;
    int len = a.length;
    // BigInteger.mod is never negative: a rotation right by r is a rotation left by 8n - r.
    int r = amount.mod(BigInteger.valueOf(8L * len)).intValueExact();
    if (r == 0) return a;
    int byteRot = r >>> 3;
    int bitRot = r & 7;
    byte[] out = new byte[len];
    for (int j = 0; j < len; j++) {
      int hi = (a[(j + byteRot) % len] & 0xff) << bitRot;
      int lo = bitRot == 0 ? 0 : (a[(j + byteRot + 1) % len] & 0xff) >>> (8 - bitRot);
      out[j] = (byte) (hi | lo);
    }
    return out;
  }

  /** The number of bits set. */
  public static int countSetBits(byte[] a) {
    int n = 0;
    for (byte b : a) n += Integer.bitCount(b & 0xff);
    return n;
  }

  /** The index of the lowest set bit (see Note [Bit indexing]), or -1 if no bit is set. */
  public static int findFirstSetBit(byte[] a) {
    for (int j = a.length - 1; j >= 0; j--) {
      if (a[j] != 0) {
        return (a.length - 1 - j) * 8 + Integer.numberOfTrailingZeros(a[j] & 0xff);
      }
    }
    return -1;
  }
}
