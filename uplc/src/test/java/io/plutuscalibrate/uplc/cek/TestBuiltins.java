package io.plutuscalibrate.uplc.cek;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.CostModel;
import io.plutuscalibrate.models.CostingFun;
import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.models.MachineCosts;
import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.models.StepKind;
import io.plutuscalibrate.uplc.builtins.Args;
import io.plutuscalibrate.uplc.builtins.BuiltinTable;
import io.plutuscalibrate.uplc.builtins.SizeMeasure;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import java.math.BigInteger;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A few builtins written here for the machine's tests, independent of the real builtin families,
 * with the machine costs and builtin costing functions of cekMachineCostsE.json and
 * builtinCostModelE.json for them, typed in by hand.
 */
final class TestBuiltins {
  private TestBuiltins() {}

  static final DefaultFun UNIMPLEMENTED = DefaultFun.sha2_256;

  static final BuiltinTable.Family FAMILY = (table, variant) -> {
    table.define(DefaultFun.addInteger,
        (a, c) -> IntegerConstant.of(Args.integer(a[0]).add(Args.integer(a[1]))),
        SizeMeasure.DEFAULT, SizeMeasure.DEFAULT);
    table.define(DefaultFun.subtractInteger,
        (a, c) -> IntegerConstant.of(Args.integer(a[0]).subtract(Args.integer(a[1]))),
        SizeMeasure.DEFAULT, SizeMeasure.DEFAULT);
    table.define(DefaultFun.equalsInteger,
        (a, c) -> BoolConstant.of(Args.integer(a[0]).equals(Args.integer(a[1]))),
        SizeMeasure.DEFAULT, SizeMeasure.DEFAULT);
    table.define(DefaultFun.lessThanEqualsInteger,
        (a, c) -> BoolConstant.of(Args.integer(a[0]).compareTo(Args.integer(a[1])) <= 0),
        SizeMeasure.DEFAULT, SizeMeasure.DEFAULT);
    table.define(DefaultFun.divideInteger, (a, c) -> {
      BigInteger d = Args.integer(a[1]);
      if (d.signum() == 0) throw Args.fail("division by zero");
      BigInteger[] qr = Args.integer(a[0]).divideAndRemainder(d);
      BigInteger q = qr[1].signum() != 0 && qr[1].signum() != d.signum()
          ? qr[0].subtract(BigInteger.ONE) : qr[0];
      return IntegerConstant.of(q);
    }, SizeMeasure.DEFAULT, SizeMeasure.DEFAULT);
    table.define(DefaultFun.ifThenElse,
        (a, c) -> Args.bool(a[0]) ? a[1] : a[2],
        SizeMeasure.DEFAULT, SizeMeasure.DEFAULT, SizeMeasure.DEFAULT);
    table.define(DefaultFun.trace, (a, c) -> {
      c.log(Args.string(a[0]));
      return a[1];
    }, SizeMeasure.DEFAULT, SizeMeasure.DEFAULT);
  };

  static final BuiltinTable TABLE = BuiltinTable.of(SemanticsVariant.E, List.of(FAMILY));

  /** cekMachineCostsE.json: startup 100/100, every step 16000/100. */
  static MachineCosts machineCostsE() {
    Map<StepKind, ExBudget> m = new EnumMap<>(StepKind.class);
    for (StepKind k : StepKind.values()) {
      m.put(k, k == StepKind.STARTUP ? ExBudget.of(100, 100) : ExBudget.of(16000, 100));
    }
    return MachineCosts.of(m);
  }

  /** The builtinCostModelE.json entries of the test builtins. */
  static BuiltinCostModel costModelE() {
    Map<String, CostingFun> m = new LinkedHashMap<>();
    m.put("addInteger", new CostingFun(new CostModel.MaxSize(100788, 420), new CostModel.MaxSize(1, 1)));
    m.put("subtractInteger", new CostingFun(new CostModel.MaxSize(100788, 420), new CostModel.MaxSize(1, 1)));
    m.put("equalsInteger", new CostingFun(new CostModel.MinSize(51775, 558), new CostModel.ConstantCost(1)));
    m.put("lessThanEqualsInteger", new CostingFun(new CostModel.MinSize(43285, 552), new CostModel.ConstantCost(1)));
    m.put("divideInteger", new CostingFun(
        new CostModel.AboveAndBelowDiagonal(85848,
            new CostModel.QuadraticInXAndY(85848, 123203, 1716, 7305, 57, 960, -900)),
        new CostModel.SubtractedSizes(0, 1, 1)));
    m.put("ifThenElse", new CostingFun(new CostModel.ConstantCost(76049), new CostModel.ConstantCost(1)));
    m.put("trace", new CostingFun(new CostModel.ConstantCost(59498), new CostModel.ConstantCost(32)));
    return BuiltinCostModel.of(m);
  }

  static MachineParameters parameters() {
    return new MachineParameters(costModelE(), machineCostsE(), TABLE, true);
  }

  static CekMachine machine() {
    return CekMachine.create(parameters());
  }
}
