package io.plutuscalibrate.reports.diff.render;

import io.plutuscalibrate.reports.diff.Change;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How numbers read in the human-readable formats: grouped digits, a sign on every change,
 * {@code maxBound} for the ledger's missing-parameter value, percentages with enough digits to
 * tell small changes apart. See Note [Signs and units of changes] in {@link Change}.
 */
final class Numbers {
  private Numbers() {}

  /** {@code 1,234,567}; {@code maxBound} for {@link Long#MAX_VALUE}. */
  static String value(long v) {
    return v == Long.MAX_VALUE ? "maxBound" : String.format(Locale.ROOT, "%,d", v);
  }

  /**
   * The absolute change: {@code +1,234}, {@code -56}, {@code 0}; {@code to maxBound} or
   * {@code from maxBound} where one side is the ledger's value for a missing parameter, whose
   * difference means nothing to a reader.
   */
  static String delta(Change c) {
    if (c.from() != c.to() && (c.to() == Long.MAX_VALUE || c.from() == Long.MAX_VALUE)) {
      return c.to() == Long.MAX_VALUE ? "to maxBound" : "from maxBound";
    }
    BigInteger d = c.absolute();
    return (d.signum() > 0 ? "+" : "") + String.format(Locale.ROOT, "%,d", d);
  }

  /**
   * The relative change: {@code +1.25%}, {@code -0.00874%}, {@code 0%} or {@code new}; empty where
   * one side is {@code maxBound} (see {@link #delta}).
   */
  static String relative(Change c) {
    if (c.from() != c.to() && (c.to() == Long.MAX_VALUE || c.from() == Long.MAX_VALUE)) {
      return "";
    }
    OptionalDouble r = c.relative();
    return r.isPresent() ? percent(r.getAsDouble()) : "new";
  }

  /**
   * A ratio as a signed percentage: two decimals from 1% up, else three significant digits (a
   * +0.0087% change of a script's budget is worth seeing as more than 0.00%).
   */
  static String percent(double ratio) {
    if (ratio == 0) {
      return "0%";
    }
    if (Double.isInfinite(ratio) || Double.isNaN(ratio)) {
      return ratio > 0 ? "+inf%" : ratio < 0 ? "-inf%" : "n/a";
    }
    double pct = ratio * 100;
    String digits = Math.abs(pct) >= 1
        ? new BigDecimal(pct).setScale(2, RoundingMode.HALF_EVEN).toPlainString()
        : new BigDecimal(pct).round(new MathContext(3, RoundingMode.HALF_EVEN))
            .stripTrailingZeros().toPlainString();
    return (pct > 0 ? "+" : "") + digits + "%";
  }
}
