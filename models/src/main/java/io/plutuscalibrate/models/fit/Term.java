package io.plutuscalibrate.models.fit;

/**
 * A regressor of a costing-function fit: a function of the argument sizes x, y, z, u, computed as
 * models.R's formula computes it (so {@code Y_TIMES_Z_SQUARED} is {@code y * (z * z)}, as R's
 * {@code y_mem*z_mem^2}). {@link #rName()} is the term as R prints it in that formula.
 */
public enum Term {
  X("x_mem"),
  Y("y_mem"),
  Z("z_mem"),
  U("u_mem"),
  MIN_XY("pmin(x_mem, y_mem)"),
  MAX_XY("pmax(x_mem, y_mem)"),
  SUM_XY("I(x_mem + y_mem)"),
  PRODUCT_XY("I(x_mem * y_mem)"),
  X_SQUARED("I(x_mem^2)"),
  Y_SQUARED("I(y_mem^2)"),
  Z_SQUARED("I(z_mem^2)"),
  Y_TIMES_Z("I(y_mem * z_mem)"),
  Y_TIMES_Z_SQUARED("I(y_mem * z_mem^2)");

  private final String rName;

  Term(String rName) {
    this.rName = rName;
  }

  public String rName() {
    return rName;
  }

  /** The regressor's value; {@code NaN} when a size it needs is missing. */
  public double value(double x, double y, double z, double u) {
    return switch (this) {
      case X -> x;
      case Y -> y;
      case Z -> z;
      case U -> u;
      // Math.min/max return NaN if either is NaN, as pmin/pmax return NA.
      case MIN_XY -> Math.min(x, y);
      case MAX_XY -> Math.max(x, y);
      case SUM_XY -> x + y;
      case PRODUCT_XY -> x * y;
      case X_SQUARED -> x * x;
      case Y_SQUARED -> y * y;
      case Z_SQUARED -> z * z;
      case Y_TIMES_Z -> y * z;
      case Y_TIMES_Z_SQUARED -> y * (z * z);
    };
  }
}
