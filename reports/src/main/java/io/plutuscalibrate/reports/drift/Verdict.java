package io.plutuscalibrate.reports.drift;

/** The outcome of a drift test for a builtin or a point. */
public enum Verdict {
  SLOWER,
  FASTER,
  UNCHANGED;

  /** Lower-case name used in every output format. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public boolean drifted() {
    return this != UNCHANGED;
  }
}
