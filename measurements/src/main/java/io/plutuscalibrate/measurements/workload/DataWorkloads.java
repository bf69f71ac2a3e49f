package io.plutuscalibrate.measurements.workload;

import static io.plutuscalibrate.measurements.workload.Cases.eachInt;
import static io.plutuscalibrate.measurements.workload.Cases.indexed;
import static io.plutuscalibrate.measurements.workload.Cases.ints;
import static io.plutuscalibrate.measurements.workload.Cases.replicate;
import static io.plutuscalibrate.measurements.workload.Cases.spread;
import static io.plutuscalibrate.uplc.builtins.SizeMeasure.DEFAULT;
import static io.plutuscalibrate.uplc.builtins.SizeMeasure.ONE;

import io.plutuscalibrate.measurements.workload.DataGen.Top;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.UnitConstant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Data builtins, after budgeting-bench's Benchmarks/Data.hs and Misc.hs, with random Data drawn
 * by {@link DataGen} in the official mix of shapes. Points of random size are drawn again when
 * their name repeats (see {@link BuiltinWorkload#redrawRepeats}).
 */
final class DataWorkloads {
  private DataWorkloads() {}

  /** The largest Data drawn; the official equality sample stops at 1,000,000. */
  private static final long MAX_SIZE = 100_000;
  /** The largest element of a list given to a constructor (constrData, listData, mapData). */
  private static final long MAX_ITEM_SIZE = 2_000;

  private static final Top[] TOPS = {Top.CONSTR, Top.MAP, Top.LIST, Top.I, Top.B};

  static List<BuiltinWorkload> all() {
    return List.of(
        // Parametric in the five branches, which are integers as officially; named by the Data.
        BuiltinWorkload.of(DefaultFun.chooseData).namedAt(0, DEFAULT)
            .quick(indexed(5, DataWorkloads::chooseData))
            .standard(indexed(12, DataWorkloads::chooseData))
            .redrawRepeats()
            .build(),
        // The tag is a Word64 in variants C and E (size 1); the list is measured by its length.
        BuiltinWorkload.of(DefaultFun.constrData).named(ONE, DEFAULT)
            .quick(eachInt(ints(0, 5, 50), n -> rng -> List.of(
                IntegerConstant.of(rng.nextInt(1001)), dataList(rng, n))))
            .standard(eachInt(spread(0, 100, 10), n -> rng -> List.of(
                IntegerConstant.of(rng.nextInt(1001)), dataList(rng, n))))
            .build(),
        BuiltinWorkload.of(DefaultFun.mapData).named(DEFAULT)
            .quick(eachInt(ints(0, 5, 50), n -> rng -> List.of(pairList(rng, n))))
            .standard(eachInt(spread(0, 100, 10), n -> rng -> List.of(pairList(rng, n))))
            .build(),
        BuiltinWorkload.of(DefaultFun.listData).named(DEFAULT)
            .quick(eachInt(ints(0, 5, 50), n -> rng -> List.of(dataList(rng, n))))
            .standard(eachInt(spread(0, 100, 10), n -> rng -> List.of(dataList(rng, n))))
            .build(),
        BuiltinWorkload.of(DefaultFun.iData).named(DEFAULT)
            .quick(eachInt(ints(1, 10, 100), w -> rng -> List.of(Integers.constant(rng, w))))
            .standard(eachInt(spread(1, 100, 10), w -> rng -> List.of(Integers.constant(rng, w))))
            .build(),
        BuiltinWorkload.of(DefaultFun.bData).named(DEFAULT)
            .quick(eachInt(ints(1, 50, 500), w -> rng -> List.of(Bytes.words(rng, w))))
            .standard(eachInt(spread(1, 1000, 10), w -> rng -> List.of(Bytes.words(rng, w))))
            .build(),
        destructor(DefaultFun.unConstrData, Top.CONSTR),
        destructor(DefaultFun.unMapData, Top.MAP),
        destructor(DefaultFun.unListData, Top.LIST),
        BuiltinWorkload.of(DefaultFun.unIData).named(DEFAULT)
            .quick(eachInt(ints(1, 10, 100), w -> rng -> List.of(Data.integer(Integers.words(rng, w)))))
            .standard(eachInt(spread(1, 100, 10),
                w -> rng -> List.of(Data.integer(Integers.words(rng, w)))))
            .build(),
        BuiltinWorkload.of(DefaultFun.unBData).named(DEFAULT)
            .quick(eachInt(ints(1, 50, 500), w -> rng -> List.of(Data.bytes(Bytes.random(rng, 8 * w)))))
            .standard(eachInt(spread(1, 1000, 10),
                w -> rng -> List.of(Data.bytes(Bytes.random(rng, 8 * w)))))
            .build(),
        // fit.fan over many shapes: equal values held apart (budgeting-bench's copyData).
        BuiltinWorkload.of(DefaultFun.equalsData).named(DEFAULT, DEFAULT)
            .quick(indexed(12, DataWorkloads::sameData))
            .standard(indexed(40, DataWorkloads::sameData))
            .redrawRepeats()
            .build(),
        BuiltinWorkload.of(DefaultFun.serialiseData).named(DEFAULT)
            .quick(indexed(12, i -> rng -> List.of(sample(rng, i, Top.ANY))))
            .standard(indexed(40, i -> rng -> List.of(sample(rng, i, Top.ANY))))
            .redrawRepeats()
            .build(),
        BuiltinWorkload.of(DefaultFun.mkPairData).named(DEFAULT, DEFAULT)
            .quick(indexed(4, i -> rng -> List.of(sample(rng, i, Top.ANY), sample(rng, i + 1, Top.ANY))))
            .standard(indexed(9,
                i -> rng -> List.of(sample(rng, i, Top.ANY), sample(rng, i + 1, Top.ANY))))
            .redrawRepeats()
            .build(),
        unitArgument(DefaultFun.mkNilData),
        unitArgument(DefaultFun.mkNilPairData));
  }

  /** The i-th value of a sample: the official mix of shapes, cycled. */
  private static Data sample(SplittableRandom rng, int i, Top top) {
    return DataGen.bounded(rng, DataGen.shape(i), top, MAX_SIZE);
  }

  private static ArgsGen chooseData(int i) {
    Top top = TOPS[i % TOPS.length];
    // A lone leaf of the official shapes takes only a few sizes: draw leaves from wider ranges so
    // that every point can have a name of its own.
    DataGen.Shape shape = top == Top.I || top == Top.B
        ? new DataGen.Shape(10 * (i + 1), 10 * (i + 1), 1) : DataGen.shape(i);
    return rng -> List.of(DataGen.bounded(rng, shape, top, MAX_SIZE), IntegerConstant.of(111),
        IntegerConstant.of(222), IntegerConstant.of(333), IntegerConstant.of(444),
        IntegerConstant.of(555));
  }

  private static ArgsGen sameData(int i) {
    return rng -> {
      Data d = sample(rng, i, Top.ANY);
      return List.of(d, DataGen.copy(d));
    };
  }

  private static BuiltinWorkload destructor(DefaultFun fun, Top top) {
    return BuiltinWorkload.of(fun).named(DEFAULT)
        .quick(indexed(3, i -> rng -> List.of(sample(rng, i, top))))
        .standard(indexed(10, i -> rng -> List.of(sample(rng, i, top))))
        .redrawRepeats()
        .build();
  }

  /**
   * The elements of a list given to a constructor: the shallow official shapes (depth budget
   * at most 5), whose draws rarely exceed {@link #MAX_ITEM_SIZE}; the cost is constant anyway.
   */
  private static DataGen.Shape itemShape(SplittableRandom rng) {
    return DataGen.shape(rng.nextInt(SHALLOW_SHAPES));
  }

  private static final int SHALLOW_SHAPES = 6;

  private static ListConstant dataList(SplittableRandom rng, int n) {
    return DataGen.list(rng, itemShape(rng), n, MAX_ITEM_SIZE);
  }

  private static ListConstant pairList(SplittableRandom rng, int n) {
    return DataGen.pairs(rng, itemShape(rng), n, MAX_ITEM_SIZE);
  }

  /** Constant, with the unit as its only argument: every point has the name {@code .../1}. */
  private static BuiltinWorkload unitArgument(DefaultFun fun) {
    ArgsGen unit = rng -> List.of(UnitConstant.UNIT);
    return BuiltinWorkload.of(fun).named(DEFAULT)
        .quick(replicate(2, unit))
        .standard(replicate(5, unit))
        .build();
  }
}
