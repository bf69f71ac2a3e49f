package io.plutuscalibrate.uplc.crypto;

import java.math.BigInteger;

/**
 * An element c0 + c1 i of F_p^2 = F_p[i]/(i^2 + 1), the field of BLS12-381's G2 coordinates, for
 * hashing to G2. Both parts are in [0, p).
 */
record BlsFp2(BigInteger c0, BigInteger c1) {
  static final BlsFp2 ZERO = new BlsFp2(BigInteger.ZERO, BigInteger.ZERO);
  static final BlsFp2 ONE = new BlsFp2(BigInteger.ONE, BigInteger.ZERO);
  private static final BigInteger HALF = BigInteger.TWO.modInverse(BlsFp.P);

  static BlsFp2 of(String c0Hex, String c1Hex) {
    return new BlsFp2(BlsFp.of(c0Hex), BlsFp.of(c1Hex));
  }

  static BlsFp2 of(long c0, long c1) {
    return new BlsFp2(BigInteger.valueOf(c0).mod(BlsFp.P), BigInteger.valueOf(c1).mod(BlsFp.P));
  }

  boolean isZero() {
    return c0.signum() == 0 && c1.signum() == 0;
  }

  BlsFp2 add(BlsFp2 o) {
    return new BlsFp2(BlsFp.add(c0, o.c0), BlsFp.add(c1, o.c1));
  }

  BlsFp2 sub(BlsFp2 o) {
    return new BlsFp2(BlsFp.sub(c0, o.c0), BlsFp.sub(c1, o.c1));
  }

  BlsFp2 neg() {
    return new BlsFp2(BlsFp.neg(c0), BlsFp.neg(c1));
  }

  BlsFp2 mul(BlsFp2 o) {
    BigInteger a = c0.multiply(o.c0);
    BigInteger b = c1.multiply(o.c1);
    BigInteger cross = c0.add(c1).multiply(o.c0.add(o.c1));
    return new BlsFp2(a.subtract(b).mod(BlsFp.P), cross.subtract(a).subtract(b).mod(BlsFp.P));
  }

  BlsFp2 square() {
    return mul(this);
  }

  /** The norm c0^2 + c1^2, in F_p. */
  BigInteger norm() {
    return c0.multiply(c0).add(c1.multiply(c1)).mod(BlsFp.P);
  }

  /** 1/this, or 0 for 0 (RFC 9380's inv0). */
  BlsFp2 inv0() {
    if (isZero()) return ZERO;
    BigInteger n = norm().modInverse(BlsFp.P);
    return new BlsFp2(BlsFp.mul(c0, n), BlsFp.mul(BlsFp.neg(c1), n));
  }

  /**
   * A square root, or null when there is none. With p = 3 (mod 4), -1 is not a square in F_p,
   * and a is a square in F_p^2 exactly when its norm is a square in F_p; the root then follows
   * from square roots in F_p ("complex method").
   */
  BlsFp2 sqrt() {
    if (c1.signum() == 0) {
      BigInteger r = BlsFp.sqrt(c0);
      if (r != null) return new BlsFp2(r, BigInteger.ZERO);
      return new BlsFp2(BigInteger.ZERO, BlsFp.sqrt(BlsFp.neg(c0)));
    }
    BigInteger alpha = BlsFp.sqrt(norm());
    if (alpha == null) return null;
    BigInteger delta = BlsFp.mul(BlsFp.add(c0, alpha), HALF);
    BigInteger x0 = BlsFp.sqrt(delta);
    if (x0 == null) {
      delta = BlsFp.mul(BlsFp.sub(c0, alpha), HALF);
      x0 = BlsFp.sqrt(delta);
    }
    BigInteger x1 = BlsFp.mul(c1, BlsFp.add(x0, x0).modInverse(BlsFp.P));
    BlsFp2 root = new BlsFp2(x0, x1);
    if (!root.square().equals(this)) throw new IllegalStateException("square root in F_p^2 failed");
    return root;
  }

  /** RFC 9380's sgn0 for m = 2. */
  int sgn0() {
    boolean sign0 = c0.testBit(0);
    boolean zero0 = c0.signum() == 0;
    boolean sign1 = c1.testBit(0);
    return sign0 || (zero0 && sign1) ? 1 : 0;
  }
}
