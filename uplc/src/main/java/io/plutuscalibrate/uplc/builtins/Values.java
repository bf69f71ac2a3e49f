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
import java.util.Map;
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
  public static final int MAX_KEY_LENGTH = 32;

  /** The smallest quantity, {@code -2^127}. */
  public static final BigInteger MIN_QUANTITY = BigInteger.ONE.shiftLeft(127).negate();

  /** The largest quantity, {@code 2^127 - 1}. */
  public static final BigInteger MAX_QUANTITY = BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE);

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
   * A value holding the given entries, checked against Note [Value invariants]: fails on a long
   * key, an empty inner map, or a zero or out-of-range quantity. The maps are copied.
   */
  public static ValueConstant checked(
      Map<ByteStringConstant, ? extends Map<ByteStringConstant, BigInteger>> entries) {
    TreeMap<ByteStringConstant, NavigableMap<ByteStringConstant, BigInteger>> outer = new TreeMap<>();
    for (var e : entries.entrySet()) {
      requireKey(e.getKey(), "currency symbol");
      if (e.getValue().isEmpty()) throw Args.fail("value: empty inner map");
      TreeMap<ByteStringConstant, BigInteger> inner = new TreeMap<>();
      for (var t : e.getValue().entrySet()) {
        requireKey(t.getKey(), "token name");
        requireQuantity(t.getValue());
        if (t.getValue().signum() == 0) throw Args.fail("value: zero quantity");
        inner.put(t.getKey(), t.getValue());
      }
      outer.put(e.getKey(), Collections.unmodifiableNavigableMap(inner));
    }
    return ValueConstant.of(outer);
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
    ListConstant entries = unMap(d);
    TreeMap<ByteStringConstant, NavigableMap<ByteStringConstant, BigInteger>> outer = new TreeMap<>();
    ByteStringConstant previousCurrency = null;
    for (Constant c : entries) {
      PairConstant p = (PairConstant) c;
      ByteStringConstant currency = unKey((Data) p.first());
      ListConstant tokens = unMap((Data) p.second());
      if (previousCurrency != null && previousCurrency.compareTo(currency) >= 0) {
        throw Args.fail("unValueData: currency symbols not strictly ascending");
      }
      TreeMap<ByteStringConstant, BigInteger> inner = new TreeMap<>();
      ByteStringConstant previousToken = null;
      for (Constant tc : tokens) {
        PairConstant tp = (PairConstant) tc;
        ByteStringConstant token = unKey((Data) tp.first());
        BigInteger q = unQuantity((Data) tp.second());
        if (previousToken != null && previousToken.compareTo(token) >= 0) {
          throw Args.fail("unValueData: token names not strictly ascending");
        }
        if (q.signum() == 0) throw Args.fail("unValueData: zero quantity");
        inner.put(token, q);
        previousToken = token;
      }
      if (inner.isEmpty()) throw Args.fail("unValueData: empty inner map");
      outer.put(currency, Collections.unmodifiableNavigableMap(inner));
      previousCurrency = currency;
    }
    return ValueConstant.of(outer);
  }

  private static ListConstant unMap(Data d) {
    if (d instanceof Data.Map m) return m.entries;
    throw Args.fail("unValueData: non-Map constructor");
  }

  private static ByteStringConstant unKey(Data d) {
    if (!(d instanceof Data.B b)) throw Args.fail("unValueData: non-B constructor");
    if (b.value().length > MAX_KEY_LENGTH) {
      throw Args.fail("unValueData: invalid key of " + b.value().length + " bytes");
    }
    return ByteStringConstant.wrap(b.value());
  }

  private static BigInteger unQuantity(Data d) {
    if (!(d instanceof Data.I i)) throw Args.fail("unValueData: non-I constructor");
    if (!inQuantityRange(i.value)) throw Args.fail("unValueData: invalid quantity");
    return i.value;
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
