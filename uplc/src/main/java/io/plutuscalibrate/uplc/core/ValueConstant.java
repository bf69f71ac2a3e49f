package io.plutuscalibrate.uplc.core;

import java.math.BigInteger;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * {@code (con value [...])}: a multi-asset value as Plutus's {@code PlutusCore.Value.Value}, a map
 * from currency symbol (policy id) to a map from token name to a non-zero quantity, both ordered
 * by key. The invariants (no empty inner map, no zero quantity, key and quantity bounds) are
 * established by whoever builds one; see the value builtins.
 */
public final class ValueConstant extends Constant {
  /** The longest currency symbol or token name, in bytes (Plutus's {@code maxKeyLen}). */
  public static final int MAX_KEY_LENGTH = 32;
  /** The least quantity: -2^127 (quantities are signed 128-bit integers). */
  public static final BigInteger MIN_QUANTITY = BigInteger.ONE.shiftLeft(127).negate();
  /** The greatest quantity: 2^127 - 1. */
  public static final BigInteger MAX_QUANTITY = BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE);

  /** One currency of a value as written or serialised: its symbol and its tokens, in order. */
  public record Currency(ByteStringConstant symbol, List<Token> tokens) {
    public Currency {
      Objects.requireNonNull(symbol);
      tokens = List.copyOf(tokens);
    }
  }

  /** One token of a currency: its name and quantity. */
  public record Token(ByteStringConstant name, BigInteger quantity) {
    public Token {
      Objects.requireNonNull(name);
      Objects.requireNonNull(quantity);
    }
  }

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

  /**
   * The value with exactly these entries, validated as Plutus's {@code buildValueWith} does for
   * the textual, flat and CBOR forms: currency symbols strictly ascending, each with a non-empty
   * token list whose names are strictly ascending, keys of at most {@link #MAX_KEY_LENGTH} bytes,
   * quantities non-zero and within [{@link #MIN_QUANTITY}, {@link #MAX_QUANTITY}]. Nothing is
   * merged, dropped or reordered: input that is not already canonical is rejected.
   *
   * @throws IllegalArgumentException naming the first violated condition
   */
  public static ValueConstant fromEntries(List<Currency> currencies) {
    NavigableMap<ByteStringConstant, NavigableMap<ByteStringConstant, BigInteger>> outer =
        new TreeMap<>();
    ByteStringConstant previous = null;
    for (Currency c : currencies) {
      checkKey("currency symbol", c.symbol());
      if (previous != null && previous.compareTo(c.symbol()) >= 0) {
        throw new IllegalArgumentException("invalid value: currency symbols not strictly ascending ("
            + c.symbol() + " after " + previous + ")");
      }
      previous = c.symbol();
      if (c.tokens().isEmpty()) {
        throw new IllegalArgumentException("invalid value: empty token list for currency " + c.symbol());
      }
      NavigableMap<ByteStringConstant, BigInteger> inner = new TreeMap<>();
      ByteStringConstant previousToken = null;
      for (Token t : c.tokens()) {
        checkKey("token name", t.name());
        if (previousToken != null && previousToken.compareTo(t.name()) >= 0) {
          throw new IllegalArgumentException("invalid value: token names not strictly ascending ("
              + t.name() + " after " + previousToken + ")");
        }
        previousToken = t.name();
        if (t.quantity().signum() == 0) {
          throw new IllegalArgumentException("invalid value: zero quantity for token " + t.name());
        }
        if (t.quantity().compareTo(MIN_QUANTITY) < 0 || t.quantity().compareTo(MAX_QUANTITY) > 0) {
          throw new IllegalArgumentException("invalid value: quantity out of signed 128-bit bounds: "
              + t.quantity());
        }
        inner.put(t.name(), t.quantity());
      }
      outer.put(c.symbol(), Collections.unmodifiableNavigableMap(inner));
    }
    return new ValueConstant(outer);
  }

  private static void checkKey(String what, ByteStringConstant key) {
    if (key.length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException("invalid value: " + what + " " + key + " is "
          + key.length() + " bytes long, at most " + MAX_KEY_LENGTH + " allowed");
    }
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
