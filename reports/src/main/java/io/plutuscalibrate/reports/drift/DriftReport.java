package io.plutuscalibrate.reports.drift;

import io.plutuscalibrate.reports.timing.PointTiming;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of comparing a current run with a baseline: a verdict per builtin (in baseline
 * order), the test of every common point, what was estimated about the noise, and the
 * benchmarks only one side has. {@code baselineRuns} and {@code currentRuns} count the runs of
 * each side (Note [Batches of runs] in {@link BatchDriftAnalysis}); with several, {@code
 * baseline} and {@code current} list their sources separated by ", ".
 */
public record DriftReport(String baseline, String current, DriftSettings settings, RunNoise noise,
    List<BuiltinDrift> builtins, List<PointDrift> points, List<String> onlyInBaseline,
    List<String> onlyInCurrent, List<String> warnings, int baselineRuns, int currentRuns) {

  /** A comparison of one run with one run. */
  public DriftReport(String baseline, String current, DriftSettings settings, RunNoise noise,
      List<BuiltinDrift> builtins, List<PointDrift> points, List<String> onlyInBaseline,
      List<String> onlyInCurrent, List<String> warnings) {
    this(baseline, current, settings, noise, builtins, points, onlyInBaseline, onlyInCurrent,
        warnings, 1, 1);
  }

  public DriftReport {
    if (baselineRuns < 1 || currentRuns < 1) {
      throw new IllegalArgumentException("runs per side must be at least 1");
    }
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

  /** Whether a side has several runs, so that builtins were tested against between-run spread. */
  public boolean batch() {
    return baselineRuns > 1 || currentRuns > 1;
  }

  /** The same report with {@code warning} added at the end of its warnings. */
  public DriftReport withWarning(String warning) {
    List<String> all = new java.util.ArrayList<>(warnings);
    all.add(warning);
    return new DriftReport(baseline, current, settings, noise, builtins, points, onlyInBaseline,
        onlyInCurrent, all, baselineRuns, currentRuns);
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
