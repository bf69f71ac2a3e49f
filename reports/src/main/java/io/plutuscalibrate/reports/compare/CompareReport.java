package io.plutuscalibrate.reports.compare;

import java.util.List;

/**
 * A comparison of batches of runs: the batches (the first is the reference), a comparison per
 * builtin and per point, the points left out because some run lacks them, and warnings.
 */
public record CompareReport(List<Batch> batches, List<Comparison> builtins,
    List<Comparison> points, int pointsLeftOut, List<String> warnings) {
  public CompareReport {
    batches = List.copyOf(batches);
    builtins = List.copyOf(builtins);
    points = List.copyOf(points);
    warnings = List.copyOf(warnings);
  }
}
