package io.plutuscalibrate.measurements.workload;

import static io.plutuscalibrate.measurements.workload.Cases.concat;
import static io.plutuscalibrate.measurements.workload.Cases.eachInt;
import static io.plutuscalibrate.measurements.workload.Cases.ints;
import static io.plutuscalibrate.measurements.workload.Cases.spread;
import static io.plutuscalibrate.uplc.builtins.SizeMeasure.DEFAULT;
import static io.plutuscalibrate.uplc.builtins.SizeMeasure.INTEGER_LITERALLY;

import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * List builtins, after budgeting-bench's Benchmarks/Lists.hs: lists of integers and of
 * bytestrings, alternately, since the time should depend on neither the element type nor its
 * size. A list's size is its length. Officially the lists have at most seven elements, so most
 * points share a name; here lengths are spread so that every point has a name of its own.
 */
final class ListWorkloads {
  private ListWorkloads() {}

  static List<BuiltinWorkload> all() {
    return List.of(
        BuiltinWorkload.of(DefaultFun.chooseList).named(DEFAULT, DEFAULT, DEFAULT)
            .quick(chooseList(ints(0, 3)))
            .standard(chooseList(ints(0, 1, 5, 2, 4, 7)))
            .build(),
        // Named by the element only, as officially.
        BuiltinWorkload.of(DefaultFun.mkCons).namedAt(0, DEFAULT)
            .quick(concat(eachInt(ints(1, 10), ListWorkloads::consInteger),
                eachInt(ints(500), ListWorkloads::consBytes)))
            .standard(concat(eachInt(ints(1, 2, 4, 10, 15), ListWorkloads::consInteger),
                eachInt(ints(5, 80, 500, 1000, 5000), ListWorkloads::consBytes)))
            .build(),
        oneList(DefaultFun.headList, ints(1, 100, 1000), spread(1, 2000, 10)),
        oneList(DefaultFun.tailList, ints(1, 100, 1000), spread(1, 2000, 10)),
        oneList(DefaultFun.nullList, ints(0, 100, 1000), spread(0, 2000, 10)),
        // linear in the number dropped (IntegerCostedLiterally), officially 10 random counts
        // up to each of five list lengths.
        BuiltinWorkload.of(DefaultFun.dropList).named(INTEGER_LITERALLY, DEFAULT)
            .quick(concat(dropList(1000, ints(1, 500, 1000)), dropList(5000, ints(2500, 5000))))
            .standard(concat(dropList(100, ints(1, 50, 75, 100)), dropList(500, ints(125, 250, 375, 500)),
                dropList(1500, ints(375, 750, 1125, 1500)), dropList(3000, ints(750, 1500, 2250, 3000)),
                dropList(5000, ints(1250, 2500, 3750, 5000))))
            .build());
  }

  /**
   * Lists of integers (the first half of the lengths) and of bytestrings (the rest), each with
   * two pairs of result sizes.
   */
  private static List<ArgsGen> chooseList(int[] lengths) {
    List<ArgsGen> out = new ArrayList<>();
    for (int i = 0; i < lengths.length; i++) {
      int n = lengths[i];
      boolean integers = i < (lengths.length + 1) / 2;
      for (int[] r : new int[][] {{100, 1500}, {5000, 100}}) {
        out.add(rng -> List.of(integers ? integerList(rng, n) : bytesList(rng, n),
            Bytes.words(rng, r[0]), Bytes.words(rng, r[1])));
      }
    }
    return out;
  }

  private static ArgsGen consInteger(int words) {
    return rng -> List.of(Integers.constant(rng, words), integerList(rng, rng.nextInt(8)));
  }

  private static ArgsGen consBytes(int words) {
    return rng -> List.of(Bytes.words(rng, words), bytesList(rng, rng.nextInt(8)));
  }

  private static BuiltinWorkload oneList(DefaultFun fun, int[] quick, int[] standard) {
    return BuiltinWorkload.of(fun).named(DEFAULT)
        .quick(lists(quick))
        .standard(lists(standard))
        .build();
  }

  private static List<ArgsGen> lists(int[] lengths) {
    List<ArgsGen> out = new ArrayList<>();
    for (int i = 0; i < lengths.length; i++) {
      int n = lengths[i];
      boolean integers = i % 2 == 0;
      out.add(rng -> List.of(integers ? integerList(rng, n) : bytesList(rng, n)));
    }
    return out;
  }

  private static List<ArgsGen> dropList(int length, int[] counts) {
    return eachInt(counts, n -> rng -> List.of(IntegerConstant.of(n), bytesList(rng, length)));
  }

  /** {@code n} integers of 1 to 7 words. */
  static ListConstant integerList(SplittableRandom rng, int n) {
    List<Constant> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) items.add(Integers.constant(rng, 1 + rng.nextInt(7)));
    return ListConstant.of(Type.INTEGER, items);
  }

  /** {@code n} bytestrings of 0 to 8 words. */
  static ListConstant bytesList(SplittableRandom rng, int n) {
    List<Constant> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) items.add(Bytes.words(rng, rng.nextInt(9)));
    return ListConstant.of(Type.BYTESTRING, items);
  }
}
