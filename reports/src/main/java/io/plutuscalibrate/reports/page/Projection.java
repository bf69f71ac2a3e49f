package io.plutuscalibrate.reports.page;

import io.plutuscalibrate.models.CostModel;

/**
 * How a builtin's points and costing function are laid out on a two-dimensional chart.
 *
 * <p>Note [Projections of the costing functions]: a chart has one horizontal axis, and a costing
 * function may take several sizes. A shape that depends on one quantity is drawn against it:
 * {@code linear_in_y} against y, {@code max_size} against max(x, y), {@code added_sizes} against
 * x + y, and a constant against x; the fitted function is then one line. A shape of two sizes is
 * drawn against one of them with one series per value (or range) of the other, each with its own
 * line: x with series of y for the shapes of (x, y), z with series of y for those of (y, z) and
 * for {@code exp_mod_cost}, whose benchmarks vary the exponent (y) and the modulus (z). The two
 * diagonal shapes ({@code linear_on_diagonal}, {@code const_off_diagonal}) are drawn against x
 * with one series on the diagonal and one off it.
 */
record Projection(Axis axis, Layout layout) {

  /** How points are grouped into series. */
  enum Layout {
    /** One series: the function depends on the axis only. */
    SINGLE,
    /** One series per value or range of y. */
    BY_Y,
    /** One series on the diagonal x = y, one off it. */
    DIAGONAL
  }

  /** The horizontal axis: a function of the sizes (x, y, z, u). */
  enum Axis {
    X("x"), Y("y"), Z("z"), U("u"),
    SUM_XY("x + y"), PRODUCT_XY("x · y"), MIN_XY("min(x, y)"), MAX_XY("max(x, y)"),
    MAX_YZ("max(y, z)");

    final String label;

    Axis(String label) {
      this.label = label;
    }

    /** The axis value of a point with sizes {@code s} (x, y, z, u; absent sizes are 0). */
    double value(long[] s) {
      return switch (this) {
        case X -> s[0];
        case Y -> s[1];
        case Z -> s[2];
        case U -> s[3];
        case SUM_XY -> (double) s[0] + s[1];
        case PRODUCT_XY -> (double) s[0] * s[1];
        case MIN_XY -> Math.min(s[0], s[1]);
        case MAX_XY -> Math.max(s[0], s[1]);
        case MAX_YZ -> Math.max(s[1], s[2]);
      };
    }

    /** The index of the size this axis is, or -1 for a combination of sizes. */
    int index() {
      return switch (this) {
        case X -> 0;
        case Y -> 1;
        case Z -> 2;
        case U -> 3;
        default -> -1;
      };
    }

    /**
     * Sizes at which a function of this axis alone takes its value at {@code v}: every size v,
     * except for a sum (v, 0) and a product (v, 1).
     */
    long[] sizesAt(double v) {
      long n = Math.round(v);
      return switch (this) {
        case SUM_XY -> new long[] {n, 0, 0, 0, 0, 0};
        case PRODUCT_XY -> new long[] {n, 1, 1, 1, 1, 1};
        default -> new long[] {n, n, n, n, n, n};
      };
    }
  }

  /** See Note [Projections of the costing functions]. */
  static Projection of(CostModel model) {
    return switch (model.tag()) {
      case "constant_cost", "linear_in_x", "quadratic_in_x" -> single(Axis.X);
      case "linear_in_y", "quadratic_in_y" -> single(Axis.Y);
      case "linear_in_z", "quadratic_in_z" -> single(Axis.Z);
      case "linear_in_u" -> single(Axis.U);
      case "added_sizes" -> single(Axis.SUM_XY);
      case "multiplied_sizes" -> single(Axis.PRODUCT_XY);
      case "min_size" -> single(Axis.MIN_XY);
      case "max_size" -> single(Axis.MAX_XY);
      case "linear_in_max_yz" -> single(Axis.MAX_YZ);
      case "linear_on_diagonal", "const_off_diagonal" -> new Projection(Axis.X, Layout.DIAGONAL);
      case "linear_in_y_and_z", "quadratic_in_y_and_z", "literal_in_y_or_linear_in_z",
          "exp_mod_cost" -> new Projection(Axis.Z, Layout.BY_Y);
      default -> new Projection(Axis.X, Layout.BY_Y);
    };
  }

  private static Projection single(Axis a) {
    return new Projection(a, Layout.SINGLE);
  }
}
