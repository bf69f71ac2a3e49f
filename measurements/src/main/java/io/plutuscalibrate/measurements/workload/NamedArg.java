package io.plutuscalibrate.measurements.workload;

import io.plutuscalibrate.uplc.builtins.SizeMeasure;
import java.util.Objects;

/**
 * An argument whose size appears in a point's name: its position (0-based) and the measure the
 * official benchmark names it by, which must be the builtin's own costing measure (the wrappers
 * of budgeting-bench's Note [Adjusting the memory usage of arguments of costing benchmarks]).
 */
record NamedArg(int position, SizeMeasure measure) {
  NamedArg {
    Objects.requireNonNull(measure);
    if (position < 0) throw new IllegalArgumentException("position " + position);
  }
}
