package io.plutuscalibrate.uplc.core;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * {@code (con (list t) [...])}: an immutable singly linked list, as the Haskell list the builtins
 * work on.
 *
 * <p>Note [Persistent lists]: each non-empty list is a cell holding its head and its tail, and its
 * length. {@code mkCons}, {@code headList}, {@code tailList} and {@code nullList} are O(1) and
 * allocate at most one cell, as in Haskell; a builtin whose cost model says it is constant-time
 * must not do work proportional to the list. The length is kept in each cell because the size
 * measure of a list is its length (see the builtins' size measures).
 */
public final class ListConstant extends Constant implements Iterable<Constant> {
  private final Type elementType;
  private final Constant head;
  private final ListConstant tail;
  private final int length;

  private ListConstant(Type elementType, Constant head, ListConstant tail, int length) {
    this.elementType = elementType;
    this.head = head;
    this.tail = tail;
    this.length = length;
  }

  /** The empty list of elements of the given type. */
  public static ListConstant empty(Type elementType) {
    return new ListConstant(Objects.requireNonNull(elementType), null, null, 0);
  }

  /** {@code head : tail}. The caller has checked that {@code head} has the element type. */
  public static ListConstant cons(Constant head, ListConstant tail) {
    return new ListConstant(tail.elementType, Objects.requireNonNull(head), tail, tail.length + 1);
  }

  /** A list of the given elements, in order. */
  public static ListConstant of(Type elementType, List<? extends Constant> items) {
    ListConstant list = empty(elementType);
    for (int i = items.size() - 1; i >= 0; i--) {
      list = cons(items.get(i), list);
    }
    return list;
  }

  public Type elementType() {
    return elementType;
  }

  public boolean isEmpty() {
    return length == 0;
  }

  public int length() {
    return length;
  }

  /** The first element; the list must not be empty. */
  public Constant head() {
    if (length == 0) throw new NoSuchElementException("head of empty list");
    return head;
  }

  /** All but the first element; the list must not be empty. */
  public ListConstant tail() {
    if (length == 0) throw new NoSuchElementException("tail of empty list");
    return tail;
  }

  /** The elements in a fresh {@link ArrayList}. */
  public List<Constant> toList() {
    List<Constant> out = new ArrayList<>(length);
    for (Constant c : this) out.add(c);
    return out;
  }

  @Override
  public Iterator<Constant> iterator() {
    return new Iterator<>() {
      private ListConstant cur = ListConstant.this;

      @Override
      public boolean hasNext() {
        return cur.length > 0;
      }

      @Override
      public Constant next() {
        if (cur.length == 0) throw new NoSuchElementException();
        Constant h = cur.head;
        cur = cur.tail;
        return h;
      }
    };
  }

  @Override
  public Type type() {
    return Type.list(elementType);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof ListConstant other)) return false;
    if (other.length != length || !other.elementType.equals(elementType)) return false;
    ListConstant a = this, b = other;
    while (a.length > 0) {
      if (a == b) return true;
      if (!a.head.equals(b.head)) return false;
      a = a.tail;
      b = b.tail;
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = elementType.hashCode();
    for (Constant c : this) h = 31 * h + c.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("[");
    for (Constant c : this) {
      if (sb.length() > 1) sb.append(", ");
      sb.append(c);
    }
    return sb.append(']').toString();
  }
}
