package io.plutuscalibrate.uplc.conformance;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The outcomes of a conformance run, in case order. */
public record ConformanceReport(List<CaseOutcome> outcomes) {
  public ConformanceReport {
    outcomes = List.copyOf(outcomes);
  }

  public long passed() {
    return outcomes.stream().filter(CaseOutcome::passed).count();
  }

  public long failed() {
    return outcomes.size() - passed();
  }

  public List<CaseOutcome> failures() {
    return outcomes.stream().filter(o -> !o.passed()).toList();
  }

  /** The failures whose case name satisfies {@code filter}. */
  public List<CaseOutcome> failures(Predicate<String> filter) {
    return outcomes.stream().filter(o -> !o.passed() && filter.test(o.testCase().name())).toList();
  }

  /**
   * Failed case counts by the directory {@code depth} levels below the root (e.g. depth 3 groups
   * {@code builtin/semantics/addInteger/...} under {@code builtin/semantics/addInteger}).
   */
  public Map<String, Integer> failuresByDirectory(int depth) {
    Map<String, Integer> counts = new TreeMap<>();
    for (CaseOutcome o : failures()) {
      String[] parts = o.testCase().name().split("/");
      String dir = String.join("/", java.util.Arrays.copyOf(parts, Math.min(depth, parts.length - 1)));
      counts.merge(dir, 1, Integer::sum);
    }
    return counts;
  }
}
