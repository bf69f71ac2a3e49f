package io.plutuscalibrate.uplc.cek;

import io.plutuscalibrate.models.CostModel;
import io.plutuscalibrate.models.CostingFun;
import io.plutuscalibrate.uplc.builtins.BuiltinMeaning;
import io.plutuscalibrate.uplc.builtins.BuiltinSpec;
import io.plutuscalibrate.uplc.builtins.SizeMeasure;
import io.plutuscalibrate.uplc.core.DefaultFun;

/**
 * What the machine needs to run one builtin, computed once per machine: its meaning (null when the
 * builtin table lacks it), its costing function split into the CPU and memory models, the size
 * measure of each argument as an array, and whether the cost is constant so that sizing is skipped.
 */
final class BuiltinRuntime {
  final DefaultFun fun;
  final int arity;
  /** Null when the table does not implement the builtin; saturating it is then a failure. */
  final BuiltinMeaning meaning;
  final SizeMeasure[] measures;
  final CostModel cpu;
  final CostModel mem;
  /** Both models ignore the sizes: charge {@link #constCpu} and {@link #constMem} unmeasured. */
  final boolean constantCost;
  final long constCpu;
  final long constMem;
  /** The bare builtin, the head of its chain of forces; see Note [Partial builtin applications]. */
  final VBuiltin bare;

  BuiltinRuntime(DefaultFun fun, BuiltinSpec spec, CostingFun costing) {
    this.fun = fun;
    this.arity = fun.arity();
    this.meaning = spec == null ? null : spec.meaning();
    this.measures = spec == null ? new SizeMeasure[0] : spec.sizes().toArray(new SizeMeasure[0]);
    this.cpu = costing.cpu();
    this.mem = costing.memory();
    this.constantCost = cpu.isConstant() && mem.isConstant();
    long[] noSizes = new long[arity];
    this.constCpu = constantCost ? cpu.cost(noSizes) : 0;
    this.constMem = constantCost ? mem.cost(noSizes) : 0;

    VBuiltin head = new VBuiltin(this, fun.forces(), 0, null, null);
    VBuiltin v = head;
    for (int left = fun.forces(); left > 0; left--) {
      VBuiltin f = new VBuiltin(this, left - 1, 0, null, v);
      v.forced = f;
      v = f;
    }
    this.bare = head;
  }
}
