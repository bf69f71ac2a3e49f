package io.plutuscalibrate.reports.pricing;

import java.util.Locale;

/**
 * How measured times are put on the scale of the model's reference machine. See Note [Comparing
 * times across machines] in {@link PricingCheck}.
 *
 * @param auto whether the factor is estimated from the data
 * @param factor the given factor (measured time / reference time); ignored when {@code auto}
 */
public record Scale(boolean auto, double factor) {
  public static final Scale AUTO = new Scale(true, Double.NaN);

  public Scale {
    if (!auto && !(factor > 0 && Double.isFinite(factor))) {
      throw new IllegalArgumentException("a machine factor must be a positive number");
    }
  }

  public static Scale fixed(double factor) {
    return new Scale(false, factor);
  }

  /**
   * {@code auto} or a positive number.
   *
   * @throws IllegalArgumentException with a message for the user
   */
  public static Scale parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("auto")) return AUTO;
    double f;
    try {
      f = Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--scale expects 'auto' or a positive number such as 1"
          + " or 2.5; got '" + text + "'");
    }
    if (!(f > 0 && Double.isFinite(f))) {
      throw new IllegalArgumentException("--scale expects a positive factor; got '" + text + "'");
    }
    return fixed(f);
  }

  @Override
  public String toString() {
    return auto ? "auto" : Double.toString(factor);
  }
}
