package io.plutuscalibrate.uplc.flat;

import java.math.BigInteger;
import java.util.Arrays;

/** Writes bits most significant first into a growable buffer, as flat's strict encoder. */
final class FlatWriter {
  private byte[] buf = new byte[256];
  /** Complete bytes written. */
  private int size;
  /** The partial byte, its bits left-aligned, and how many of them are used (0..7). */
  private int current;
  private int used;

  void bit(boolean b) {
    if (b) current |= 0x80 >>> used;
    if (++used == 8) flushByte();
  }

  /** The low {@code n} bits of {@code value}, n in 1..8. */
  void bits(int n, int value) {
    int free = 8 - used;
    if (n <= free) {
      current |= (value << (free - n)) & 0xff;
      used += n;
      if (used == 8) flushByte();
    } else {
      int rest = n - free;
      current |= (value >>> rest) & 0xff;
      used = 8;
      flushByte();
      current = (value << (8 - rest)) & 0xff;
      used = rest;
    }
  }

  void byte8(int b) {
    if (used == 0) {
      ensure(1);
      buf[size++] = (byte) b;
    } else {
      bits(8, b & 0xff);
    }
  }

  /** flat's unsigned varint of a 64-bit unsigned value (Word64, and Natural below 2^63). */
  void word64(long v) {
    while (Long.compareUnsigned(v, 0x80) >= 0) {
      byte8((int) (v & 0x7f) | 0x80);
      v >>>= 7;
    }
    byte8((int) v);
  }

  void natural(BigInteger n) {
    if (n.bitLength() < 64) {
      word64(n.longValue());
      return;
    }
    BigInteger v = n;
    BigInteger mask = BigInteger.valueOf(0x7f);
    while (v.bitLength() > 7) {
      byte8(v.and(mask).intValue() | 0x80);
      v = v.shiftRight(7);
    }
    byte8(v.intValue());
  }

  /** flat's Integer: zigzag, then the natural varint. */
  void integer(BigInteger n) {
    if (n.bitLength() < 63) {
      long v = n.longValue();
      word64((v << 1) ^ (v >> 63));
    } else {
      natural(n.signum() >= 0 ? n.shiftLeft(1) : n.shiftLeft(1).negate().subtract(BigInteger.ONE));
    }
  }

  /** flat's filler: 0 bits then a 1 bit, ending on a byte boundary (a whole byte if aligned). */
  void filler() {
    current |= 1;
    used = 8;
    flushByte();
  }

  /** A filler, then chunks of at most 255 bytes each preceded by its length, then a 0 byte. */
  void byteString(byte[] b) {
    filler();
    ensure(b.length + b.length / 255 + 2);
    for (int off = 0; off < b.length; off += 255) {
      int n = Math.min(255, b.length - off);
      buf[size++] = (byte) n;
      System.arraycopy(b, off, buf, size, n);
      size += n;
    }
    buf[size++] = 0;
  }

  /** The bytes written; the writer must be byte-aligned (after a final filler). */
  byte[] toByteArray() {
    if (used != 0) throw new IllegalStateException("flat output not byte-aligned");
    return Arrays.copyOf(buf, size);
  }

  private void flushByte() {
    ensure(1);
    buf[size++] = (byte) current;
    current = 0;
    used = 0;
  }

  private void ensure(int n) {
    if (buf.length - size < n) {
      long wanted = Math.max(2L * buf.length, (long) size + n);
      if (wanted > Integer.MAX_VALUE - 8) throw new OutOfMemoryError("flat encoding over 2 GiB");
      buf = Arrays.copyOf(buf, (int) wanted);
    }
  }
}
