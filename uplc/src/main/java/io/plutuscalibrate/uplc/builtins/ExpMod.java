package io.plutuscalibrate.uplc.builtins;

import java.math.BigInteger;

/**
 * The denotation of {@code expModInteger} ({@code PlutusCore.Crypto.ExpMod.expMod}): b^e mod m
 * for a modulus 0 &lt; m &lt; 2^8191, where a negative exponent uses the inverse of b modulo m. The
 * base and the exponent must lie in [-2^8191, 2^8191 - 1]. The checks come in Plutus's order, so
 * that m = 1 gives 0 whatever the base and exponent.
 */
final class ExpMod {
  private ExpMod() {}

  /** 2^8191 - 1 and -2^8191 are the extreme values with a bit length of 8191. */
  static final int MAX_BITS = 8191;

  static BigInteger expMod(BigInteger b, BigInteger e, BigInteger m, BuiltinContext c) {
    if (m.signum() < 0) throw OperationalFailure.of(c, "expModInteger: negative modulus");
    if (m.signum() == 0 || m.bitLength() > MAX_BITS) {
      throw OperationalFailure.of(c, "expMod: invalid modulus");
    }
    if (m.equals(BigInteger.ONE)) return BigInteger.ZERO;
    if (b.signum() == 0 && e.signum() < 0) throw notInvertible(b, m, c);
    if (b.bitLength() > MAX_BITS || e.bitLength() > MAX_BITS) {
      throw OperationalFailure.of(c, "expMod: out of bounds");
    }
    if (e.signum() < 0 && !b.gcd(m).equals(BigInteger.ONE)) throw notInvertible(b, m, c);
    // modPow takes the inverse for a negative exponent and returns a value in [0, m).
    return b.modPow(e, m);
  }

  private static BuiltinFailure notInvertible(BigInteger b, BigInteger m, BuiltinContext c) {
    return OperationalFailure.of(c, "expMod: " + b + " is not invertible modulo " + m);
  }
}
