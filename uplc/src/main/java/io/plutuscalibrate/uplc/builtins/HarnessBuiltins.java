package io.plutuscalibrate.uplc.builtins;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.CostModel;
import io.plutuscalibrate.models.CostingFun;
import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import java.util.Arrays;
import java.util.List;

/**
 * The no-op builtins {@code nop1o}..{@code nop6o} that only the measurement harness calls (see
 * Note [Harness-only builtins] in {@link DefaultFun}): each takes its arguments without looking
 * at them, as the official {@code NopNo} builtins take {@code Opaque} arguments (no unlifting),
 * and returns the integer 11, 22, ..., 66. The official fit (models.R) subtracts the time of the
 * nop of a builtin's arity from the builtin's times, so that a costing function prices only its
 * builtin's work, the call overhead going into the machine steps.
 *
 * <p>They are declared only in the table {@link #table} returns; {@link BuiltinTable#forVariant}
 * never has them, so a program that somehow held one would fail as an unimplemented builtin.
 */
public final class HarnessBuiltins {
  private HarnessBuiltins() {}

  /** The no-ops, nop1o first: {@code NOPS.get(n - 1)} takes n arguments. */
  public static final List<DefaultFun> NOPS = List.of(
      DefaultFun.nop1o, DefaultFun.nop2o, DefaultFun.nop3o,
      DefaultFun.nop4o, DefaultFun.nop5o, DefaultFun.nop6o);

  /** The family declaring the no-ops, for {@link BuiltinTable#with}. */
  public static final BuiltinTable.Family FAMILY = HarnessBuiltins::register;

  /** The variant's table of Plutus builtins plus the no-ops. */
  public static BuiltinTable table(SemanticsVariant variant) {
    return BuiltinTable.forVariant(variant).with(FAMILY);
  }

  /**
   * {@code model} plus a costing function for each no-op: the constant costs of the official
   * {@code nopCostModel} (CPU 1,000,000 + 250,000 per argument after the first, memory 100 per
   * argument). Constant, as there, so that the machine never measures the arguments: what is
   * timed is the call itself. The figures only matter to the budget, never to the timing.
   */
  public static BuiltinCostModel withCosts(BuiltinCostModel model) {
    BuiltinCostModel m = model;
    for (DefaultFun nop : NOPS) m = m.with(nop.name(), costingFun(nop));
    return m;
  }

  /** The costing function {@link #withCosts} gives {@code nop}. */
  public static CostingFun costingFun(DefaultFun nop) {
    int n = arityOf(nop);
    return new CostingFun(new CostModel.ConstantCost(1_000_000L + 250_000L * (n - 1)),
        new CostModel.ConstantCost(100L * n));
  }

  private static void register(BuiltinTable.Builder table, SemanticsVariant variant) {
    for (DefaultFun nop : NOPS) {
      CekValue result = IntegerConstant.of(11L * arityOf(nop));
      SizeMeasure[] sizes = new SizeMeasure[nop.arity()];
      Arrays.fill(sizes, SizeMeasure.DEFAULT);
      table.define(nop, (args, context) -> result, sizes);
    }
  }

  private static int arityOf(DefaultFun nop) {
    int i = NOPS.indexOf(nop);
    if (i < 0) throw new IllegalArgumentException(nop + " is not a harness no-op");
    return i + 1;
  }
}
