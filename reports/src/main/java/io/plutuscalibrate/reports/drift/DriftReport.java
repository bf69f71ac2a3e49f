package io.plutuscalibrate.reports.drift;

import io.plutuscalibrate.reports.timing.PointTiming;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of comparing a current run with a baseline: a verdict per builtin (in baseline
 * order), the test of every common point, what was estimated about the noise, and the
 * benchmarks only one side has.
 */
public record DriftReport(String baseline, String current, DriftSettings settings, RunNoise noise,
    List<BuiltinDrift> builtins, List<PointDrift> points, List<String> onlyInBaseline,
    List<String> onlyInCurrent, List<String> warnings) {

  public DriftReport {
    builtins = List.copyOf(builtins);
    points = List.copyOf(points);
    onlyInBaseline = List.copyOf(onlyInBaseline);
    onlyInCurrent = List.copyOf(onlyInCurrent);
    warnings = List.copyOf(warnings);
  }

  /** The builtins with the given verdict, in report order. */
  public List<BuiltinDrift> builtins(Verdict verdict) {
    return builtins.stream().filter(b -> b.verdict() == verdict).toList();
  }

  /** Whether any builtin drifted (either way). */
  public boolean drifted() {
    return builtins.stream().anyMatch(b -> b.verdict().drifted());
  }

  /** Whether any builtin has a verdict that {@code policy} counts as a failure. */
  public boolean fails(FailOn policy) {
    return builtins.stream().anyMatch(b -> policy.fails(b.verdict()));
  }

  /** Builtins with points only in the baseline and none in common (e.g. removed benchmarks). */
  public List<String> builtinsOnlyInBaseline() {
    return builtinsWithout(onlyInBaseline);
  }

  /** Builtins with points only in the current run and none in common (e.g. new builtins). */
  public List<String> builtinsOnlyInCurrent() {
    return builtinsWithout(onlyInCurrent);
  }

  private List<String> builtinsWithout(List<String> benchmarks) {
    Set<String> tested = new java.util.HashSet<>();
    for (BuiltinDrift b : builtins) tested.add(b.builtin());
    Set<String> out = new LinkedHashSet<>();
    for (String name : benchmarks) {
      String builtin = PointTiming.builtinOf(name);
      if (!tested.contains(builtin)) out.add(builtin);
    }
    return List.copyOf(out);
  }

  /** The points that drifted, in report order. */
  public List<PointDrift> driftedPoints() {
    return points.stream().filter(p -> p.verdict().drifted()).toList();
  }
}
