package io.plutuscalibrate.models;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The contents of a {@code cekMachineCosts*.json} file: the budget charged at machine start-up
 * and for each kind of machine step. Immutable.
 */
public final class MachineCosts {
  private final EnumMap<StepKind, ExBudget> costs;

  private MachineCosts(Map<StepKind, ExBudget> costs) {
    this.costs = new EnumMap<>(StepKind.class);
    this.costs.putAll(costs);
    for (StepKind kind : StepKind.values()) {
      if (!this.costs.containsKey(kind)) {
        throw new IllegalArgumentException("machine costs lack " + kind.jsonKey());
      }
    }
  }

  /** Machine costs with a budget for every {@link StepKind}. */
  public static MachineCosts of(Map<StepKind, ExBudget> costs) {
    return new MachineCosts(costs);
  }

  public ExBudget get(StepKind kind) {
    return costs.get(kind);
  }

  public ExBudget startup() {
    return costs.get(StepKind.STARTUP);
  }

  public Map<StepKind, ExBudget> asMap() {
    return Collections.unmodifiableMap(costs);
  }

  public MachineCosts with(StepKind kind, ExBudget budget) {
    EnumMap<StepKind, ExBudget> copy = new EnumMap<>(costs);
    copy.put(kind, budget);
    return new MachineCosts(copy);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MachineCosts other && costs.equals(other.costs);
  }

  @Override
  public int hashCode() {
    return costs.hashCode();
  }

  @Override
  public String toString() {
    return "MachineCosts" + costs;
  }
}
