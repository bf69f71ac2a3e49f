package io.plutuscalibrate.models.fit;

import static io.plutuscalibrate.models.fit.Term.MAX_XY;
import static io.plutuscalibrate.models.fit.Term.MIN_XY;
import static io.plutuscalibrate.models.fit.Term.PRODUCT_XY;
import static io.plutuscalibrate.models.fit.Term.SUM_XY;
import static io.plutuscalibrate.models.fit.Term.U;
import static io.plutuscalibrate.models.fit.Term.X;
import static io.plutuscalibrate.models.fit.Term.X_SQUARED;
import static io.plutuscalibrate.models.fit.Term.Y;
import static io.plutuscalibrate.models.fit.Term.Y_SQUARED;
import static io.plutuscalibrate.models.fit.Term.Y_TIMES_Z;
import static io.plutuscalibrate.models.fit.Term.Y_TIMES_Z_SQUARED;
import static io.plutuscalibrate.models.fit.Term.Z;
import static io.plutuscalibrate.models.fit.Term.Z_SQUARED;

import io.plutuscalibrate.models.CostModel;
import java.util.List;

/**
 * A costing-function shape that is fitted by one regression: its JSON tag, the regressors (after
 * the intercept) in the order of models.R's formula, and the JSON names of the coefficients in that
 * order. The shapes that combine a constant with another model are {@link Wrapper}s around one of
 * these.
 */
public enum FitShape {
  CONSTANT_COST("constant_cost", List.of(), "arguments"),
  LINEAR_IN_X("linear_in_x", List.of(X), "intercept", "slope"),
  LINEAR_IN_Y("linear_in_y", List.of(Y), "intercept", "slope"),
  LINEAR_IN_Z("linear_in_z", List.of(Z), "intercept", "slope"),
  LINEAR_IN_U("linear_in_u", List.of(U), "intercept", "slope"),
  ADDED_SIZES("added_sizes", List.of(SUM_XY), "intercept", "slope"),
  MULTIPLIED_SIZES("multiplied_sizes", List.of(PRODUCT_XY), "intercept", "slope"),
  MIN_SIZE("min_size", List.of(MIN_XY), "intercept", "slope"),
  MAX_SIZE("max_size", List.of(MAX_XY), "intercept", "slope"),
  LINEAR_IN_X_AND_Y("linear_in_x_and_y", List.of(X, Y), "intercept", "slope1", "slope2"),
  LINEAR_IN_Y_AND_Z("linear_in_y_and_z", List.of(Y, Z), "intercept", "slope1", "slope2"),
  QUADRATIC_IN_X("quadratic_in_x", List.of(X, X_SQUARED), "c0", "c1", "c2"),
  QUADRATIC_IN_Y("quadratic_in_y", List.of(Y, Y_SQUARED), "c0", "c1", "c2"),
  QUADRATIC_IN_Z("quadratic_in_z", List.of(Z, Z_SQUARED), "c0", "c1", "c2"),
  /** Has a {@code minimum} floor besides its coefficients; see {@link #hasMinimum()}. */
  QUADRATIC_IN_X_AND_Y("quadratic_in_x_and_y",
      List.of(X, Y, X_SQUARED, PRODUCT_XY, Y_SQUARED), "c00", "c10", "c01", "c20", "c11", "c02"),
  WITH_INTERACTION_IN_X_AND_Y("with_interaction_in_x_and_y",
      List.of(X, Y, PRODUCT_XY), "c00", "c10", "c01", "c11"),
  EXP_MOD_COST("exp_mod_cost", List.of(Y_TIMES_Z, Y_TIMES_Z_SQUARED),
      "coefficient00", "coefficient11", "coefficient12");

  private final String tag;
  private final List<Term> terms;
  private final List<String> coefficientNames;

  FitShape(String tag, List<Term> terms, String... coefficientNames) {
    this.tag = tag;
    this.terms = terms;
    this.coefficientNames = List.of(coefficientNames);
    if (coefficientNames.length != terms.size() + 1) throw new AssertionError(tag);
  }

  public String tag() {
    return tag;
  }

  /** The regressors after the intercept. */
  public List<Term> terms() {
    return terms;
  }

  /** The JSON names of the intercept and the coefficients of {@link #terms()}, in that order. */
  public List<String> coefficientNames() {
    return coefficientNames;
  }

  /** Whether the shape also carries a {@code minimum} (a floor on its value). */
  public boolean hasMinimum() {
    return this == QUADRATIC_IN_X_AND_Y;
  }

  /** The formula as models.R writes it, e.g. {@code t ~ pmax(x_mem, y_mem)}. */
  public String formula() {
    if (terms.isEmpty()) return "t ~ 1";
    StringBuilder s = new StringBuilder("t ~ ");
    for (int i = 0; i < terms.size(); i++) {
      if (i > 0) s.append(" + ");
      s.append(terms.get(i).rName());
    }
    return s.toString();
  }

  /**
   * The costing function with the given coefficients (picoseconds, intercept first) and, for a
   * shape with a minimum, that minimum.
   */
  public CostModel build(long[] c, long minimum) {
    if (c.length != coefficientNames.size()) {
      throw new IllegalArgumentException(tag + " takes " + coefficientNames.size()
          + " coefficients");
    }
    return switch (this) {
      case CONSTANT_COST -> new CostModel.ConstantCost(c[0]);
      case LINEAR_IN_X -> new CostModel.LinearIn(0, c[0], c[1]);
      case LINEAR_IN_Y -> new CostModel.LinearIn(1, c[0], c[1]);
      case LINEAR_IN_Z -> new CostModel.LinearIn(2, c[0], c[1]);
      case LINEAR_IN_U -> new CostModel.LinearIn(3, c[0], c[1]);
      case ADDED_SIZES -> new CostModel.AddedSizes(c[0], c[1]);
      case MULTIPLIED_SIZES -> new CostModel.MultipliedSizes(c[0], c[1]);
      case MIN_SIZE -> new CostModel.MinSize(c[0], c[1]);
      case MAX_SIZE -> new CostModel.MaxSize(c[0], c[1]);
      case LINEAR_IN_X_AND_Y -> new CostModel.LinearInXAndY(c[0], c[1], c[2]);
      case LINEAR_IN_Y_AND_Z -> new CostModel.LinearInYAndZ(c[0], c[1], c[2]);
      case QUADRATIC_IN_X -> new CostModel.QuadraticIn(0, c[0], c[1], c[2]);
      case QUADRATIC_IN_Y -> new CostModel.QuadraticIn(1, c[0], c[1], c[2]);
      case QUADRATIC_IN_Z -> new CostModel.QuadraticIn(2, c[0], c[1], c[2]);
      case QUADRATIC_IN_X_AND_Y ->
          new CostModel.QuadraticInXAndY(minimum, c[0], c[1], c[2], c[3], c[4], c[5]);
      case WITH_INTERACTION_IN_X_AND_Y ->
          new CostModel.WithInteractionInXAndY(c[0], c[1], c[2], c[3]);
      case EXP_MOD_COST -> new CostModel.ExpModCost(c[0], c[1], c[2]);
    };
  }
}
