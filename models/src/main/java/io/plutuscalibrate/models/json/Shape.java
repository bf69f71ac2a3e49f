package io.plutuscalibrate.models.json;

import io.plutuscalibrate.models.CostModel;
import io.plutuscalibrate.models.CostModel.AboveAndBelowDiagonal;
import io.plutuscalibrate.models.CostModel.AddedSizes;
import io.plutuscalibrate.models.CostModel.ConstAboveDiagonal;
import io.plutuscalibrate.models.CostModel.ConstBelowDiagonal;
import io.plutuscalibrate.models.CostModel.ConstOffDiagonal;
import io.plutuscalibrate.models.CostModel.ConstantCost;
import io.plutuscalibrate.models.CostModel.ExpModCost;
import io.plutuscalibrate.models.CostModel.LinearIn;
import io.plutuscalibrate.models.CostModel.LinearInMaxYZ;
import io.plutuscalibrate.models.CostModel.LinearInXAndY;
import io.plutuscalibrate.models.CostModel.LinearInY2;
import io.plutuscalibrate.models.CostModel.LinearInYAndZ;
import io.plutuscalibrate.models.CostModel.LinearOnDiagonal;
import io.plutuscalibrate.models.CostModel.LiteralInYOrLinearInZ;
import io.plutuscalibrate.models.CostModel.MaxSize;
import io.plutuscalibrate.models.CostModel.MinSize;
import io.plutuscalibrate.models.CostModel.MultipliedSizes;
import io.plutuscalibrate.models.CostModel.QuadraticIn;
import io.plutuscalibrate.models.CostModel.QuadraticInXAndY;
import io.plutuscalibrate.models.CostModel.QuadraticInYAndZ;
import io.plutuscalibrate.models.CostModel.SubtractedSizes;
import io.plutuscalibrate.models.CostModel.WithInteractionInXAndY;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of costing-function shapes as they appear in JSON: tag, the builtin arities for
 * which Plutus defines the tag, the payload's field names, and how to build a {@link CostModel}
 * from the field values and back.
 *
 * <p>Note [Arity of shapes]: Plutus has one sum type of shapes per builtin arity
 * ({@code ModelOneArgument} .. {@code ModelSixArguments}) and several tags exist at several
 * arities ({@code constant_cost} at all six, {@code linear_in_y} at two and three). Our
 * {@link CostModel} records are arity-agnostic (a shape reads the sizes it needs), so reading does
 * not need to know a builtin's arity and stays generic: the file alone decides. What the arity
 * does constrain is checked from the shapes themselves: the CPU and memory shapes of one builtin
 * must exist at a common arity, the model nested in {@code const_off_diagonal} must be a
 * one-argument shape and the one nested in the other diagonal shapes a two-argument shape. Whether
 * that arity is the one of the builtin with that name is for the evaluator to check: the cost
 * model files do not know the builtins.
 *
 * <p>Field names are those of {@code CostingFun/JSON.hs}: the record fields without their type
 * prefix, in snake case. The payload of {@code constant_cost} is a bare integer ({@link #fields}
 * empty); nested shapes have an integer {@code constant} and a {@code model}.
 */
enum Shape {
  CONSTANT_COST("constant_cost", arities(1, 2, 3, 4, 5, 6)) {
    CostModel build(long[] v, CostModel inner) { return new ConstantCost(v[0]); }
    long[] values(CostModel m) { return new long[] {((ConstantCost) m).value()}; }
  },
  LINEAR_IN_X("linear_in_x", arities(1, 2, 3), "intercept", "slope") {
    CostModel build(long[] v, CostModel inner) { return new LinearIn(0, v[0], v[1]); }
    long[] values(CostModel m) { return linearIn(m); }
  },
  LINEAR_IN_Y("linear_in_y", arities(2, 3), "intercept", "slope") {
    CostModel build(long[] v, CostModel inner) { return new LinearIn(1, v[0], v[1]); }
    long[] values(CostModel m) { return linearIn(m); }
  },
  LINEAR_IN_Z("linear_in_z", arities(3), "intercept", "slope") {
    CostModel build(long[] v, CostModel inner) { return new LinearIn(2, v[0], v[1]); }
    long[] values(CostModel m) { return linearIn(m); }
  },
  LINEAR_IN_U("linear_in_u", arities(4), "intercept", "slope") {
    CostModel build(long[] v, CostModel inner) { return new LinearIn(3, v[0], v[1]); }
    long[] values(CostModel m) { return linearIn(m); }
  },
  QUADRATIC_IN_X("quadratic_in_x", arities(1), "c0", "c1", "c2") {
    CostModel build(long[] v, CostModel inner) { return new QuadraticIn(0, v[0], v[1], v[2]); }
    long[] values(CostModel m) { return quadraticIn(m); }
  },
  QUADRATIC_IN_Y("quadratic_in_y", arities(2), "c0", "c1", "c2") {
    CostModel build(long[] v, CostModel inner) { return new QuadraticIn(1, v[0], v[1], v[2]); }
    long[] values(CostModel m) { return quadraticIn(m); }
  },
  QUADRATIC_IN_Z("quadratic_in_z", arities(3), "c0", "c1", "c2") {
    CostModel build(long[] v, CostModel inner) { return new QuadraticIn(2, v[0], v[1], v[2]); }
    long[] values(CostModel m) { return quadraticIn(m); }
  },
  LINEAR_IN_Y2("linear_in_y2", arities(2), "intercept", "slope", "minimum") {
    CostModel build(long[] v, CostModel inner) { return new LinearInY2(v[0], v[1], v[2]); }
    long[] values(CostModel m) {
      LinearInY2 r = (LinearInY2) m;
      return new long[] {r.intercept(), r.slope(), r.minimum()};
    }
  },
  LINEAR_IN_X_AND_Y("linear_in_x_and_y", arities(2), "intercept", "slope1", "slope2") {
    CostModel build(long[] v, CostModel inner) { return new LinearInXAndY(v[0], v[1], v[2]); }
    long[] values(CostModel m) {
      LinearInXAndY r = (LinearInXAndY) m;
      return new long[] {r.intercept(), r.slope1(), r.slope2()};
    }
  },
  ADDED_SIZES("added_sizes", arities(2), "intercept", "slope") {
    CostModel build(long[] v, CostModel inner) { return new AddedSizes(v[0], v[1]); }
    long[] values(CostModel m) {
      AddedSizes r = (AddedSizes) m;
      return new long[] {r.intercept(), r.slope()};
    }
  },
  SUBTRACTED_SIZES("subtracted_sizes", arities(2), "intercept", "slope", "minimum") {
    CostModel build(long[] v, CostModel inner) { return new SubtractedSizes(v[0], v[1], v[2]); }
    long[] values(CostModel m) {
      SubtractedSizes r = (SubtractedSizes) m;
      return new long[] {r.intercept(), r.slope(), r.minimum()};
    }
  },
  MULTIPLIED_SIZES("multiplied_sizes", arities(2), "intercept", "slope") {
    CostModel build(long[] v, CostModel inner) { return new MultipliedSizes(v[0], v[1]); }
    long[] values(CostModel m) {
      MultipliedSizes r = (MultipliedSizes) m;
      return new long[] {r.intercept(), r.slope()};
    }
  },
  MIN_SIZE("min_size", arities(2), "intercept", "slope") {
    CostModel build(long[] v, CostModel inner) { return new MinSize(v[0], v[1]); }
    long[] values(CostModel m) {
      MinSize r = (MinSize) m;
      return new long[] {r.intercept(), r.slope()};
    }
  },
  MAX_SIZE("max_size", arities(2), "intercept", "slope") {
    CostModel build(long[] v, CostModel inner) { return new MaxSize(v[0], v[1]); }
    long[] values(CostModel m) {
      MaxSize r = (MaxSize) m;
      return new long[] {r.intercept(), r.slope()};
    }
  },
  LINEAR_ON_DIAGONAL("linear_on_diagonal", arities(2), "constant", "intercept", "slope") {
    CostModel build(long[] v, CostModel inner) { return new LinearOnDiagonal(v[0], v[1], v[2]); }
    long[] values(CostModel m) {
      LinearOnDiagonal r = (LinearOnDiagonal) m;
      return new long[] {r.constant(), r.intercept(), r.slope()};
    }
  },
  CONST_OFF_DIAGONAL(1, "const_off_diagonal") {
    CostModel build(long[] v, CostModel inner) { return new ConstOffDiagonal(v[0], inner); }
    long[] values(CostModel m) { return new long[] {((ConstOffDiagonal) m).constant()}; }
    CostModel inner(CostModel m) { return ((ConstOffDiagonal) m).model(); }
  },
  CONST_ABOVE_DIAGONAL(2, "const_above_diagonal") {
    CostModel build(long[] v, CostModel inner) { return new ConstAboveDiagonal(v[0], inner); }
    long[] values(CostModel m) { return new long[] {((ConstAboveDiagonal) m).constant()}; }
    CostModel inner(CostModel m) { return ((ConstAboveDiagonal) m).model(); }
  },
  CONST_BELOW_DIAGONAL(2, "const_below_diagonal") {
    CostModel build(long[] v, CostModel inner) { return new ConstBelowDiagonal(v[0], inner); }
    long[] values(CostModel m) { return new long[] {((ConstBelowDiagonal) m).constant()}; }
    CostModel inner(CostModel m) { return ((ConstBelowDiagonal) m).model(); }
  },
  ABOVE_AND_BELOW_DIAGONAL(2, "above_and_below_diagonal") {
    CostModel build(long[] v, CostModel inner) { return new AboveAndBelowDiagonal(v[0], inner); }
    long[] values(CostModel m) { return new long[] {((AboveAndBelowDiagonal) m).constant()}; }
    CostModel inner(CostModel m) { return ((AboveAndBelowDiagonal) m).model(); }
  },
  QUADRATIC_IN_X_AND_Y("quadratic_in_x_and_y", arities(2),
      "minimum", "c00", "c10", "c01", "c20", "c11", "c02") {
    CostModel build(long[] v, CostModel inner) {
      return new QuadraticInXAndY(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }
    long[] values(CostModel m) {
      QuadraticInXAndY r = (QuadraticInXAndY) m;
      return new long[] {r.minimum(), r.c00(), r.c10(), r.c01(), r.c20(), r.c11(), r.c02()};
    }
  },
  WITH_INTERACTION_IN_X_AND_Y("with_interaction_in_x_and_y", arities(2),
      "c00", "c10", "c01", "c11") {
    CostModel build(long[] v, CostModel inner) {
      return new WithInteractionInXAndY(v[0], v[1], v[2], v[3]);
    }
    long[] values(CostModel m) {
      WithInteractionInXAndY r = (WithInteractionInXAndY) m;
      return new long[] {r.c00(), r.c10(), r.c01(), r.c11()};
    }
  },
  LITERAL_IN_Y_OR_LINEAR_IN_Z("literal_in_y_or_linear_in_z", arities(3), "intercept", "slope") {
    CostModel build(long[] v, CostModel inner) { return new LiteralInYOrLinearInZ(v[0], v[1]); }
    long[] values(CostModel m) {
      LiteralInYOrLinearInZ r = (LiteralInYOrLinearInZ) m;
      return new long[] {r.intercept(), r.slope()};
    }
  },
  LINEAR_IN_MAX_YZ("linear_in_max_yz", arities(3), "intercept", "slope") {
    CostModel build(long[] v, CostModel inner) { return new LinearInMaxYZ(v[0], v[1]); }
    long[] values(CostModel m) {
      LinearInMaxYZ r = (LinearInMaxYZ) m;
      return new long[] {r.intercept(), r.slope()};
    }
  },
  LINEAR_IN_Y_AND_Z("linear_in_y_and_z", arities(3), "intercept", "slope1", "slope2") {
    CostModel build(long[] v, CostModel inner) { return new LinearInYAndZ(v[0], v[1], v[2]); }
    long[] values(CostModel m) {
      LinearInYAndZ r = (LinearInYAndZ) m;
      return new long[] {r.intercept(), r.slope1(), r.slope2()};
    }
  },
  QUADRATIC_IN_Y_AND_Z("quadratic_in_y_and_z", arities(3),
      "minimum", "c00", "c10", "c01", "c20", "c11", "c02") {
    CostModel build(long[] v, CostModel inner) {
      return new QuadraticInYAndZ(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }
    long[] values(CostModel m) {
      QuadraticInYAndZ r = (QuadraticInYAndZ) m;
      return new long[] {r.minimum(), r.c00(), r.c10(), r.c01(), r.c20(), r.c11(), r.c02()};
    }
  },
  EXP_MOD_COST("exp_mod_cost", arities(3), "coefficient00", "coefficient11", "coefficient12") {
    CostModel build(long[] v, CostModel inner) { return new ExpModCost(v[0], v[1], v[2]); }
    long[] values(CostModel m) {
      ExpModCost r = (ExpModCost) m;
      return new long[] {r.coefficient00(), r.coefficient11(), r.coefficient12()};
    }
  };

  private static final Map<String, Shape> BY_TAG = new HashMap<>();

  static {
    for (Shape s : values()) {
      BY_TAG.put(s.tag, s);
    }
  }

  final String tag;
  /** Bit n is set when the tag exists for builtins of n arguments. See Note [Arity of shapes]. */
  final int arities;
  /** The payload's integer fields, in the order of {@link #values} and {@link #build}. */
  final List<String> fields;
  /** The arity of the nested model (1 or 2), or 0 when the shape nests none. */
  final int nestedArity;

  Shape(String tag, int arities, String... fields) {
    this.tag = tag;
    this.arities = arities;
    this.fields = List.of(fields);
    this.nestedArity = 0;
  }

  /** A shape with a {@code constant} and a nested {@code model} of arity {@code nestedArity}. */
  Shape(int nestedArity, String tag) {
    this.tag = tag;
    this.arities = arities(2);
    this.fields = List.of("constant");
    this.nestedArity = nestedArity;
  }

  /** The model with these field values (and nested model, for nesting shapes). */
  abstract CostModel build(long[] values, CostModel inner);

  /** The field values of a model of this shape, in the order of {@link #fields}. */
  abstract long[] values(CostModel model);

  /** The nested model of a model of this shape (nesting shapes only). */
  CostModel inner(CostModel model) {
    throw new IllegalStateException(tag + " nests no model");
  }

  boolean isConstantCost() {
    return this == CONSTANT_COST;
  }

  /** The shape with this JSON tag, or null. */
  static Shape forTag(String tag) {
    return BY_TAG.get(tag);
  }

  /** The shape of a model. */
  static Shape of(CostModel model) {
    Shape s = BY_TAG.get(model.tag());
    if (s == null) {
      throw new IllegalStateException("no JSON shape for tag " + model.tag());
    }
    return s;
  }

  boolean admitsArity(int arity) {
    return (arities & (1 << arity)) != 0;
  }

  /** Tags that exist at {@code arity}, for messages. */
  static String tagsOfArity(int arity) {
    StringBuilder b = new StringBuilder();
    for (Shape s : values()) {
      if (s.admitsArity(arity)) {
        b.append(b.length() == 0 ? "" : ", ").append(s.tag);
      }
    }
    return b.toString();
  }

  /** {@code "1, 2 or 3"}: the arities of a shape, for messages. */
  String aritiesText() {
    StringBuilder b = new StringBuilder();
    int last = 31 - Integer.numberOfLeadingZeros(arities);
    for (int n = 1; n <= last; n++) {
      if (admitsArity(n)) {
        b.append(b.length() == 0 ? "" : n == last ? " or " : ", ").append(n);
      }
    }
    return b.toString();
  }

  private static int arities(int... ns) {
    int bits = 0;
    for (int n : ns) {
      bits |= 1 << n;
    }
    return bits;
  }

  private static long[] linearIn(CostModel m) {
    LinearIn r = (LinearIn) m;
    return new long[] {r.intercept(), r.slope()};
  }

  private static long[] quadraticIn(CostModel m) {
    QuadraticIn r = (QuadraticIn) m;
    return new long[] {r.c0(), r.c1(), r.c2()};
  }
}
