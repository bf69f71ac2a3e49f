package io.plutuscalibrate.models;

/**
 * A CPU and memory budget, as Plutus's {@code ExBudget}. CPU is in ExCPU units (1 unit = 1 ps on
 * the reference machine, see Note [Units] in {@link CostModel}); memory in ExMemory units
 * (8-byte words). Arithmetic saturates, see Note [Saturating costs] in {@link SatInt}.
 */
public record ExBudget(long cpu, long mem) {
  public static final ExBudget ZERO = new ExBudget(0, 0);

  public static ExBudget of(long cpu, long mem) {
    return new ExBudget(cpu, mem);
  }

  public ExBudget plus(ExBudget other) {
    return new ExBudget(SatInt.add(cpu, other.cpu), SatInt.add(mem, other.mem));
  }

  public ExBudget minus(ExBudget other) {
    return new ExBudget(SatInt.sub(cpu, other.cpu), SatInt.sub(mem, other.mem));
  }

  public ExBudget times(long n) {
    return new ExBudget(SatInt.mul(cpu, n), SatInt.mul(mem, n));
  }

  /** As the {@code uplc} tool prints it: {@code ({cpu: 123 | mem: 45})}. */
  @Override
  public String toString() {
    return "({cpu: " + cpu + " | mem: " + mem + "})";
  }
}
