package io.plutuscalibrate.uplc.builtins;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;

/**
 * The multi-asset value builtins (batch 6 and 7); the operations are in {@link Values}. Their
 * meanings and size measures are the same in every variant: a value argument is measured by its
 * total size ({@code ValueTotalSize}, the default measure of a value) except insertCoin's and
 * lookupCoin's ({@code ValueMaxDepth}) and unValueData's data ({@code DataNodeCount}).
 *
 * <p>policies and assetCount have no costing function in Plutus yet ({@code
 * unimplementedCostingFun}): the official cost models have no entry for them and the machine
 * charges its "unimplemented" cost. Their meanings are complete.
 */
public final class ValueBuiltins {
  private ValueBuiltins() {}

  public static void register(BuiltinTable.Builder table, SemanticsVariant variant) {
    table.define(DefaultFun.insertCoin,
        (args, ctx) -> Values.insertCoin(Args.byteString(args[0]), Args.byteString(args[1]),
            Args.integer(args[2]), Args.value(args[3])),
        SizeMeasure.DEFAULT, SizeMeasure.DEFAULT, SizeMeasure.DEFAULT, SizeMeasure.VALUE_MAX_DEPTH);
    table.define(DefaultFun.lookupCoin,
        (args, ctx) -> IntegerConstant.of(Values.lookupCoin(
            Args.byteString(args[0]), Args.byteString(args[1]), Args.value(args[2]))),
        SizeMeasure.DEFAULT, SizeMeasure.DEFAULT, SizeMeasure.VALUE_MAX_DEPTH);
    table.define(DefaultFun.unionValue,
        (args, ctx) -> Values.union(Args.value(args[0]), Args.value(args[1])),
        SizeMeasure.DEFAULT, SizeMeasure.DEFAULT);
    table.define(DefaultFun.valueContains,
        (args, ctx) -> BoolConstant.of(Values.contains(Args.value(args[0]), Args.value(args[1]))),
        SizeMeasure.DEFAULT, SizeMeasure.DEFAULT);
    table.define(DefaultFun.valueData,
        (args, ctx) -> Values.toData(Args.value(args[0])),
        SizeMeasure.DEFAULT);
    table.define(DefaultFun.unValueData,
        (args, ctx) -> Values.fromData(Args.data(args[0])),
        SizeMeasure.DATA_NODE_COUNT);
    table.define(DefaultFun.scaleValue,
        (args, ctx) -> Values.scale(Args.integer(args[0]), Args.value(args[1])),
        SizeMeasure.DEFAULT, SizeMeasure.DEFAULT);
    table.define(DefaultFun.policies,
        (args, ctx) -> Values.policies(Args.value(args[0])),
        SizeMeasure.DEFAULT);
    table.define(DefaultFun.assetCount,
        (args, ctx) -> IntegerConstant.of(Args.value(args[0]).totalSize()),
        SizeMeasure.DEFAULT);
  }
}
