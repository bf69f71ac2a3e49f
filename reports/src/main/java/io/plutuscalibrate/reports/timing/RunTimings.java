package io.plutuscalibrate.reports.timing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The timed points of one run (a criterion CSV or a run directory), in file order, by benchmark
 * name. Immutable.
 *
 * <p>Note [Repeated benchmark names]: criterion files may hold several points under one name:
 * the official set measures, for instance, {@code SliceByteString/1/1/100} sixteen times with
 * different random inputs of the same sizes, and {@code IfThenElse} twice over. They are different
 * points, so the k-th occurrence (k >= 2) of a name is keyed {@code name#k}; two runs of the same
 * suite list them in the same order, so occurrences match up by number.
 */
public final class RunTimings {
  private final String source;
  private final List<PointTiming> points;
  private final Map<String, PointTiming> byBenchmark;
  private final List<String> warnings;

  private RunTimings(String source, List<PointTiming> points, List<String> warnings) {
    this.source = source;
    Map<String, PointTiming> map = new LinkedHashMap<>();
    Map<String, Integer> seen = new java.util.HashMap<>();
    for (PointTiming p : points) {
      int k = seen.merge(p.benchmark(), 1, Integer::sum);
      PointTiming keyed = p;
      if (k > 1) {
        String key = p.benchmark() + "#" + k;
        while (map.containsKey(key)) key = key + "'"; // a name that itself ends in #k
        keyed = new PointTiming(key, p.builtin(), p.line(), p.mean(), p.lower(), p.upper(),
            p.sd(), p.samples());
      }
      map.put(keyed.benchmark(), keyed);
    }
    this.byBenchmark = Collections.unmodifiableMap(map);
    this.points = List.copyOf(map.values());
    this.warnings = List.copyOf(warnings);
  }

  public static RunTimings of(String source, List<PointTiming> points, List<String> warnings) {
    return new RunTimings(source, points, warnings);
  }

  /** Where the points came from, for messages and reports. */
  public String source() {
    return source;
  }

  public List<PointTiming> points() {
    return points;
  }

  /** The point of that benchmark, or null. */
  public PointTiming point(String benchmark) {
    return byBenchmark.get(benchmark);
  }

  /** Rows read but not used, with their lines. */
  public List<String> warnings() {
    return warnings;
  }

  /** How many points have raw sample statistics. */
  public int pointsWithSamples() {
    int n = 0;
    for (PointTiming p : points) if (p.samples() != null) n++;
    return n;
  }
}
