package io.plutuscalibrate.uplc.cbor;

import java.util.Arrays;

/**
 * A growable byte buffer that writes CBOR (RFC 8949) heads in their shortest form, as the
 * Haskell {@code cborg} encoder does. Only what {@link DataCbor} and the script wrapper need.
 */
final class CborWriter {
  static final int UNSIGNED = 0;
  static final int NEGATIVE = 1;
  static final int BYTES = 2;
  static final int ARRAY = 4;
  static final int MAP = 5;
  static final int TAG = 6;

  static final int BYTES_INDEFINITE = 0x5f;
  static final int ARRAY_INDEFINITE = 0x9f;
  static final int BREAK = 0xff;

  private byte[] buf;
  private int size;

  CborWriter(int capacity) {
    buf = new byte[Math.max(16, capacity)];
  }

  void writeByte(int b) {
    if (size == buf.length) grow(1);
    buf[size++] = (byte) b;
  }

  /** A head with major type {@code major} and argument {@code arg}, read as unsigned 64-bit. */
  void writeHead(int major, long arg) {
    if (buf.length - size < 9) grow(9);
    int m = major << 5;
    if (arg >= 0 && arg < 24) {
      buf[size++] = (byte) (m | (int) arg);
    } else if (arg >= 0 && arg < 0x100) {
      buf[size++] = (byte) (m | 24);
      buf[size++] = (byte) arg;
    } else if (arg >= 0 && arg < 0x10000) {
      buf[size++] = (byte) (m | 25);
      putBigEndian(arg, 2);
    } else if (arg >= 0 && arg < 0x1_0000_0000L) {
      buf[size++] = (byte) (m | 26);
      putBigEndian(arg, 4);
    } else {
      buf[size++] = (byte) (m | 27);
      putBigEndian(arg, 8);
    }
  }

  void writeBytes(byte[] bytes, int offset, int length) {
    if (buf.length - size < length) grow(length);
    System.arraycopy(bytes, offset, buf, size, length);
    size += length;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }

  private void putBigEndian(long value, int n) {
    for (int i = n - 1; i >= 0; i--) {
      buf[size++] = (byte) (value >>> (8 * i));
    }
  }

  private void grow(int needed) {
    long wanted = Math.max((long) buf.length * 2, (long) size + needed);
    if (wanted > Integer.MAX_VALUE - 8) {
      throw new OutOfMemoryError("CBOR encoding larger than 2 GiB");
    }
    buf = Arrays.copyOf(buf, (int) wanted);
  }
}
