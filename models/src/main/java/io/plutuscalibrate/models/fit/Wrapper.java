package io.plutuscalibrate.models.fit;

import io.plutuscalibrate.models.CostModel;

/**
 * A shape that pairs a constant, fitted on one region of the (x, y) plane, with a model fitted on
 * another: its JSON tag and how the two are put together.
 */
public enum Wrapper {
  /** {@code linear_on_diagonal}: the model is {@code linear_in_x}, flattened beside the constant. */
  LINEAR_ON_DIAGONAL("linear_on_diagonal"),
  CONST_ABOVE_DIAGONAL("const_above_diagonal"),
  ABOVE_AND_BELOW_DIAGONAL("above_and_below_diagonal");

  private final String tag;

  Wrapper(String tag) {
    this.tag = tag;
  }

  public String tag() {
    return tag;
  }

  /** Whether the model's parameters are nested under {@code model} (else flattened beside it). */
  public boolean nestsModel() {
    return this != LINEAR_ON_DIAGONAL;
  }

  /** Whether {@code inner} can be wrapped by this. */
  public boolean accepts(FitShape inner) {
    return this == LINEAR_ON_DIAGONAL ? inner == FitShape.LINEAR_IN_X : true;
  }

  public CostModel wrap(long constant, CostModel inner) {
    return switch (this) {
      case LINEAR_ON_DIAGONAL -> {
        CostModel.LinearIn lin = (CostModel.LinearIn) inner;
        yield new CostModel.LinearOnDiagonal(constant, lin.intercept(), lin.slope());
      }
      case CONST_ABOVE_DIAGONAL -> new CostModel.ConstAboveDiagonal(constant, inner);
      case ABOVE_AND_BELOW_DIAGONAL -> new CostModel.AboveAndBelowDiagonal(constant, inner);
    };
  }
}
