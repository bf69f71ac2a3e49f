package io.plutuscalibrate.uplc.core;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** {@code (con (array t) [...])}: an immutable array with O(1) indexing (Haskell {@code Vector}). */
public final class ArrayConstant extends Constant {
  private final Type elementType;
  private final Constant[] items;

  private ArrayConstant(Type elementType, Constant[] items) {
    this.elementType = elementType;
    this.items = items;
  }

  public static ArrayConstant of(Type elementType, List<? extends Constant> items) {
    return new ArrayConstant(Objects.requireNonNull(elementType), items.toArray(new Constant[0]));
  }

  public Type elementType() {
    return elementType;
  }

  public int length() {
    return items.length;
  }

  public Constant get(int index) {
    return items[index];
  }

  public List<Constant> items() {
    return List.of(items);
  }

  @Override
  public Type type() {
    return Type.array(elementType);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArrayConstant a && a.elementType.equals(elementType)
        && Arrays.equals(a.items, items);
  }

  @Override
  public int hashCode() {
    return 31 * elementType.hashCode() + Arrays.hashCode(items);
  }

  @Override
  public String toString() {
    return Arrays.toString(items);
  }
}
