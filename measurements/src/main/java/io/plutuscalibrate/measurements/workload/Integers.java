package io.plutuscalibrate.measurements.workload;

import io.plutuscalibrate.uplc.builtins.SizeMeasure;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import java.math.BigInteger;
import java.util.SplittableRandom;

/** Integer arguments of controlled size, as budgeting-bench's Generators.hs makes them. */
final class Integers {
  private Integers() {}

  /**
   * A uniformly random integer of exactly {@code words} 64-bit words, signed as the official
   * {@code randNwords}: in [-2^(64w-1), 2^(64w-1) - 1], redrawn in the (about 2^-64) case that it
   * falls into fewer words.
   */
  static BigInteger words(SplittableRandom rng, int words) {
    if (words < 1) throw new IllegalArgumentException("an integer has at least one word");
    while (true) {
      BigInteger magnitude = new BigInteger(1, Bytes.random(rng, 8 * words));
      // magnitude is uniform in [0, 2^(64w)); shift to [-2^(64w-1), 2^(64w-1)).
      BigInteger n = magnitude.subtract(BigInteger.ONE.shiftLeft(64 * words - 1));
      if (SizeMeasure.integerSize(n) == words) return n;
    }
  }

  static IntegerConstant constant(SplittableRandom rng, int words) {
    return IntegerConstant.of(words(rng, words));
  }

  /**
   * A non-negative integer of exactly {@code words} words, at least {@code 2^(64(w-1))} (for
   * arguments that must not be negative or zero).
   */
  static BigInteger positiveWords(SplittableRandom rng, int words) {
    BigInteger n = new BigInteger(1, Bytes.random(rng, 8 * words));
    return n.setBit(64 * words - 1);
  }

  /**
   * A copy of {@code n} that is a different object with different storage, so that a comparison
   * cannot short-circuit on identity (budgeting-bench's {@code copyInteger}).
   */
  static BigInteger copy(BigInteger n) {
    return new BigInteger(n.toByteArray());
  }

  /** {@code 256^(8n) - 1}: n words of all-ones bits (Bitwise.hs's {@code repunitOfSize}). */
  static BigInteger repunit(int words) {
    return BigInteger.ONE.shiftLeft(64 * words).subtract(BigInteger.ONE);
  }
}
