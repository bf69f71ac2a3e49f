package io.plutuscalibrate.uplc.core;

import java.util.Objects;
import supranational.blst.PT;

/**
 * A BLS12-381 Miller-loop result ({@code bls12_381_MlResult}): an element of the target field
 * that only {@code bls12_381_mulMlResult} and {@code bls12_381_finalVerify} consume. It has no
 * textual or flat representation. Never mutated: callers {@code dup()} before blst operations.
 */
public final class MlResultConstant extends Constant {
  private final PT value;

  private MlResultConstant(PT value) {
    this.value = value;
  }

  public static MlResultConstant of(PT value) {
    return new MlResultConstant(Objects.requireNonNull(value));
  }

  public PT value() {
    return value;
  }

  @Override
  public Type type() {
    return Type.ML_RESULT;
  }
}
