package io.plutuscalibrate.reports.diff;

import io.plutuscalibrate.models.CostModel;
import io.plutuscalibrate.models.CostingFun;
import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.uplc.core.DefaultFun;
import java.util.ArrayList;
import java.util.List;

/**
 * The argument sizes at which a builtin's predicted cost change is evaluated.
 *
 * <p>Note [Size grid]: sizes are ExMemory units (mostly 8-byte words) per argument, and the grid
 * covers what scripts pass in practice: 1, 2, 4, ..., 64 words (an integer of up to 4096 bits, a
 * bytestring of up to 512 bytes, a list of up to 64 elements). Two-argument builtins take every
 * pair of those sizes, which includes the diagonal (x = y) and both sides of it, where the
 * diagonal shapes ({@code const_above_diagonal}, {@code above_and_below_diagonal},
 * {@code linear_on_diagonal}, ...) differ. Three-argument builtins take every triple (343
 * points); builtins of four or more arguments take 1, 8 and 64 per argument to keep the grid
 * small (the official models of those are constant or linear in one argument). A builtin whose
 * CPU and memory costs are constant on both sides has a single point. The grid is not realistic
 * for every builtin (BLS12-381 points always have size 18, 36 or 72; a shift amount is a literal),
 * but the same grid on both sides still shows which way and how far a cost moves.
 */
final class CostGrid {
  static final long[] SIZES = {1, 2, 4, 8, 16, 32, 64};
  static final long[] COARSE_SIZES = {1, 8, 64};

  private CostGrid() {}

  /** The builtin's arity: the machine's, else the most arguments either side's shapes read. */
  static int arity(String builtin, CostingFun current, CostingFun proposed) {
    return DefaultFun.fromName(builtin).map(DefaultFun::arity).orElseGet(() -> Math.max(
        Math.max(ShapeText.argumentsRead(current.cpu()), ShapeText.argumentsRead(current.memory())),
        Math.max(ShapeText.argumentsRead(proposed.cpu()),
            ShapeText.argumentsRead(proposed.memory()))));
  }

  /** The predicted costs of a builtin on both sides over the grid of its arity. */
  static BuiltinCostChange evaluate(String builtin, CostingFun current, CostingFun proposed) {
    int arity = Math.max(1, arity(builtin, current, proposed));
    List<long[]> sizes = isConstant(current) && isConstant(proposed)
        ? List.of(filled(arity, 1))
        : product(arity, arity <= 3 ? SIZES : COARSE_SIZES);
    List<BuiltinCostChange.Point> points = new ArrayList<>(sizes.size());
    for (long[] s : sizes) {
      ExBudget c = current.cost(s);
      ExBudget p = proposed.cost(s);
      points.add(new BuiltinCostChange.Point(s, c, p));
    }
    return BuiltinCostChange.of(builtin, arity, points);
  }

  private static boolean isConstant(CostingFun f) {
    return f.cpu() instanceof CostModel.ConstantCost
        && f.memory() instanceof CostModel.ConstantCost;
  }

  private static long[] filled(int n, long v) {
    long[] a = new long[n];
    java.util.Arrays.fill(a, v);
    return a;
  }

  /** Every tuple of {@code arity} sizes, the last argument varying fastest. */
  private static List<long[]> product(int arity, long[] axis) {
    List<long[]> out = new ArrayList<>();
    int[] index = new int[arity];
    while (true) {
      long[] s = new long[arity];
      for (int i = 0; i < arity; i++) {
        s[i] = axis[index[i]];
      }
      out.add(s);
      int i = arity - 1;
      while (i >= 0 && ++index[i] == axis.length) {
        index[i] = 0;
        i--;
      }
      if (i < 0) {
        return out;
      }
    }
  }
}
