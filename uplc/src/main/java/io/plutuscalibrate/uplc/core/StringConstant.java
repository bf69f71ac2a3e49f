package io.plutuscalibrate.uplc.core;

/** {@code (con string "...")}: Unicode text (Haskell {@code Text}). */
public final class StringConstant extends Constant {
  private final String value;

  private StringConstant(String value) {
    this.value = value;
  }

  public static StringConstant of(String value) {
    return new StringConstant(value);
  }

  public String value() {
    return value;
  }

  @Override
  public Type type() {
    return Type.STRING;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StringConstant s && s.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
