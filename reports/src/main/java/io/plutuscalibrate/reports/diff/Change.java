package io.plutuscalibrate.reports.diff;

import java.math.BigInteger;
import java.util.OptionalDouble;

/**
 * A value before and after: a parameter, a predicted cost, a script's budget.
 *
 * <p>Note [Signs and units of changes]: the absolute change is {@code to - from}, exact (it may
 * not fit in a long when one side is {@code maxBound}); the relative change is
 * {@code (to - from) / |from|}, signed, so that +0.5 means half as much again whatever the sign of
 * {@code from} (cost-model coefficients may be negative, e.g. {@code c02 = -900}). From zero to
 * anything else there is no ratio: the change is shown as "new". Values are in the units of what
 * they measure: CPU in ExCPU units (picoseconds on the reference machine, Note [Units] in
 * {@code CostModel}), memory in 8-byte words.
 */
public record Change(long from, long to) {

  public boolean isSame() {
    return from == to;
  }

  /** From zero to something else: no relative change exists. */
  public boolean isNew() {
    return from == 0 && to != 0;
  }

  /** {@code to - from}, exactly. */
  public BigInteger absolute() {
    return BigInteger.valueOf(to).subtract(BigInteger.valueOf(from));
  }

  /** {@code (to - from) / |from|}; empty when {@link #isNew()}, 0 when both are 0. */
  public OptionalDouble relative() {
    if (from == to) {
      return OptionalDouble.of(0);
    }
    if (from == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(absolute().doubleValue() / Math.abs((double) from));
  }

  /**
   * How large the change is, to rank changes: |relative|, and positive infinity for a
   * {@link #isNew() new} value.
   */
  public double magnitude() {
    OptionalDouble r = relative();
    return r.isPresent() ? Math.abs(r.getAsDouble()) : Double.POSITIVE_INFINITY;
  }
}
