package io.plutuscalibrate.models.json;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.CostModel;
import io.plutuscalibrate.models.CostModel.*;
import io.plutuscalibrate.models.CostingFun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random costing functions and models for property tests, every shape at every arity it has. */
final class RandomModels {
  private final Random random;

  RandomModels(long seed) {
    this.random = new Random(seed);
  }

  /** One model of each of the 27 tags, with arbitrary coefficients. */
  static List<CostModel> oneOfEachTag() {
    return List.of(
        new ConstantCost(7),
        new LinearIn(0, 1, 2), new LinearIn(1, 3, 4), new LinearIn(2, 5, 6), new LinearIn(3, 7, 8),
        new QuadraticIn(0, 1, 2, 3), new QuadraticIn(1, 4, 5, 6), new QuadraticIn(2, 7, 8, 9),
        new LinearInY2(1, 2, 3),
        new LinearInXAndY(1, 2, 3),
        new AddedSizes(1, 2),
        new SubtractedSizes(1, 2, 3),
        new MultipliedSizes(1, 2),
        new MinSize(1, 2),
        new MaxSize(1, 2),
        new LinearOnDiagonal(1, 2, 3),
        new ConstOffDiagonal(1, new QuadraticIn(0, 2, 3, 4)),
        new ConstAboveDiagonal(1, new QuadraticInXAndY(2, 3, 4, 5, 6, 7, -8)),
        new ConstBelowDiagonal(1, new LinearInXAndY(2, 3, 4)),
        new AboveAndBelowDiagonal(1, new ConstAboveDiagonal(2, new MultipliedSizes(3, 4))),
        new QuadraticInXAndY(1, 2, 3, 4, 5, 6, 7),
        new WithInteractionInXAndY(1, 2, 3, 4),
        new LiteralInYOrLinearInZ(1, 2),
        new LinearInMaxYZ(1, 2),
        new LinearInYAndZ(1, 2, 3),
        new QuadraticInYAndZ(1, 2, 3, 4, 5, 6, 7),
        new ExpModCost(1, 2, 3));
  }

  long coefficient() {
    switch (random.nextInt(6)) {
      case 0: return Long.MAX_VALUE;
      case 1: return Long.MIN_VALUE;
      case 2: return -random.nextInt(1000);
      case 3: return random.nextLong();
      default: return random.nextInt(1_000_000);
    }
  }

  /** A random model of a builtin of {@code arity} arguments (1 to 6). */
  CostModel model(int arity) {
    return model(arity, 3);
  }

  private CostModel model(int arity, int depth) {
    List<Shape> shapes = new ArrayList<>();
    for (Shape s : Shape.values()) {
      if (s.admitsArity(arity) && (depth > 0 || s.nestedArity == 0)) {
        shapes.add(s);
      }
    }
    Shape s = shapes.get(random.nextInt(shapes.size()));
    long[] values = new long[Math.max(1, s.fields.size())];
    for (int i = 0; i < values.length; i++) {
      values[i] = coefficient();
    }
    CostModel inner = s.nestedArity == 0 ? null : model(s.nestedArity, depth - 1);
    return s.build(values, inner);
  }

  CostingFun costingFun() {
    int arity = 1 + random.nextInt(6);
    return new CostingFun(model(arity), model(arity));
  }

  /** A random model with up to 30 builtins, names including ones JSON must escape. */
  BuiltinCostModel builtinCostModel() {
    Map<String, CostingFun> functions = new LinkedHashMap<>();
    int n = random.nextInt(30);
    for (int i = 0; i < n; i++) {
      String name = switch (random.nextInt(4)) {
        case 0 -> "builtin" + i;
        case 1 -> "quote\"d_" + i;
        case 2 -> "ünïcode\t" + i;
        default -> "z" + (n - i);
      };
      functions.put(name, costingFun());
    }
    return BuiltinCostModel.of(functions);
  }
}
