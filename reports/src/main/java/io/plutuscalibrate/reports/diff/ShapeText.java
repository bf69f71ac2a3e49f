package io.plutuscalibrate.reports.diff;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.CostModel;
import io.plutuscalibrate.models.CostingFun;
import java.util.Map;

/**
 * A costing function's shape as text, its tag with the nested model's in parentheses:
 * {@code above_and_below_diagonal(quadratic_in_x_and_y)}. Two functions have the same shape when
 * these agree, whatever their coefficients.
 */
public final class ShapeText {
  private ShapeText() {}

  public static String of(CostModel model) {
    CostModel inner = nested(model);
    return inner == null ? model.tag() : model.tag() + "(" + of(inner) + ")";
  }

  /** Whether two models have the same builtins and, for each, the same CPU and memory shapes. */
  public static boolean sameShapes(BuiltinCostModel a, BuiltinCostModel b) {
    if (!a.builtins().equals(b.builtins())) {
      return false;
    }
    for (Map.Entry<String, CostingFun> e : a.asMap().entrySet()) {
      CostingFun other = b.get(e.getKey());
      if (!of(e.getValue().cpu()).equals(of(other.cpu()))
          || !of(e.getValue().memory()).equals(of(other.memory()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The smallest builtin arity at which a shape can be evaluated: the highest argument it reads,
   * plus one. Only for builtins the machine does not know, whose arity is otherwise unknown.
   */
  static int argumentsRead(CostModel model) {
    if (model instanceof CostModel.ConstantCost) {
      return 1;
    } else if (model instanceof CostModel.LinearIn l) {
      return l.arg() + 1;
    } else if (model instanceof CostModel.QuadraticIn q) {
      return q.arg() + 1;
    } else if (model instanceof CostModel.LiteralInYOrLinearInZ
        || model instanceof CostModel.LinearInMaxYZ
        || model instanceof CostModel.LinearInYAndZ
        || model instanceof CostModel.QuadraticInYAndZ
        || model instanceof CostModel.ExpModCost) {
      return 3;
    }
    return 2;
  }

  private static CostModel nested(CostModel model) {
    if (model instanceof CostModel.ConstOffDiagonal m) {
      return m.model();
    } else if (model instanceof CostModel.ConstAboveDiagonal m) {
      return m.model();
    } else if (model instanceof CostModel.ConstBelowDiagonal m) {
      return m.model();
    } else if (model instanceof CostModel.AboveAndBelowDiagonal m) {
      return m.model();
    }
    return null;
  }
}
