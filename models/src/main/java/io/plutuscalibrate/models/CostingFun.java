package io.plutuscalibrate.models;

/**
 * The costing function of one builtin: a CPU model and a memory model, as the
 * {@code {"cpu": ..., "memory": ...}} object of {@code builtinCostModel*.json}.
 */
public record CostingFun(CostModel cpu, CostModel memory) {

  public ExBudget cost(long[] sizes) {
    return new ExBudget(cpu.cost(sizes), memory.cost(sizes));
  }

  /** Plutus's {@code unimplementedCostingFun}: 100,000,000,000 for CPU and memory. */
  public static final CostingFun UNIMPLEMENTED =
      new CostingFun(new CostModel.ConstantCost(100_000_000_000L),
          new CostModel.ConstantCost(100_000_000_000L));
}
