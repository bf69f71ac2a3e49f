package io.plutuscalibrate.models.fit;

import io.plutuscalibrate.models.StepKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One measured script call: its time, the CPU cost its builtin calls are charged by the builtin
 * cost model, and how many machine steps of each kind it took.
 *
 * @param line the 1-based line in the file it was read from (0 if not from a file)
 * @param script a name for messages
 * @param seconds the measured time of one evaluation
 * @param builtinCpu a builtin cost model's charge for its builtin calls (ExCPU), in that model's
 *     units, usually the official model's reference-machine picoseconds: its coefficient is
 *     fitted (Note [Units of step costs] in {@link StepCostFitter})
 * @param steps the count of each step kind (every kind but startup; absent kinds count 0)
 */
public record ScriptMeasurement(int line, String script, double seconds, long builtinCpu,
    Map<StepKind, Long> steps) {

  public ScriptMeasurement {
    EnumMap<StepKind, Long> copy = new EnumMap<>(StepKind.class);
    copy.putAll(steps);
    steps = Collections.unmodifiableMap(copy);
  }

  public long steps(StepKind kind) {
    return steps.getOrDefault(kind, 0L);
  }

  public long totalSteps() {
    long n = 0;
    for (long v : steps.values()) n += v;
    return n;
  }
}
