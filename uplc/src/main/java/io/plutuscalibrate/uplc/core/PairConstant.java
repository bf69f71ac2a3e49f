package io.plutuscalibrate.uplc.core;

import java.util.Objects;

/** {@code (con (pair a b) (x, y))}. */
public final class PairConstant extends Constant {
  private final Constant first;
  private final Constant second;

  private PairConstant(Constant first, Constant second) {
    this.first = first;
    this.second = second;
  }

  public static PairConstant of(Constant first, Constant second) {
    return new PairConstant(Objects.requireNonNull(first), Objects.requireNonNull(second));
  }

  public Constant first() {
    return first;
  }

  public Constant second() {
    return second;
  }

  @Override
  public Type type() {
    return Type.pair(first.type(), second.type());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PairConstant p && p.first.equals(first) && p.second.equals(second);
  }

  @Override
  public int hashCode() {
    return 31 * first.hashCode() + second.hashCode();
  }

  @Override
  public String toString() {
    return "(" + first + ", " + second + ")";
  }
}
