package io.plutuscalibrate.reports.timing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The timed points of one run (a criterion CSV or a run directory), in file order, by benchmark
 * name. A name that occurs twice keeps its first point and the second is reported as a warning.
 * Immutable.
 */
public final class RunTimings {
  private final String source;
  private final List<PointTiming> points;
  private final Map<String, PointTiming> byBenchmark;
  private final List<String> warnings;

  private RunTimings(String source, List<PointTiming> points, List<String> warnings) {
    this.source = source;
    Map<String, PointTiming> map = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>(warnings);
    for (PointTiming p : points) {
      PointTiming old = map.putIfAbsent(p.benchmark(), p);
      if (old != null) {
        notes.add(source + ":" + p.line() + ": benchmark '" + p.benchmark()
            + "' repeats line " + old.line() + "; the later one is ignored");
      }
    }
    this.byBenchmark = Collections.unmodifiableMap(map);
    this.points = List.copyOf(map.values());
    this.warnings = List.copyOf(notes);
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
