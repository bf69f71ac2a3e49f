package io.plutuscalibrate.uplc.builtins;

import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.Type;
import io.plutuscalibrate.uplc.core.ValueConstant;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The operations on multi-asset values behind the value builtins, as {@code PlutusCore.Value}
 * defines them. Failures are {@link BuiltinFailure}s.
 *
 * <p>Note [Value invariants]: every {@link ValueConstant} these operations take or build satisfies
 * the invariants of Plutus's {@code Value}: no empty inner map, no zero quantity, keys (currency
 * symbols and token names) of at most {@value #MAX_KEY_LENGTH} bytes, quantities within the signed
 * 128-bit range [{@code -2^127}, {@code 2^127 - 1}]. An operation whose result would break a bound
 * fails; one whose result would hold a zero quantity or an empty inner map drops it. Keys are
 * ordered as bytestrings (unsigned lexicographic, a proper prefix first).
 *
 * <p>Note [Copying values]: Plutus's values are persistent maps, so insertCoin costs
 * O(log m + log k). Here the maps are {@link TreeMap}s and an update copies the outer map and the
 * one inner map it changes: O(m + k), with small constants. The results are the same; only the
 * time of insertCoin on very wide values differs.
 */
public final class Values {
  private Values() {}

  /** {@code maxKeyLen}: the longest currency symbol or token name, in bytes. */
  public static final int MAX_KEY_LENGTH = ValueConstant.MAX_KEY_LENGTH;

  /** The smallest quantity, {@code -2^127}. */
  public static final BigInteger MIN_QUANTITY = ValueConstant.MIN_QUANTITY;

  /** The largest quantity, {@code 2^127 - 1}. */
  public static final BigInteger MAX_QUANTITY = ValueConstant.MAX_QUANTITY;

  /** {@code valueDataMaxSize}: the largest total size valueData accepts. */
  public static final int VALUE_DATA_MAX_SIZE = 40_000;

  /** The empty value. */
  public static final ValueConstant EMPTY = ValueConstant.of(new TreeMap<>());

  /** Whether {@code q} lies in the signed 128-bit range. */
  public static boolean inQuantityRange(BigInteger q) {
    return q.compareTo(MIN_QUANTITY) >= 0 && q.compareTo(MAX_QUANTITY) <= 0;
  }

  /** Whether {@code key} is short enough to be a currency symbol or token name. */
  public static boolean validKey(ByteStringConstant key) {
    return key.length() <= MAX_KEY_LENGTH;
  }

  /**
   * insertCoin: sets the quantity of (currency, token) to {@code amount}, replacing any previous
   * quantity; an amount of 0 deletes the entry, and then the keys are not checked. Otherwise fails
   * on a key longer than {@value #MAX_KEY_LENGTH} bytes or an amount out of range.
   */
  public static ValueConstant insertCoin(ByteStringConstant currency, ByteStringConstant token,
      BigInteger amount, ValueConstant v) {
    if (amount.signum() == 0) return deleteCoin(currency, token, v);
    requireKey(currency, "currency symbol");
    requireKey(token, "token name");
    requireQuantity(amount);
    NavigableMap<ByteStringConstant, BigInteger> old = v.entries().get(currency);
    TreeMap<ByteStringConstant, BigInteger> inner = old == null ? new TreeMap<>() : new TreeMap<>(old);
    inner.put(token, amount);
    TreeMap<ByteStringConstant, NavigableMap<ByteStringConstant, BigInteger>> outer =
        new TreeMap<>(v.entries());
    outer.put(currency, Collections.unmodifiableNavigableMap(inner));
    return ValueConstant.of(outer);
  }

  /** Removes the (currency, token) entry if present, and its inner map if that becomes empty. */
  public static ValueConstant deleteCoin(ByteStringConstant currency, ByteStringConstant token,
      ValueConstant v) {
    NavigableMap<ByteStringConstant, BigInteger> old = v.entries().get(currency);
    if (old == null || !old.containsKey(token)) return v;
    TreeMap<ByteStringConstant, NavigableMap<ByteStringConstant, BigInteger>> outer =
        new TreeMap<>(v.entries());
    if (old.size() == 1) {
      outer.remove(currency);
    } else {
      TreeMap<ByteStringConstant, BigInteger> inner = new TreeMap<>(old);
      inner.remove(token);
      outer.put(currency, Collections.unmodifiableNavigableMap(inner));
    }
    return ValueConstant.of(outer);
  }

  /** lookupCoin: the quantity of (currency, token), 0 if absent. Keys of any length are looked up. */
  public static BigInteger lookupCoin(ByteStringConstant currency, ByteStringConstant token,
      ValueConstant v) {
    NavigableMap<ByteStringConstant, BigInteger> inner = v.entries().get(currency);
    if (inner == null) return BigInteger.ZERO;
    BigInteger q = inner.get(token);
    return q == null ? BigInteger.ZERO : q;
  }

  /**
   * unionValue: the pointwise sum. Entries summing to 0 are dropped, and inner maps left empty;
   * fails if a sum leaves the quantity range.
   */
  public static ValueConstant union(ValueConstant a, ValueConstant b) {
    if (a.totalSize() == 0) return b;
    if (b.totalSize() == 0) return a;
    TreeMap<ByteStringConstant, NavigableMap<ByteStringConstant, BigInteger>> outer =
        new TreeMap<>(a.entries());
    for (var e : b.entries().entrySet()) {
      NavigableMap<ByteStringConstant, BigInteger> innerA = outer.get(e.getKey());
      if (innerA == null) {
        outer.put(e.getKey(), e.getValue());
        continue;
      }
      TreeMap<ByteStringConstant, BigInteger> inner = new TreeMap<>(innerA);
      for (var t : e.getValue().entrySet()) {
        BigInteger qa = inner.get(t.getKey());
        if (qa == null) {
          inner.put(t.getKey(), t.getValue());
          continue;
        }
        BigInteger sum = qa.add(t.getValue());
        if (!inQuantityRange(sum)) {
          throw Args.fail("unionValue: quantity out of the signed 128-bit range: " + sum);
        }
        if (sum.signum() == 0) {
          inner.remove(t.getKey());
        } else {
          inner.put(t.getKey(), sum);
        }
      }
      if (inner.isEmpty()) {
        outer.remove(e.getKey());
      } else {
        outer.put(e.getKey(), Collections.unmodifiableNavigableMap(inner));
      }
    }
    return ValueConstant.of(outer);
  }

  /**
   * valueContains: whether {@code a} holds at least the quantity {@code b} holds of every entry of
   * {@code b}. Fails if either value holds a negative quantity.
   */
  public static boolean contains(ValueConstant a, ValueConstant b) {
    if (hasNegative(a)) throw Args.fail("valueContains: first value contains negative amounts");
    if (hasNegative(b)) throw Args.fail("valueContains: second value contains negative amounts");
    if (a.totalSize() < b.totalSize()) return false;
    for (var e : b.entries().entrySet()) {
      NavigableMap<ByteStringConstant, BigInteger> innerA = a.entries().get(e.getKey());
      if (innerA == null) return false;
      for (var t : e.getValue().entrySet()) {
        BigInteger qa = innerA.get(t.getKey());
        if (qa == null || qa.compareTo(t.getValue()) < 0) return false;
      }
    }
    return true;
  }

  /** The number of negative quantities in {@code v} (Plutus's {@code negativeAmounts}). */
  public static int negativeAmounts(ValueConstant v) {
    int n = 0;
    for (NavigableMap<ByteStringConstant, BigInteger> inner : v.entries().values()) {
      for (BigInteger q : inner.values()) {
        if (q.signum() < 0) n++;
      }
    }
    return n;
  }

  private static boolean hasNegative(ValueConstant v) {
    for (NavigableMap<ByteStringConstant, BigInteger> inner : v.entries().values()) {
      for (BigInteger q : inner.values()) {
        if (q.signum() < 0) return true;
      }
    }
    return false;
  }

  /**
   * scaleValue: every quantity multiplied by {@code factor}; scaling by 0 gives the empty value.
   * Fails if a product leaves the quantity range.
   */
  public static ValueConstant scale(BigInteger factor, ValueConstant v) {
    if (factor.signum() == 0) return EMPTY;
    TreeMap<ByteStringConstant, NavigableMap<ByteStringConstant, BigInteger>> outer = new TreeMap<>();
    for (var e : v.entries().entrySet()) {
      TreeMap<ByteStringConstant, BigInteger> inner = new TreeMap<>();
      for (var t : e.getValue().entrySet()) {
        BigInteger q = t.getValue().multiply(factor);
        if (!inQuantityRange(q)) {
          throw Args.fail("scaleValue: quantity out of bounds: " + factor + " * " + t.getValue());
        }
        inner.put(t.getKey(), q);
      }
      outer.put(e.getKey(), Collections.unmodifiableNavigableMap(inner));
    }
    return ValueConstant.of(outer);
  }

  /** policies: the currency symbols, ascending, as a list of bytestrings. */
  public static ListConstant policies(ValueConstant v) {
    return ListConstant.of(Type.BYTESTRING, new ArrayList<>(v.entries().keySet()));
  }

  /**
   * valueData: {@code Map [(B currency, Map [(B token, I quantity)])]} in key order. Fails for a
   * value of more than {@value #VALUE_DATA_MAX_SIZE} entries.
   */
  public static Data toData(ValueConstant v) {
    if (v.totalSize() > VALUE_DATA_MAX_SIZE) {
      throw Args.fail("valueData: maximum input size (" + VALUE_DATA_MAX_SIZE + ") exceeded");
    }
    List<PairConstant> outer = new ArrayList<>(v.entries().size());
    for (var e : v.entries().entrySet()) {
      List<PairConstant> inner = new ArrayList<>(e.getValue().size());
      for (var t : e.getValue().entrySet()) {
        inner.add(PairConstant.of(new Data.B(t.getKey().bytes()), new Data.I(t.getValue())));
      }
      outer.add(PairConstant.of(new Data.B(e.getKey().bytes()), Data.map(inner)));
    }
    return Data.map(outer);
  }

  /**
   * unValueData: the inverse of {@link #toData}. Fails unless {@code d} has exactly that shape,
   * with currency symbols and token names strictly ascending (so no duplicates), keys of at most
   * {@value #MAX_KEY_LENGTH} bytes, no empty inner map, and non-zero quantities in range.
   */
  public static ValueConstant fromData(Data d) {
    // The shape is checked here; order, emptiness, key lengths and quantities by the factory the
    // parser and decoders share, as Plutus checks them in buildValueWith for all of these.
    List<ValueConstant.Currency> currencies = new ArrayList<>(unMap(d).length());
    for (Constant c : unMap(d)) {
      PairConstant p = (PairConstant) c;
      ByteStringConstant currency = unB((Data) p.first());
      ListConstant tokenEntries = unMap((Data) p.second());
      List<ValueConstant.Token> tokens = new ArrayList<>(tokenEntries.length());
      for (Constant tc : tokenEntries) {
        PairConstant tp = (PairConstant) tc;
        tokens.add(new ValueConstant.Token(unB((Data) tp.first()), unI((Data) tp.second())));
      }
      currencies.add(new ValueConstant.Currency(currency, tokens));
    }
    try {
      return ValueConstant.fromEntries(currencies);
    } catch (IllegalArgumentException e) {
      throw Args.fail("unValueData: " + e.getMessage());
    }
  }

  private static ListConstant unMap(Data d) {
    if (d instanceof Data.Map m) return m.entries;
    throw Args.fail("unValueData: non-Map constructor");
  }

  private static ByteStringConstant unB(Data d) {
    if (d instanceof Data.B b) return ByteStringConstant.wrap(b.value());
    throw Args.fail("unValueData: non-B constructor");
  }

  private static BigInteger unI(Data d) {
    if (d instanceof Data.I i) return i.value;
    throw Args.fail("unValueData: non-I constructor");
  }

  private static void requireKey(ByteStringConstant key, String what) {
    if (!validKey(key)) {
      throw Args.fail("invalid " + what + " of " + key.length() + " bytes (maximum "
          + MAX_KEY_LENGTH + ")");
    }
  }

  private static void requireQuantity(BigInteger q) {
    if (!inQuantityRange(q)) {
      throw Args.fail("quantity out of the signed 128-bit range: " + q);
    }
  }
}
