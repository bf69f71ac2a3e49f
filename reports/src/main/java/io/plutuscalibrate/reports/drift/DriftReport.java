package io.plutuscalibrate.reports.drift;

import java.util.List;

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

  /** The points that drifted, in report order. */
  public List<PointDrift> driftedPoints() {
    return points.stream().filter(p -> p.verdict().drifted()).toList();
  }
}
