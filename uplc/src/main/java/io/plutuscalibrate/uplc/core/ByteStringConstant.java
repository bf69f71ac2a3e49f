package io.plutuscalibrate.uplc.core;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * {@code (con bytestring #00ff)}. Ordered as Plutus orders bytestrings: lexicographically by
 * unsigned bytes, a proper prefix first.
 */
public final class ByteStringConstant extends Constant implements Comparable<ByteStringConstant> {
  public static final ByteStringConstant EMPTY = new ByteStringConstant(new byte[0]);

  private final byte[] bytes;

  private ByteStringConstant(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A constant holding a copy of {@code bytes}. */
  public static ByteStringConstant of(byte[] bytes) {
    return bytes.length == 0 ? EMPTY : new ByteStringConstant(bytes.clone());
  }

  /**
   * A constant that takes ownership of {@code bytes} without copying: the caller must never
   * write to the array again. For builtins that build a fresh array.
   */
  public static ByteStringConstant wrap(byte[] bytes) {
    return bytes.length == 0 ? EMPTY : new ByteStringConstant(bytes);
  }

  /** The bytes; callers must not modify the array. */
  public byte[] bytes() {
    return bytes;
  }

  public int length() {
    return bytes.length;
  }

  @Override
  public Type type() {
    return Type.BYTESTRING;
  }

  @Override
  public int compareTo(ByteStringConstant o) {
    return Arrays.compareUnsigned(bytes, o.bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ByteStringConstant b && Arrays.equals(b.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "#" + HexFormat.of().formatHex(bytes);
  }
}
