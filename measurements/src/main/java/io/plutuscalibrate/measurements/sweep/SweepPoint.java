package io.plutuscalibrate.measurements.sweep;

import io.plutuscalibrate.uplc.core.Program;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A point as the harness sees it: its id (unique in the sweep), its name in benching.csv, its
 * group and kind (for counts and progress), and how to build its program. The program is built
 * when the point is measured and dropped after, so a sweep holds one at a time.
 */
public record SweepPoint(String id, String name, String group, String kind,
    Supplier<Program> program) {
  public SweepPoint {
    Objects.requireNonNull(id);
    Objects.requireNonNull(name);
    Objects.requireNonNull(group);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(program);
  }

  /** A point whose program is already built (tests, small programs). */
  public static SweepPoint of(String id, String name, String group, String kind, Program p) {
    Objects.requireNonNull(p);
    return new SweepPoint(id, name, group, kind, () -> p);
  }

  @Override
  public String toString() {
    return id;
  }
}
