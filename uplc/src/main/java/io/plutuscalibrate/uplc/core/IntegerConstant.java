package io.plutuscalibrate.uplc.core;

import java.math.BigInteger;

/** {@code (con integer n)}: an arbitrary-precision integer. */
public final class IntegerConstant extends Constant {
  private static final int CACHE_LOW = -128;
  private static final int CACHE_HIGH = 1024;
  private static final IntegerConstant[] CACHE = new IntegerConstant[CACHE_HIGH - CACHE_LOW + 1];

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new IntegerConstant(BigInteger.valueOf(i + CACHE_LOW));
    }
  }

  private final BigInteger value;

  private IntegerConstant(BigInteger value) {
    this.value = value;
  }

  public static IntegerConstant of(BigInteger value) {
    if (value.bitLength() < 32) {
      int i = value.intValue();
      if (i >= CACHE_LOW && i <= CACHE_HIGH) {
        return CACHE[i - CACHE_LOW];
      }
    }
    return new IntegerConstant(value);
  }

  public static IntegerConstant of(long value) {
    if (value >= CACHE_LOW && value <= CACHE_HIGH) {
      return CACHE[(int) value - CACHE_LOW];
    }
    return new IntegerConstant(BigInteger.valueOf(value));
  }

  public BigInteger value() {
    return value;
  }

  @Override
  public Type type() {
    return Type.INTEGER;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IntegerConstant i && i.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
