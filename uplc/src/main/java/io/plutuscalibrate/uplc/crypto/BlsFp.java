package io.plutuscalibrate.uplc.crypto;

import java.math.BigInteger;

/**
 * Arithmetic in the base field F_p of BLS12-381 on {@link BigInteger}s in [0, p), for hashing to
 * the curve (the group operations themselves run in blst). p = 3 (mod 4), so a square root is one
 * exponentiation.
 */
final class BlsFp {
  private BlsFp() {}

  static final BigInteger P = new BigInteger(
      "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab", 16);
  private static final BigInteger SQRT_EXPONENT = P.add(BigInteger.ONE).shiftRight(2);

  static BigInteger of(String hex) {
    return new BigInteger(hex, 16).mod(P);
  }

  static BigInteger add(BigInteger a, BigInteger b) {
    BigInteger s = a.add(b);
    return s.compareTo(P) >= 0 ? s.subtract(P) : s;
  }

  static BigInteger sub(BigInteger a, BigInteger b) {
    BigInteger d = a.subtract(b);
    return d.signum() < 0 ? d.add(P) : d;
  }

  static BigInteger mul(BigInteger a, BigInteger b) {
    return a.multiply(b).mod(P);
  }

  static BigInteger neg(BigInteger a) {
    return a.signum() == 0 ? a : P.subtract(a);
  }

  /** 1/a, or 0 for a = 0 (RFC 9380's inv0). */
  static BigInteger inv0(BigInteger a) {
    return a.signum() == 0 ? a : a.modInverse(P);
  }

  /** A square root of a, or null when a is not a square. */
  static BigInteger sqrt(BigInteger a) {
    BigInteger r = a.modPow(SQRT_EXPONENT, P);
    return mul(r, r).equals(a) ? r : null;
  }

  /** RFC 9380's sgn0 for m = 1: the parity. */
  static int sgn0(BigInteger a) {
    return a.testBit(0) ? 1 : 0;
  }

  /** The 48-byte big-endian encoding that blst's serialisation uses. */
  static void toBytes(BigInteger a, byte[] out, int offset) {
    byte[] raw = a.toByteArray();
    int len = Math.min(raw.length, 48);
    System.arraycopy(raw, raw.length - len, out, offset + 48 - len, len);
  }
}
