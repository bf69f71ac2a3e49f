package io.plutuscalibrate.measurements.workload;

import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.ValueConstant;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Multi-asset values shaped as budgeting-bench's Values.hs shapes them for the worst case.
 *
 * <p>Every key is 32 bytes, 28 of them 0xFF and 4 random, so that comparing two keys looks at the
 * whole key (Values.hs's {@code generateKey}). Unlike there, the keys of one value are always
 * distinct, so a value has exactly the number of entries asked for and the sizes in a point's name
 * are the ones planned.
 */
final class ValueGen {
  private ValueGen() {}

  /** Int64's maxBound, the quantity of the lookup and containment values. */
  static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** Distinct worst-case keys. */
  static final class Keys {
    private final SplittableRandom rng;
    private final Set<ByteStringConstant> used = new HashSet<>();

    Keys(SplittableRandom rng) {
      this.rng = rng;
    }

    ByteStringConstant next() {
      while (true) {
        byte[] k = Bytes.filled(ValueConstant.MAX_KEY_LENGTH, 0xFF);
        byte[] suffix = Bytes.random(rng, 4);
        System.arraycopy(suffix, 0, k, k.length - 4, 4);
        ByteStringConstant key = ByteStringConstant.wrap(k);
        if (used.add(key)) return key;
      }
    }

    /** {@code n} distinct keys in ascending order. */
    List<ByteStringConstant> sorted(int n) {
      List<ByteStringConstant> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) out.add(next());
      Collections.sort(out);
      return out;
    }
  }

  /** A value with the key of its greatest policy and the greatest token under it. */
  record WithDeepest(ValueConstant value, ByteStringConstant policy, ByteStringConstant token) {}

  /**
   * Values.hs's {@code generateConstrainedValueWithMaxPolicy}: {@code policies} policies; the
   * greatest (the deepest in a search tree) holds {@code tokens} tokens, every other one only the
   * least of those tokens, all with quantity {@code quantity}. Its total size is
   * {@code tokens + policies - 1} and its depth (ValueMaxDepth) is that of
   * ({@code policies}, {@code tokens}).
   */
  static WithDeepest withDeepest(Keys keys, int policies, int tokens, BigInteger quantity) {
    List<ByteStringConstant> policyIds = keys.sorted(policies);
    List<ByteStringConstant> tokenNames = keys.sorted(tokens);
    ByteStringConstant maxPolicy = policyIds.get(policies - 1);
    NavigableMap<ByteStringConstant, NavigableMap<ByteStringConstant, BigInteger>> outer =
        new TreeMap<>();
    for (ByteStringConstant p : policyIds) {
      NavigableMap<ByteStringConstant, BigInteger> inner = new TreeMap<>();
      if (p.equals(maxPolicy)) {
        for (ByteStringConstant t : tokenNames) inner.put(t, quantity);
      } else {
        inner.put(tokenNames.get(0), quantity);
      }
      outer.put(p, Collections.unmodifiableNavigableMap(inner));
    }
    return new WithDeepest(ValueConstant.of(outer), maxPolicy, tokenNames.get(tokens - 1));
  }

  /**
   * Values.hs's {@code buildValue}: every policy holds the same tokens, each with
   * {@code quantity}. With one token this is the flat shape that is the worst case of
   * unionValue and scaleValue. Every policy gets maps of its own, as in Haskell.
   */
  static ValueConstant uniform(List<ByteStringConstant> policies, List<ByteStringConstant> tokens,
      BigInteger quantity) {
    NavigableMap<ByteStringConstant, NavigableMap<ByteStringConstant, BigInteger>> outer =
        new TreeMap<>();
    for (ByteStringConstant p : policies) {
      NavigableMap<ByteStringConstant, BigInteger> inner = new TreeMap<>();
      for (ByteStringConstant t : tokens) inner.put(t, quantity);
      outer.put(p, Collections.unmodifiableNavigableMap(inner));
    }
    return ValueConstant.of(outer);
  }

  /** Copies of the keys with storage of their own, so no comparison short-circuits on identity. */
  static List<ByteStringConstant> copies(List<ByteStringConstant> keys) {
    List<ByteStringConstant> out = new ArrayList<>(keys.size());
    for (ByteStringConstant k : keys) out.add(Bytes.copy(k));
    return out;
  }

  /** The value holding only the given (policy, token) entries of {@code from}. */
  static ValueConstant subset(ValueConstant from, List<ByteStringConstant[]> entries) {
    NavigableMap<ByteStringConstant, NavigableMap<ByteStringConstant, BigInteger>> outer =
        new TreeMap<>();
    for (ByteStringConstant[] e : entries) {
      BigInteger q = from.entries().get(e[0]).get(e[1]);
      outer.computeIfAbsent(e[0], k -> new TreeMap<>()).put(e[1], q);
    }
    outer.replaceAll((k, v) -> Collections.unmodifiableNavigableMap(v));
    return ValueConstant.of(outer);
  }

  /**
   * The Data encoding of a value, as Plutus's {@code valueData}: a Map from {@code B policy} to a
   * Map from {@code B token} to {@code I quantity}, in key order. The input of unValueData.
   */
  static Data toData(ValueConstant v) {
    List<PairConstant> outer = new ArrayList<>(v.entries().size());
    v.entries().forEach((policy, tokens) -> {
      List<PairConstant> inner = new ArrayList<>(tokens.size());
      tokens.forEach((t, q) -> inner.add(PairConstant.of(Data.bytes(t.bytes()), Data.integer(q))));
      outer.add(PairConstant.of(Data.bytes(policy.bytes()), Data.map(inner)));
    });
    return Data.map(outer);
  }

  /** Every (policy, token) entry of {@code v}, in key order. */
  static List<ByteStringConstant[]> entries(ValueConstant v) {
    List<ByteStringConstant[]> out = new ArrayList<>(v.totalSize());
    v.entries().forEach((p, inner) -> inner.keySet().forEach(t -> out.add(new ByteStringConstant[] {p, t})));
    return out;
  }
}
