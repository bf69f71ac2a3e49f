package io.plutuscalibrate.models;

import static io.plutuscalibrate.models.SatInt.add;
import static io.plutuscalibrate.models.SatInt.mul;

/**
 * A costing function of one resource (CPU or memory) of a builtin: one case per shape that Plutus
 * defines ({@code PlutusCore.Evaluation.Machine.CostingFun.Core}), each with the tag it has in
 * {@code builtinCostModel*.json}. A shape is evaluated on the sizes of the builtin's arguments
 * (ExMemory units, one per argument, {@code sizes[0]} is x, {@code sizes[1]} y, and so on).
 *
 * <p>Note [Units]: CPU costs are ExCPU units; one unit is one picosecond on the reference machine
 * the official models were fitted on. Memory costs are 8-byte words.
 *
 * <p>Note [Same semantics as SatInt]: every formula is evaluated with the saturating arithmetic of
 * {@link SatInt}, term by term in the order Plutus adds them, so that costs agree with the Haskell
 * node even where a product overflows.
 *
 * <p>Shapes that take a "model" nest another shape: {@code const_off_diagonal} nests a
 * one-argument shape applied to x; the other diagonal shapes nest a two-argument shape.
 */
public sealed interface CostModel {

  /** The JSON tag, e.g. {@code "linear_in_x"}. */
  String tag();

  /** The cost for arguments of the given sizes. */
  long cost(long[] sizes);

  /** Whether the cost is the same for every argument size; the machine then skips sizing. */
  default boolean isConstant() {
    return false;
  }

  // ---- shapes of any arity ----

  /** {@code constant_cost}: n. */
  record ConstantCost(long value) implements CostModel {
    public String tag() { return "constant_cost"; }
    public long cost(long[] sizes) { return value; }
    @Override public boolean isConstant() { return true; }
  }

  /**
   * {@code linear_in_x}, {@code linear_in_y}, {@code linear_in_z}, {@code linear_in_u}:
   * intercept + slope * size of argument {@code arg} (0-based).
   */
  record LinearIn(int arg, long intercept, long slope) implements CostModel {
    public LinearIn {
      if (arg < 0 || arg > 3) throw new IllegalArgumentException("argument index " + arg);
    }
    public String tag() { return "linear_in_" + "xyzu".charAt(arg); }
    public long cost(long[] sizes) { return add(intercept, mul(slope, sizes[arg])); }
  }

  /**
   * {@code quadratic_in_x}, {@code quadratic_in_y}, {@code quadratic_in_z}:
   * c0 + c1 * s + c2 * s^2 where s is the size of argument {@code arg}.
   */
  record QuadraticIn(int arg, long c0, long c1, long c2) implements CostModel {
    public QuadraticIn {
      if (arg < 0 || arg > 2) throw new IllegalArgumentException("argument index " + arg);
    }
    public String tag() { return "quadratic_in_" + "xyz".charAt(arg); }
    public long cost(long[] sizes) {
      long s = sizes[arg];
      // (c2 * s) * s, not c2 * (s * s): Plutus's scaleQuadratically multiplies left to right,
      // and the two differ when a negative c2 saturates. See Note [Same semantics as SatInt].
      return add(c0, add(mul(c1, s), mul(mul(c2, s), s)));
    }
  }

  // ---- two arguments ----

  /** {@code linear_in_y2} (variant D memory of modInteger/remainderInteger): intercept + slope * y. */
  record LinearInY2(long intercept, long slope, long minimum) implements CostModel {
    public String tag() { return "linear_in_y2"; }
    public long cost(long[] sizes) { return add(intercept, mul(slope, sizes[1])); }
  }

  /** {@code linear_in_x_and_y}: intercept + slope1 * x + slope2 * y. */
  record LinearInXAndY(long intercept, long slope1, long slope2) implements CostModel {
    public String tag() { return "linear_in_x_and_y"; }
    public long cost(long[] sizes) {
      return add(intercept, add(mul(slope1, sizes[0]), mul(slope2, sizes[1])));
    }
  }

  /** {@code added_sizes}: intercept + slope * (x + y). */
  record AddedSizes(long intercept, long slope) implements CostModel {
    public String tag() { return "added_sizes"; }
    public long cost(long[] sizes) { return add(intercept, mul(slope, add(sizes[0], sizes[1]))); }
  }

  /** {@code subtracted_sizes}: intercept + slope * max(minimum, x - y). */
  record SubtractedSizes(long intercept, long slope, long minimum) implements CostModel {
    public String tag() { return "subtracted_sizes"; }
    public long cost(long[] sizes) {
      return add(intercept, mul(slope, Math.max(minimum, SatInt.sub(sizes[0], sizes[1]))));
    }
  }

  /** {@code multiplied_sizes}: intercept + slope * (x * y). */
  record MultipliedSizes(long intercept, long slope) implements CostModel {
    public String tag() { return "multiplied_sizes"; }
    public long cost(long[] sizes) { return add(intercept, mul(slope, mul(sizes[0], sizes[1]))); }
  }

  /** {@code min_size}: intercept + slope * min(x, y). */
  record MinSize(long intercept, long slope) implements CostModel {
    public String tag() { return "min_size"; }
    public long cost(long[] sizes) { return add(intercept, mul(slope, Math.min(sizes[0], sizes[1]))); }
  }

  /** {@code max_size}: intercept + slope * max(x, y). */
  record MaxSize(long intercept, long slope) implements CostModel {
    public String tag() { return "max_size"; }
    public long cost(long[] sizes) { return add(intercept, mul(slope, Math.max(sizes[0], sizes[1]))); }
  }

  /** {@code linear_on_diagonal} (legacy): x == y ? intercept + slope * x : constant. */
  record LinearOnDiagonal(long constant, long intercept, long slope) implements CostModel {
    public String tag() { return "linear_on_diagonal"; }
    public long cost(long[] sizes) {
      return sizes[0] == sizes[1] ? add(intercept, mul(slope, sizes[0])) : constant;
    }
  }

  /** {@code const_off_diagonal}: x != y ? constant : model(x), model of one argument. */
  record ConstOffDiagonal(long constant, CostModel model) implements CostModel {
    public String tag() { return "const_off_diagonal"; }
    public long cost(long[] sizes) {
      return sizes[0] != sizes[1] ? constant : model.cost(new long[] {sizes[0]});
    }
  }

  /** {@code const_above_diagonal}: x &lt; y ? constant : model(x, y). */
  record ConstAboveDiagonal(long constant, CostModel model) implements CostModel {
    public String tag() { return "const_above_diagonal"; }
    public long cost(long[] sizes) { return sizes[0] < sizes[1] ? constant : model.cost(sizes); }
  }

  /** {@code const_below_diagonal}: x &gt; y ? constant : model(x, y). */
  record ConstBelowDiagonal(long constant, CostModel model) implements CostModel {
    public String tag() { return "const_below_diagonal"; }
    public long cost(long[] sizes) { return sizes[0] > sizes[1] ? constant : model.cost(sizes); }
  }

  /** {@code above_and_below_diagonal}: model(max(x, y), min(x, y)); the constant is unused. */
  record AboveAndBelowDiagonal(long constant, CostModel model) implements CostModel {
    public String tag() { return "above_and_below_diagonal"; }
    public long cost(long[] sizes) {
      return model.cost(new long[] {Math.max(sizes[0], sizes[1]), Math.min(sizes[0], sizes[1])});
    }
  }

  /**
   * {@code quadratic_in_x_and_y}:
   * max(minimum, c00 + c10 x + c01 y + c20 x^2 + c11 x y + c02 y^2).
   */
  record QuadraticInXAndY(long minimum, long c00, long c10, long c01, long c20, long c11, long c02)
      implements CostModel {
    public String tag() { return "quadratic_in_x_and_y"; }
    public long cost(long[] sizes) { return quadratic2(this.minimum, c00, c10, c01, c20, c11, c02, sizes[0], sizes[1]); }
  }

  /** {@code with_interaction_in_x_and_y}: c00 + c10 x + c01 y + c11 x y (no floor). */
  record WithInteractionInXAndY(long c00, long c10, long c01, long c11) implements CostModel {
    public String tag() { return "with_interaction_in_x_and_y"; }
    public long cost(long[] sizes) {
      long x = sizes[0], y = sizes[1];
      return add(add(add(mul(c10, x), mul(c01, y)), mul(c11, mul(x, y))), c00);
    }
  }

  // ---- three arguments ----

  /** {@code literal_in_y_or_linear_in_z}: y == 0 ? intercept + slope * z : y. */
  record LiteralInYOrLinearInZ(long intercept, long slope) implements CostModel {
    public String tag() { return "literal_in_y_or_linear_in_z"; }
    public long cost(long[] sizes) {
      return sizes[1] == 0 ? add(intercept, mul(slope, sizes[2])) : sizes[1];
    }
  }

  /** {@code linear_in_max_yz}: intercept + slope * max(y, z). */
  record LinearInMaxYZ(long intercept, long slope) implements CostModel {
    public String tag() { return "linear_in_max_yz"; }
    public long cost(long[] sizes) { return add(intercept, mul(slope, Math.max(sizes[1], sizes[2]))); }
  }

  /** {@code linear_in_y_and_z}: intercept + slope1 * y + slope2 * z. */
  record LinearInYAndZ(long intercept, long slope1, long slope2) implements CostModel {
    public String tag() { return "linear_in_y_and_z"; }
    public long cost(long[] sizes) {
      return add(intercept, add(mul(slope1, sizes[1]), mul(slope2, sizes[2])));
    }
  }

  /** {@code quadratic_in_y_and_z}: as {@code quadratic_in_x_and_y} on (y, z). */
  record QuadraticInYAndZ(long minimum, long c00, long c10, long c01, long c20, long c11, long c02)
      implements CostModel {
    public String tag() { return "quadratic_in_y_and_z"; }
    public long cost(long[] sizes) { return quadratic2(this.minimum, c00, c10, c01, c20, c11, c02, sizes[1], sizes[2]); }
  }

  /**
   * {@code exp_mod_cost} (expModInteger a e m with sizes x, y, z): k = c00 + c11 y z + c12 y z^2;
   * k + k div 2 when x &gt; z (a not yet reduced modulo m), else k.
   */
  record ExpModCost(long coefficient00, long coefficient11, long coefficient12) implements CostModel {
    public String tag() { return "exp_mod_cost"; }
    public long cost(long[] sizes) {
      long aa = sizes[0], ee = sizes[1], mm = sizes[2];
      long k = add(add(coefficient00, mul(mul(coefficient11, ee), mm)),
          mul(mul(mul(coefficient12, ee), mm), mm));
      return aa <= mm ? k : add(k, SatInt.div(k, 2));
    }
  }

  private static long quadratic2(long min, long c00, long c10, long c01, long c20, long c11, long c02,
      long x, long y) {
    long v = add(add(add(add(add(c00, mul(c10, x)), mul(c01, y)), mul(mul(c20, x), x)),
        mul(mul(c11, x), y)), mul(mul(c02, y), y));
    return Math.max(min, v);
  }
}
