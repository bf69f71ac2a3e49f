package io.plutuscalibrate.measurements.workload;

import static io.plutuscalibrate.measurements.workload.Cases.cross;
import static io.plutuscalibrate.measurements.workload.Cases.eachInt;
import static io.plutuscalibrate.measurements.workload.Cases.ints;
import static io.plutuscalibrate.measurements.workload.Cases.spread;
import static io.plutuscalibrate.uplc.builtins.SizeMeasure.DEFAULT;

import io.plutuscalibrate.uplc.core.ArrayConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Array builtins, after budgeting-bench's Benchmarks/Arrays.hs: arrays and lists of random
 * bytestrings, measured by their length.
 *
 * <p>Officially multiIndexArray's index lists are laid out in memory with gaps between their
 * cells, in a compact region, to measure the unfavourable end of list walking (Note [Scattered
 * index lists] there). The JVM's collector moves and compacts objects as it pleases, so that
 * layout cannot be kept here; the index lists are ordinary lists of random indices (drawn with
 * replacement over the whole array, the cache-adversarial pattern).
 */
final class ArrayWorkloads {
  private ArrayWorkloads() {}

  /** Arrays.maximumIndexCount: the most indices multiIndexArray accepts. */
  private static final int MAX_INDEX_COUNT = 1024;

  static List<BuiltinWorkload> all() {
    return List.of(
        BuiltinWorkload.of(DefaultFun.lengthOfArray).named(DEFAULT)
            .quick(eachInt(ints(1, 50, 100), n -> rng -> List.of(array(rng, n, 1000))))
            .standard(eachInt(spread(1, 100, 10), n -> rng -> List.of(array(rng, n, 1000))))
            .build(),
        // linear_in_x (officially lists of 1 to 5000 random bytestrings).
        BuiltinWorkload.of(DefaultFun.listToArray).named(DEFAULT)
            .quick(eachInt(spread(1, 5000, 4), n -> rng -> List.of(list(rng, n, 1000))))
            .standard(eachInt(spread(1, 5000, 16), n -> rng -> List.of(list(rng, n, 1000))))
            .build(),
        BuiltinWorkload.of(DefaultFun.indexArray).named(DEFAULT, DEFAULT)
            .quick(eachInt(ints(1, 50, 100), ArrayWorkloads::indexArray))
            .standard(eachInt(spread(1, 100, 10), ArrayWorkloads::indexArray))
            .build(),
        // quadratic_in_y: a grid of array sizes (up to 131072) and index counts (up to 1024).
        BuiltinWorkload.of(DefaultFun.multiIndexArray).named(DEFAULT, DEFAULT)
            .quick(cross(ints(8, 4096), ints(1, 100, 500, MAX_INDEX_COUNT), ArrayWorkloads::multiIndex))
            .standard(cross(ints(1, 64, 4096, 131072),
                ints(1, 10, 50, 100, 250, 500, 750, MAX_INDEX_COUNT), ArrayWorkloads::multiIndex))
            .build());
  }

  private static ArgsGen indexArray(int n) {
    return rng -> List.of(array(rng, n, 1000), IntegerConstant.of(rng.nextInt(n)));
  }

  private static ArgsGen multiIndex(int size, int count) {
    return rng -> {
      List<Constant> indices = new ArrayList<>(count);
      for (int i = 0; i < count; i++) indices.add(IntegerConstant.of(rng.nextInt(size)));
      return List.of(array(rng, size, 64), ListConstant.of(Type.INTEGER, indices));
    };
  }

  private static List<ByteStringConstant> elements(SplittableRandom rng, int n, int maxBytes) {
    List<ByteStringConstant> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(ByteStringConstant.wrap(Bytes.random(rng, rng.nextInt(maxBytes + 1))));
    }
    return out;
  }

  static ArrayConstant array(SplittableRandom rng, int n, int maxBytes) {
    return ArrayConstant.of(Type.BYTESTRING, elements(rng, n, maxBytes));
  }

  static ListConstant list(SplittableRandom rng, int n, int maxBytes) {
    return ListConstant.of(Type.BYTESTRING, elements(rng, n, maxBytes));
  }
}
