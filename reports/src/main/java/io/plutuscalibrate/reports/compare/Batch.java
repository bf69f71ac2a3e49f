package io.plutuscalibrate.reports.compare;

import io.plutuscalibrate.reports.timing.RunTimings;
import java.util.List;

/** A named batch of runs of one version (e.g. five sweeps of a release candidate). */
public record Batch(String name, List<RunTimings> runs) {
  public Batch {
    runs = List.copyOf(runs);
    if (runs.isEmpty()) throw new IllegalArgumentException("batch " + name + " has no runs");
  }
}
