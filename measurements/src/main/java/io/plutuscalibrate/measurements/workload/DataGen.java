package io.plutuscalibrate.measurements.workload;

import io.plutuscalibrate.uplc.builtins.SizeMeasure;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random Data of controlled size and shape, after budgeting-bench's {@code genBoundedData}: a
 * tree of depth at most about log2(depth) whose inner nodes are Constr (tag 1..100, up to five
 * fields), List and Map nodes with mostly short but occasionally long lists, and whose leaves are
 * integers of up to {@code intWords} words and bytestrings of up to {@code 4 bytesWords} bytes.
 * One size number cannot describe a Data value (a deep tree of small leaves and one big leaf can
 * have the same size), which is why the official benchmarks draw many shapes and the fit takes an
 * upper bound (fit.fan); {@link #PARAMETERS} is their mix of shapes.
 */
final class DataGen {
  private DataGen() {}

  /** The top-level constructor a generated value must have, or ANY. */
  enum Top { ANY, CONSTR, MAP, LIST, I, B }

  /** One shape: leaf integer words, leaf bytestring words, and the depth budget. */
  record Shape(int intWords, int bytesWords, int depth) {}

  /** budgeting-bench's {@code dataParams} (without the counts), cycled through by index. */
  static final List<Shape> PARAMETERS = List.of(
      new Shape(10, 10, 1), new Shape(5, 10, 2), new Shape(100, 100, 2), new Shape(1, 1, 3),
      new Shape(2, 4, 4), new Shape(10, 7, 5), new Shape(1, 1, 10), new Shape(30, 30, 10),
      new Shape(4, 6, 15), new Shape(5, 5, 20), new Shape(1, 10, 25));

  /** The shape for the {@code i}-th value of a sample. */
  static Shape shape(int i) {
    return PARAMETERS.get(i % PARAMETERS.size());
  }

  /**
   * A value of the given shape whose top constructor is {@code top} and whose size
   * ({@link SizeMeasure#dataSize}) is at most {@code maxSize}: values that come out bigger are
   * drawn again (the official sample filters big ones out the same way).
   */
  static Data bounded(SplittableRandom rng, Shape shape, Top top, long maxSize) {
    while (true) {
      // The budget stops a draw early once it is too big; the size check is the real test.
      long[] budget = {maxSize};
      Data d = node(rng, shape, shape.depth(), top, budget);
      if (d != null && SizeMeasure.dataSize(d) <= maxSize) return d;
    }
  }

  /** A node, or null once the draw has spent {@code budget[0]} size units. */
  private static Data node(SplittableRandom rng, Shape shape, int depth, Top top, long[] budget) {
    budget[0] -= 4;
    if (budget[0] < 0) return null;
    Top kind = top;
    if (kind == Top.ANY) {
      kind = depth <= 1
          ? (rng.nextBoolean() ? Top.I : Top.B)
          : new Top[] {Top.CONSTR, Top.LIST, Top.MAP}[rng.nextInt(3)];
    }
    int sub = Math.max(1, depth / 2);
    return switch (kind) {
      case I -> {
        Data leaf = leafInteger(rng, shape.intWords());
        budget[0] -= SizeMeasure.dataSize(leaf) - 4;
        yield leaf;
      }
      case B -> {
        Data leaf = leafBytes(rng, shape.bytesWords());
        budget[0] -= SizeMeasure.dataSize(leaf) - 4;
        yield leaf;
      }
      case CONSTR -> {
        int n = rng.nextInt(6); // resize 5 (listOf ...)
        List<Data> fields = children(rng, shape, sub, n, budget);
        yield fields == null ? null : Data.constr(BigInteger.valueOf(1 + rng.nextInt(100)), fields);
      }
      case LIST -> {
        List<Data> items = children(rng, shape, sub, listLength(rng), budget);
        yield items == null ? null : Data.list(items);
      }
      case MAP -> {
        int n = listLength(rng);
        List<Data> keysAndValues = children(rng, shape, sub, 2 * n, budget);
        if (keysAndValues == null) yield null;
        List<PairConstant> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          entries.add(PairConstant.of(keysAndValues.get(2 * i), keysAndValues.get(2 * i + 1)));
        }
        yield Data.map(entries);
      }
      case ANY -> throw new AssertionError();
    };
  }

  private static List<Data> children(
      SplittableRandom rng, Shape shape, int depth, int n, long[] budget) {
    List<Data> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Data d = node(rng, shape, depth, Top.ANY, budget);
      if (d == null) return null;
      out.add(d);
    }
    return out;
  }

  /** Generators.hs's {@code listOf'}: up to 10 (800 in 1002), 100 (200) or 1000 (2) elements. */
  private static int listLength(SplittableRandom rng) {
    int f = rng.nextInt(1002);
    int bound = f < 800 ? 10 : f < 1000 ? 100 : 1000;
    return rng.nextInt(bound + 1);
  }

  private static Data leafInteger(SplittableRandom rng, int maxWords) {
    return Data.integer(Integers.words(rng, 1 + rng.nextInt(maxWords)));
  }

  private static Data leafBytes(SplittableRandom rng, int words) {
    return Data.bytes(Bytes.random(rng, rng.nextInt(4 * words + 1)));
  }

  /** A list of {@code n} values of the given shape (for constrData, listData). */
  static ListConstant list(SplittableRandom rng, Shape shape, int n, long maxItemSize) {
    List<Data> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) items.add(bounded(rng, shape, Top.ANY, maxItemSize));
    return ListConstant.of(Type.DATA, items);
  }

  /** A list of {@code n} pairs of values of the given shape (for mapData). */
  static ListConstant pairs(SplittableRandom rng, Shape shape, int n, long maxItemSize) {
    List<PairConstant> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      items.add(PairConstant.of(bounded(rng, shape, Top.ANY, maxItemSize),
          bounded(rng, shape, Top.ANY, maxItemSize)));
    }
    return ListConstant.of(Data.PAIR_TYPE, items);
  }

  /**
   * A structurally equal copy sharing no storage with {@code d} (budgeting-bench's
   * {@code copyData}), so that equalsData has to compare everything.
   */
  static Data copy(Data d) {
    if (d instanceof Data.I i) return Data.integer(Integers.copy(i.value));
    if (d instanceof Data.B b) return Data.bytes(b.value().clone());
    if (d instanceof Data.Constr c) {
      List<Data> fields = new ArrayList<>();
      for (Constant f : c.fields) fields.add(copy((Data) f));
      return Data.constr(Integers.copy(c.tag), fields);
    }
    if (d instanceof Data.List l) {
      List<Data> items = new ArrayList<>();
      for (Constant f : l.items) items.add(copy((Data) f));
      return Data.list(items);
    }
    Data.Map m = (Data.Map) d;
    List<PairConstant> entries = new ArrayList<>();
    for (Constant e : m.entries) {
      PairConstant p = (PairConstant) e;
      entries.add(PairConstant.of(copy((Data) p.first()), copy((Data) p.second())));
    }
    return Data.map(entries);
  }
}
