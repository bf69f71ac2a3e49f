package io.plutuscalibrate.uplc.core;

/** {@code (con bool True)} and {@code (con bool False)}; two instances only. */
public final class BoolConstant extends Constant {
  public static final BoolConstant TRUE = new BoolConstant(true);
  public static final BoolConstant FALSE = new BoolConstant(false);

  private final boolean value;

  private BoolConstant(boolean value) {
    this.value = value;
  }

  public static BoolConstant of(boolean value) {
    return value ? TRUE : FALSE;
  }

  public boolean value() {
    return value;
  }

  @Override
  public Type type() {
    return Type.BOOL;
  }

  @Override
  public String toString() {
    return value ? "True" : "False";
  }
}
