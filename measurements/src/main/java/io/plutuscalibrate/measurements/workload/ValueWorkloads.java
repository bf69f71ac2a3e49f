package io.plutuscalibrate.measurements.workload;

import static io.plutuscalibrate.measurements.workload.Cases.concat;
import static io.plutuscalibrate.measurements.workload.Cases.cross;
import static io.plutuscalibrate.measurements.workload.Cases.each;
import static io.plutuscalibrate.measurements.workload.Cases.eachInt;
import static io.plutuscalibrate.measurements.workload.Cases.ints;
import static io.plutuscalibrate.measurements.workload.Cases.spread;
import static io.plutuscalibrate.uplc.builtins.SizeMeasure.DATA_NODE_COUNT;
import static io.plutuscalibrate.uplc.builtins.SizeMeasure.DEFAULT;
import static io.plutuscalibrate.uplc.builtins.SizeMeasure.VALUE_MAX_DEPTH;

import io.plutuscalibrate.measurements.workload.ValueGen.Keys;
import io.plutuscalibrate.measurements.workload.ValueGen.WithDeepest;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ValueConstant;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Value builtins, after budgeting-bench's Benchmarks/Values.hs (worst-case keys and shapes: see
 * {@link ValueGen}). A value's default size is its number of entries; lookupCoin and insertCoin
 * measure its depth (ValueMaxDepth), which takes few distinct values, so some of their points
 * share a name as officially. policies and assetCount have no official benchmark (their costing
 * functions are still unimplemented upstream); they are measured by the value's size so that a
 * candidate model can be fitted for them.
 */
final class ValueWorkloads {
  private ValueWorkloads() {}

  private static final BigInteger MAX_QUANTITY = ValueConstant.MAX_QUANTITY;
  private static final BigInteger HALF_MAX = MAX_QUANTITY.shiftRight(1);

  /** A value with {@code policies} policies and, under the greatest, {@code tokens} tokens. */
  private record Shape(int policies, int tokens) {}

  static List<BuiltinWorkload> all() {
    // Depths 4, 9, 14, 19 and 22 (officially every pair of 2^n and 2^(n+1/2), n = 1..10).
    List<Shape> quickShapes = List.of(new Shape(2, 2), new Shape(8, 16), new Shape(64, 64),
        new Shape(256, 512), new Shape(1448, 1448));
    int[] standardSizes = ints(2, 11, 64, 362, 1448);
    return List.of(
        // linear_in_z: the value's depth; look up the deepest token of the deepest policy.
        BuiltinWorkload.of(DefaultFun.lookupCoin).named(DEFAULT, DEFAULT, VALUE_MAX_DEPTH)
            .quick(each(quickShapes, s -> lookupCoin(s.policies(), s.tokens())))
            .standard(cross(standardSizes, standardSizes, ValueWorkloads::lookupCoin))
            .build(),
        // linear_in_u: insert 0 or the largest quantity at the deepest place.
        BuiltinWorkload.of(DefaultFun.insertCoin).named(DEFAULT, DEFAULT, DEFAULT, VALUE_MAX_DEPTH)
            .quick(each(quickShapes, s -> insertCoin(s.policies(), s.tokens())))
            .standard(cross(standardSizes, standardSizes, ValueWorkloads::insertCoin))
            .build(),
        // const_above_diagonal(linear_in_x_and_y): below the diagonal a subset of the container
        // that includes its deepest entry; above it, a bigger independent value.
        BuiltinWorkload.of(DefaultFun.valueContains).named(DEFAULT, DEFAULT)
            .quick(concat(contained(List.of(new Shape(16, 16), new Shape(256, 16)), 4),
                notContained(List.of(new int[] {2, 2, 4, 4}, new int[] {4, 4, 16, 16},
                    new int[] {10, 10, 40, 40}))))
            .standard(concat(contained(List.of(new Shape(4, 2), new Shape(16, 4), new Shape(64, 16),
                    new Shape(256, 16), new Shape(512, 64), new Shape(1024, 1024)), 5),
                notContained(List.of(new int[] {2, 2, 4, 4}, new int[] {2, 5, 10, 10},
                    new int[] {4, 4, 16, 16}, new int[] {5, 10, 20, 20}, new int[] {10, 10, 40, 40},
                    new int[] {20, 10, 60, 60}, new int[] {40, 20, 120, 80},
                    new int[] {64, 16, 128, 128}))))
            .build(),
        // linear_in_x, up to valueDataMaxSize (40000) entries.
        BuiltinWorkload.of(DefaultFun.valueData).named(DEFAULT)
            .quick(each(List.of(new Shape(0, 0), new Shape(10, 10), new Shape(100, 50),
                new Shape(200, 200)), s -> rng -> List.of(uniform(rng, s))))
            .standard(each(valueDataShapes(), s -> rng -> List.of(uniform(rng, s))))
            .build(),
        // quadratic_in_x in the number of Data nodes.
        BuiltinWorkload.of(DefaultFun.unValueData).named(DATA_NODE_COUNT)
            .quick(each(List.of(new Shape(0, 0), new Shape(1, 10), new Shape(10, 10),
                new Shape(100, 50), new Shape(200, 200)),
                s -> rng -> List.of(ValueGen.toData(uniform(rng, s)))))
            .standard(each(valueDataShapes(), s -> rng -> List.of(ValueGen.toData(uniform(rng, s)))))
            .build(),
        // with_interaction_in_x_and_y: v1, a sub-value of v2, one token per policy.
        BuiltinWorkload.of(DefaultFun.unionValue).named(DEFAULT, DEFAULT)
            .quick(List.of(union(100, 50), union(1000, 1000), union(5000, 1000), union(3000, 3000),
                union(10000, 2000), union(10000, 10000)))
            .standard(unionGrid(spread(1000, 30000, 5), new double[] {0.1, 0.4, 0.7, 1.0}))
            .build(),
        // linear_in_y: every quantity scaled to nearly the largest allowed; up to 40000 entries
        // (officially 90000: the line is as well determined, in half the time).
        BuiltinWorkload.of(DefaultFun.scaleValue).named(DEFAULT, DEFAULT)
            .quick(eachInt(spread(1, 40000, 4), ValueWorkloads::scale))
            .standard(eachInt(spread(1, 40000, 16), ValueWorkloads::scale))
            .build(),
        sizedByValue(DefaultFun.policies),
        sizedByValue(DefaultFun.assetCount));
  }

  private static ArgsGen lookupCoin(int policies, int tokens) {
    return rng -> {
      WithDeepest v = ValueGen.withDeepest(new Keys(rng), policies, tokens, ValueGen.INT64_MAX);
      return List.of(Bytes.copy(v.policy()), Bytes.copy(v.token()), v.value());
    };
  }

  private static ArgsGen insertCoin(int policies, int tokens) {
    return rng -> {
      WithDeepest v = ValueGen.withDeepest(new Keys(rng), policies, tokens, ValueGen.INT64_MAX);
      BigInteger amount = rng.nextBoolean() ? BigInteger.ZERO : MAX_QUANTITY;
      return List.of(Bytes.copy(v.policy()), Bytes.copy(v.token()), IntegerConstant.of(amount),
          v.value());
    };
  }

  /** For each container shape, {@code n} subsets of evenly spread sizes. */
  private static List<ArgsGen> contained(List<Shape> containers, int n) {
    List<ArgsGen> out = new ArrayList<>();
    for (Shape s : containers) {
      int total = s.tokens() + s.policies() - 1;
      for (int size : spread(Math.max(1, total / n), total, Math.min(n, total))) {
        out.add(rng -> {
          WithDeepest c = ValueGen.withDeepest(new Keys(rng), s.policies(), s.tokens(),
              ValueGen.INT64_MAX);
          List<ByteStringConstant[]> entries = ValueGen.entries(c.value());
          List<ByteStringConstant[]> chosen = new ArrayList<>();
          for (ByteStringConstant[] e : entries) {
            boolean deepest = e[0].equals(c.policy()) && e[1].equals(c.token());
            if (!deepest && chosen.size() < size - 1) chosen.add(e);
          }
          chosen.add(new ByteStringConstant[] {c.policy(), c.token()});
          return List.of(c.value(), copyKeys(ValueGen.subset(c.value(), chosen)));
        });
      }
    }
    return out;
  }

  /** (container policies, tokens, contained policies, tokens): contained bigger, independent. */
  private static List<ArgsGen> notContained(List<int[]> shapes) {
    return each(shapes, s -> rng -> {
      Keys keys = new Keys(rng);
      return List.of(ValueGen.withDeepest(keys, s[0], s[1], ValueGen.INT64_MAX).value(),
          ValueGen.withDeepest(keys, s[2], s[3], ValueGen.INT64_MAX).value());
    });
  }

  private static ValueConstant copyKeys(ValueConstant v) {
    NavigableMap<ByteStringConstant, NavigableMap<ByteStringConstant, BigInteger>> outer =
        new TreeMap<>();
    v.entries().forEach((p, inner) -> {
      NavigableMap<ByteStringConstant, BigInteger> m = new TreeMap<>();
      inner.forEach((t, q) -> m.put(Bytes.copy(t), q));
      outer.put(Bytes.copy(p), Collections.unmodifiableNavigableMap(m));
    });
    return ValueConstant.of(outer);
  }

  /**
   * Sixteen distinct totals from 0 to 40000 entries, in shapes from one policy of many tokens to
   * many policies of one token.
   */
  private static List<Shape> valueDataShapes() {
    return List.of(new Shape(0, 0), new Shape(1, 1), new Shape(1, 100), new Shape(200, 1),
        new Shape(10, 50), new Shape(50, 40), new Shape(1, 4000), new Shape(5000, 1),
        new Shape(100, 60), new Shape(300, 30), new Shape(20, 600), new Shape(150, 150),
        new Shape(1000, 20), new Shape(40, 750), new Shape(40000, 1), new Shape(200, 175));
  }

  /** {@code s.policies} policies each holding the same {@code s.tokens} tokens. */
  private static ValueConstant uniform(SplittableRandom rng, Shape s) {
    Keys keys = new Keys(rng);
    return ValueGen.uniform(keys.sorted(s.policies()), keys.sorted(s.tokens()), ValueGen.INT64_MAX);
  }

  private static ArgsGen union(int bigger, int smaller) {
    return rng -> {
      Keys keys = new Keys(rng);
      List<ByteStringConstant> policies = keys.sorted(bigger);
      List<ByteStringConstant> token = List.of(keys.next());
      ValueConstant v2 = ValueGen.uniform(policies, token, HALF_MAX);
      ValueConstant v1 = ValueGen.uniform(ValueGen.copies(policies.subList(0, smaller)),
          ValueGen.copies(token), HALF_MAX);
      return List.of(v1, v2);
    };
  }

  private static List<ArgsGen> unionGrid(int[] biggers, double[] fractions) {
    List<ArgsGen> out = new ArrayList<>();
    for (int b : biggers) {
      for (double f : fractions) out.add(union(b, Math.max(1, (int) Math.round(b * f))));
    }
    return out;
  }

  private static ArgsGen scale(int policies) {
    return rng -> {
      Keys keys = new Keys(rng);
      ValueConstant v = ValueGen.uniform(keys.sorted(policies), List.of(keys.next()),
          BigInteger.TWO);
      return List.of(IntegerConstant.of(HALF_MAX), v);
    };
  }

  private static BuiltinWorkload sizedByValue(DefaultFun fun) {
    return BuiltinWorkload.of(fun).named(DEFAULT)
        .quick(each(List.of(new Shape(1, 1), new Shape(100, 10), new Shape(1000, 20)),
            s -> rng -> List.of(uniform(rng, s))))
        .standard(each(List.of(new Shape(1, 1), new Shape(10, 10), new Shape(1, 1000),
            new Shape(2000, 1), new Shape(100, 50), new Shape(500, 15), new Shape(2000, 5),
            new Shape(4000, 10)), s -> rng -> List.of(uniform(rng, s))))
        .build();
  }
}
