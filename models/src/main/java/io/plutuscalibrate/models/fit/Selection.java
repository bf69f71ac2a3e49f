package io.plutuscalibrate.models.fit;

/**
 * Which benchmark points a rule fits on, as conditions on the sizes x and y. A missing size
 * ({@code NaN}) never qualifies, as dplyr's {@code filter} drops rows where a condition is
 * {@code NA}.
 */
public enum Selection {
  ALL("all points"),
  /** {@code x_mem > 0 & y_mem > 0}. */
  X_AND_Y_POSITIVE("x > 0 and y > 0"),
  /** {@code x_mem == y_mem & x_mem > 0}. */
  DIAGONAL_POSITIVE("x == y and x > 0"),
  /** {@code x_mem == y_mem}. */
  DIAGONAL("x == y"),
  /** {@code x_mem != y_mem}. */
  OFF_DIAGONAL("x != y"),
  /** {@code x_mem <= y_mem}. */
  X_AT_MOST_Y("x <= y"),
  /** {@code x_mem > y_mem}. */
  X_ABOVE_Y("x > y"),
  /** {@code y_mem > x_mem}. */
  Y_ABOVE_X("y > x"),
  /** {@code x_mem >= y_mem}. */
  X_AT_LEAST_Y("x >= y");

  private final String description;

  Selection(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** Whether a point with sizes x and y is selected. */
  public boolean test(double x, double y) {
    return switch (this) {
      case ALL -> true;
      case X_AND_Y_POSITIVE -> x > 0 && y > 0;
      case DIAGONAL_POSITIVE -> x == y && x > 0;
      case DIAGONAL -> x == y;
      // NaN != y is true in Java, NA != y is NA (dropped) in R.
      case OFF_DIAGONAL -> !Double.isNaN(x) && !Double.isNaN(y) && x != y;
      case X_AT_MOST_Y -> x <= y;
      case X_ABOVE_Y -> x > y;
      case Y_ABOVE_X -> y > x;
      case X_AT_LEAST_Y -> x >= y;
    };
  }
}
