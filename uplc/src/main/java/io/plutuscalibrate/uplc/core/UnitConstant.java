package io.plutuscalibrate.uplc.core;

/** {@code (con unit ())}. */
public final class UnitConstant extends Constant {
  public static final UnitConstant UNIT = new UnitConstant();

  private UnitConstant() {}

  @Override
  public Type type() {
    return Type.UNIT;
  }

  @Override
  public String toString() {
    return "()";
  }
}
