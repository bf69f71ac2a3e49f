package io.plutuscalibrate.uplc.core;

import java.math.BigInteger;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Objects;

/**
 * {@code (con value [...])}: a multi-asset value as Plutus's {@code PlutusCore.Value.Value}, a map
 * from currency symbol (policy id) to a map from token name to a non-zero quantity, both ordered
 * by key. The invariants (no empty inner map, no zero quantity, key and quantity bounds) are
 * established by whoever builds one; see the value builtins.
 */
public final class ValueConstant extends Constant {
  private final NavigableMap<ByteStringConstant, NavigableMap<ByteStringConstant, BigInteger>> entries;
  private final int totalSize;

  private ValueConstant(
      NavigableMap<ByteStringConstant, NavigableMap<ByteStringConstant, BigInteger>> entries) {
    this.entries = Collections.unmodifiableNavigableMap(entries);
    int n = 0;
    for (NavigableMap<ByteStringConstant, BigInteger> inner : entries.values()) n += inner.size();
    this.totalSize = n;
  }

  /**
   * A value over the given maps, which the caller hands over and never modifies again; the inner
   * maps must already be unmodifiable or private to this value.
   */
  public static ValueConstant of(
      NavigableMap<ByteStringConstant, NavigableMap<ByteStringConstant, BigInteger>> entries) {
    return new ValueConstant(Objects.requireNonNull(entries));
  }

  /** Policy id to (token name to quantity), ordered by key. */
  public NavigableMap<ByteStringConstant, NavigableMap<ByteStringConstant, BigInteger>> entries() {
    return entries;
  }

  /** The number of (policy, token) pairs: Plutus's {@code totalSize}. */
  public int totalSize() {
    return totalSize;
  }

  @Override
  public Type type() {
    return Type.VALUE;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValueConstant v && v.entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return entries.toString();
  }
}
