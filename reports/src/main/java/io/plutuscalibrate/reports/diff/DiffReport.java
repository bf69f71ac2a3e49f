package io.plutuscalibrate.reports.diff;

import java.util.List;

/**
 * Everything {@code calibrate diff} found: the two sides, their readable-against-array checks, and
 * the comparisons. The formats in {@code reports.diff.render} print it.
 *
 * @param notes remarks that apply to the whole diff (what was not compared and why)
 */
public record DiffReport(SideSummary current, SideSummary proposed, List<Comparison> comparisons,
    List<String> notes) {

  /** A side as the report shows it: its files and their checks. */
  public record SideSummary(List<Side.SideFile> files, List<ConsistencyCheck> consistency) {
    public SideSummary {
      files = List.copyOf(files);
      consistency = List.copyOf(consistency);
    }
  }

  public DiffReport {
    comparisons = List.copyOf(comparisons);
    notes = List.copyOf(notes);
  }

  /** Whether any comparison differs or a side's readable model disagrees with its array. */
  public boolean differs() {
    return comparisons.stream().anyMatch(Comparison::differs)
        || current.consistency().stream().anyMatch(c -> !c.agrees())
        || proposed.consistency().stream().anyMatch(c -> !c.agrees());
  }
}
