package io.plutuscalibrate.reports.diff;

import java.util.Optional;

/**
 * A named parameter (the ledger's flattened name, Note [Flattening as the ledger does] in
 * {@code CostModelParams}) that differs between the sides: changed, or present on one side only
 * (a builtin added or removed, or a shape with other fields).
 *
 * @param current the current value, empty when only the proposed side has the parameter
 * @param proposed the proposed value, empty when only the current side has it
 */
public record ParameterChange(String name, Optional<Long> current, Optional<Long> proposed) {

  public enum Kind {
    CHANGED, ADDED, REMOVED;

    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public ParameterChange {
    if (current.isEmpty() && proposed.isEmpty()) {
      throw new IllegalArgumentException(name + " is on neither side");
    }
  }

  public Kind kind() {
    return current.isEmpty() ? Kind.ADDED : proposed.isEmpty() ? Kind.REMOVED : Kind.CHANGED;
  }

  /** The builtin, or machine cost ({@code cekApplyCost}), the parameter belongs to. */
  public String owner() {
    return Names.owner(name);
  }

  /** The change, for a parameter on both sides. */
  public Optional<Change> change() {
    return kind() == Kind.CHANGED
        ? Optional.of(new Change(current.get(), proposed.get())) : Optional.empty();
  }
}
