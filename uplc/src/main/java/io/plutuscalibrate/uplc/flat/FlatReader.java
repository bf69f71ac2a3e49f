package io.plutuscalibrate.uplc.flat;

import io.plutuscalibrate.uplc.core.IntegerConstant;
import java.math.BigInteger;

/**
 * A bit cursor over flat-encoded bytes, most significant bit first, as the Haskell flat
 * decoder's primitives ({@code dBool}, {@code dBEBits8}, {@code dWord64}, {@code dNatural},
 * {@code dByteString}, {@code dFiller}). The cursor is two int fields; nothing is allocated
 * per bit. A malformed input raises {@link FlatFailure}, which the decoder turns into a value.
 */
final class FlatReader {
  private final byte[] buf;
  /** Where the input starts in {@code buf}: offsets are counted from here. */
  private final int base;
  private final int limit;
  /** The byte holding the next bit. */
  private int pos;
  /** How many bits of {@code buf[pos]} are consumed, 0..7. */
  private int used;

  FlatReader(byte[] buf, int from, int to) {
    this.buf = buf;
    this.base = from;
    this.pos = from;
    this.limit = to;
  }

  /** Bits consumed so far, from the start of the input. */
  long bitOffset() {
    return 8L * (pos - base) + used;
  }

  boolean atEnd() {
    return pos == limit && used == 0;
  }

  FlatFailure failure(String message) {
    return new FlatFailure(bitOffset(), message);
  }

  private void ensureBits(int n, String what) {
    if (8L * (limit - pos) - used < n) throw failure("end of input while reading " + what);
  }

  boolean bit() {
    if (pos >= limit) throw failure("end of input while reading a bit");
    boolean b = ((buf[pos] >> (7 - used)) & 1) != 0;
    if (++used == 8) {
      used = 0;
      pos++;
    }
    return b;
  }

  /** The next 4 bits as an unsigned number: {@link #bits8} for the most frequent width. */
  int nibble(String what) {
    int u = used;
    if (u <= 4 && pos < limit) {
      int v = (buf[pos] >> (4 - u)) & 0xf;
      if (u == 4) {
        used = 0;
        pos++;
      } else {
        used = u + 4;
      }
      return v;
    }
    return bits8(4, what);
  }

  /** The next {@code n} bits (1..8) as an unsigned number. */
  int bits8(int n, String what) {
    ensureBits(n, what);
    int v;
    int u = used;
    if (n <= 8 - u) {
      v = ((buf[pos] << u) & 0xff) >>> (8 - n);
    } else {
      int w = ((buf[pos] & 0xff) << 8) | (buf[pos + 1] & 0xff);
      v = ((w << u) & 0xffff) >>> (16 - n);
    }
    u += n;
    if (u >= 8) {
      u -= 8;
      pos++;
    }
    used = u;
    return v;
  }

  private int byte8() {
    if (used == 0) {
      if (pos >= limit) throw failure("end of input while reading a number");
      return buf[pos++] & 0xff;
    }
    return bits8(8, "a number");
  }

  /**
   * flat's {@code Word64}: little-endian 7-bit groups, the high bit of each byte saying another
   * follows; at most ten groups and no bits beyond the 64th (flat's {@code lastStep}). Returned
   * as the bits of an unsigned long.
   */
  long word64(String what) {
    long start = bitOffset();
    long v = 0;
    for (int shift = 0; ; shift += 7) {
      int b = byte8();
      long w = b & 0x7f;
      if (shift == 63) {
        if (b != w || w > 1) throw new FlatFailure(start, what + ": unsigned integer exceeds 64 bits");
        return v | (w << 63);
      }
      v |= w << shift;
      if (b == w) return v;
    }
  }

  /** The value of the last natural that did not fit 63 bits; see {@link #naturalOrMinusOne}. */
  private BigInteger big;

  /**
   * flat's {@code Natural}: the same 7-bit groups, unbounded (zero groups past the end are
   * accepted, as flat does). Returns the value when it fits in 63 bits; otherwise -1, with the
   * value in {@link #big}. Big values are rare (only big integer constants), so the common path
   * allocates nothing.
   */
  private long naturalOrMinusOne() {
    long v = 0;
    for (int shift = 0; ; shift += 7) {
      int b = byte8();
      long w = b & 0x7f;
      if (shift <= 56) {
        v |= w << shift;
      } else if (w != 0) {
        BigInteger n = BigInteger.valueOf(v).or(BigInteger.valueOf(w).shiftLeft(shift));
        while ((b & 0x80) != 0) {
          b = byte8();
          shift += 7;
          n = n.or(BigInteger.valueOf(b & 0x7f).shiftLeft(shift));
        }
        big = n;
        return -1;
      }
      if ((b & 0x80) == 0) return v;
    }
  }

  /** An unbounded natural. */
  BigInteger natural() {
    long v = naturalOrMinusOne();
    return v >= 0 ? BigInteger.valueOf(v) : big;
  }

  /** A natural that must fit in an int; {@code what} names it in the error. */
  int smallNatural(String what) {
    long start = bitOffset();
    long v = naturalOrMinusOne();
    if (v < 0 || v > Integer.MAX_VALUE) throw new FlatFailure(start, what + " is too large");
    return (int) v;
  }

  /** flat's {@code Integer}: the zigzag natural (n >= 0 as 2n, n < 0 as -2n-1). */
  IntegerConstant integer() {
    long n = naturalOrMinusOne();
    if (n >= 0) return IntegerConstant.of((n >>> 1) ^ -(n & 1));
    BigInteger m = big;
    return IntegerConstant.of(m.testBit(0) ? m.shiftRight(1).not() : m.shiftRight(1));
  }

  /** flat's {@code dFiller}: zero bits up to and including a one bit. */
  void filler() {
    while (!bit()) {
      // skip
    }
  }

  /**
   * flat's strict {@code ByteString}: a filler to the byte boundary, then chunks each
   * preceded by its length (1..255), ended by a zero length.
   */
  byte[] byteString() {
    filler();
    if (used != 0) throw failure("byte string not byte-aligned after its filler");
    // First pass: validate the chunk headers and add up the size; second: copy.
    int p = pos;
    int total = 0;
    while (true) {
      if (p >= limit) {
        throw new FlatFailure(8L * (p - base), "end of input in a byte string chunk length");
      }
      int n = buf[p] & 0xff;
      if (n == 0) break;
      if (limit - p - 1 < n) {
        throw new FlatFailure(8L * (p - base), "end of input in a byte string chunk");
      }
      total += n;
      p += n + 1;
    }
    byte[] out = new byte[total];
    int q = pos;
    int off = 0;
    while (q < p) {
      int n = buf[q] & 0xff;
      System.arraycopy(buf, q + 1, out, off, n);
      off += n;
      q += n + 1;
    }
    pos = p + 1;
    return out;
  }
}
