package io.plutuscalibrate.models.fit;

/**
 * From fitted microseconds to the integer picoseconds of a cost model.
 *
 * <p>Note [Units of the fit]: criterion reports seconds; models.R multiplies every time by 1e6 and
 * fits in microseconds; the official conversion (CreateBuiltinCostModel.hs, {@code microToPico =
 * unsafeToSatInt . ceiling . (1e6 *)}) multiplies each coefficient by 1e6 and rounds UP to a whole
 * picosecond, so that no cost is underestimated by rounding. It is not banker's rounding: a
 * coefficient of -900.53 ps becomes -900, one of 0.3 ps becomes 1. We do the same two double
 * multiplications, so a coefficient R and we estimate alike converts alike.
 */
public final class Conversion {
  private Conversion() {}

  /**
   * {@code ceiling(1e6 * micros)}, saturated to the 64-bit range as a cost is.
   *
   * @throws ArithmeticException if {@code micros} is NaN (R would hand Haskell an NA)
   */
  public static long microsToPicos(double micros) {
    return ceilPicos(1e6 * micros);
  }

  /**
   * Picoseconds rounded up to a whole number, saturated to the 64-bit range.
   *
   * @throws ArithmeticException if {@code picos} is NaN
   */
  public static long ceilPicos(double picos) {
    double ps = Math.ceil(picos);
    if (Double.isNaN(ps)) throw new ArithmeticException("coefficient is not a number");
    if (ps >= 0x1p63) return Long.MAX_VALUE;
    if (ps < -0x1p63) return Long.MIN_VALUE;
    return (long) ps;
  }
}
