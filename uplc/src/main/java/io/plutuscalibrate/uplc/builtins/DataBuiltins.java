package io.plutuscalibrate.uplc.builtins;

import static io.plutuscalibrate.uplc.builtins.SizeMeasure.DEFAULT;
import static io.plutuscalibrate.uplc.builtins.SizeMeasure.ONE;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.cbor.DataCbor;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.Type;

/**
 * The builtins that build, take apart, compare and serialise {@code data} (serialiseData writes
 * the CBOR of Note [Data CBOR encoding] in {@link DataCbor}). Constructing and
 * deconstructing are O(1): see Note [Data holds builtin lists] in {@link Data}.
 *
 * <p>constrData's tag is an {@code Integer} (any value, measured by its size) in variants A to C
 * and a {@code Word64} (0 to 2^64 - 1, measured 1; see Note [Fixed-width arguments] in {@link
 * TypedArgs}) in D and E. Every other builtin here is the same in every variant.
 */
final class DataBuiltins {
  private DataBuiltins() {}

  static void register(BuiltinTable.Builder table, SemanticsVariant variant) {
    table.define(DefaultFun.chooseData, (a, c) -> {
      Data d = Args.data(a[0]);
      if (d instanceof Data.Constr) return a[1];
      if (d instanceof Data.Map) return a[2];
      if (d instanceof Data.List) return a[3];
      if (d instanceof Data.I) return a[4];
      return a[5];
    }, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
    if (TypedArgs.boundsArguments(variant)) {
      table.define(DefaultFun.constrData,
          (a, c) -> new Data.Constr(TypedArgs.word64(a[0]), TypedArgs.listOf(a[1], Type.DATA)),
          ONE, DEFAULT);
    } else {
      table.define(DefaultFun.constrData,
          (a, c) -> new Data.Constr(Args.integer(a[0]), TypedArgs.listOf(a[1], Type.DATA)),
          DEFAULT, DEFAULT);
    }
    table.define(DefaultFun.mapData,
        (a, c) -> new Data.Map(TypedArgs.listOf(a[0], Data.PAIR_TYPE)), DEFAULT);
    table.define(DefaultFun.listData,
        (a, c) -> new Data.List(TypedArgs.listOf(a[0], Type.DATA)), DEFAULT);
    table.define(DefaultFun.iData, (a, c) -> new Data.I(Args.integer(a[0])), DEFAULT);
    // The bytestring is never written, so the Data node may share its array.
    table.define(DefaultFun.bData, (a, c) -> new Data.B(Args.bytes(a[0])), DEFAULT);
    table.define(DefaultFun.unConstrData, (a, c) -> {
      if (Args.data(a[0]) instanceof Data.Constr d) {
        return PairConstant.of(IntegerConstant.of(d.tag), d.fields);
      }
      throw OperationalFailure.of(c, "Expected the Constr constructor but got a different one");
    }, DEFAULT);
    table.define(DefaultFun.unMapData, (a, c) -> {
      if (Args.data(a[0]) instanceof Data.Map d) return d.entries;
      throw OperationalFailure.of(c, "Expected the Map constructor but got a different one");
    }, DEFAULT);
    table.define(DefaultFun.unListData, (a, c) -> {
      if (Args.data(a[0]) instanceof Data.List d) return d.items;
      throw OperationalFailure.of(c, "Expected the List constructor but got a different one");
    }, DEFAULT);
    table.define(DefaultFun.unIData, (a, c) -> {
      if (Args.data(a[0]) instanceof Data.I d) return IntegerConstant.of(d.value);
      throw OperationalFailure.of(c, "Expected the I constructor but got a different one");
    }, DEFAULT);
    table.define(DefaultFun.unBData, (a, c) -> {
      if (Args.data(a[0]) instanceof Data.B d) return ByteStringConstant.wrap(d.value());
      throw OperationalFailure.of(c, "Expected the B constructor but got a different one");
    }, DEFAULT);
    table.define(DefaultFun.equalsData,
        (a, c) -> BoolConstant.of(DataEquality.equal(Args.data(a[0]), Args.data(a[1]))),
        DEFAULT, DEFAULT);
    table.define(DefaultFun.serialiseData,
        (a, c) -> ByteStringConstant.wrap(DataCbor.encode(Args.data(a[0]))), DEFAULT);
    table.define(DefaultFun.mkPairData,
        (a, c) -> PairConstant.of(Args.data(a[0]), Args.data(a[1])), DEFAULT, DEFAULT);
    ListConstant nilData = ListConstant.empty(Type.DATA);
    ListConstant nilPairData = ListConstant.empty(Data.PAIR_TYPE);
    table.define(DefaultFun.mkNilData, (a, c) -> {
      Args.unit(a[0]);
      return nilData;
    }, DEFAULT);
    table.define(DefaultFun.mkNilPairData, (a, c) -> {
      Args.unit(a[0]);
      return nilPairData;
    }, DEFAULT);
  }
}
