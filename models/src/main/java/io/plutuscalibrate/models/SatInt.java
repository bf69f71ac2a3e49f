package io.plutuscalibrate.models;

/**
 * Saturating 64-bit arithmetic, as Plutus's {@code SatInt} (the {@code CostingInteger} of every
 * costing function): a result that would overflow is clamped to {@link Long#MAX_VALUE} or
 * {@link Long#MIN_VALUE} instead of wrapping.
 *
 * <p>Note [Saturating costs]: costs are charged with saturating arithmetic so that a huge argument
 * can never make a cost wrap around to a small or negative number. Every costing function and the
 * budget accumulators use these helpers, never plain {@code +} or {@code *}.
 */
public final class SatInt {
  private SatInt() {}

  public static long add(long a, long b) {
    long r = a + b;
    // Overflow iff both operands have the same sign and the result's sign differs.
    if (((a ^ r) & (b ^ r)) < 0) {
      return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return r;
  }

  public static long sub(long a, long b) {
    long r = a - b;
    if (((a ^ b) & (a ^ r)) < 0) {
      return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return r;
  }

  public static long mul(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
      return lo;
    }
    return ((a ^ b) < 0) ? Long.MIN_VALUE : Long.MAX_VALUE;
  }

  /** Haskell {@code div} (rounds towards negative infinity). */
  public static long div(long a, long b) {
    return Math.floorDiv(a, b);
  }
}
