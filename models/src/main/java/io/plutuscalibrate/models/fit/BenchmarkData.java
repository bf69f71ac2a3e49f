package io.plutuscalibrate.models.fit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of a criterion results file, grouped by benchmark name (the part of the benchmark
 * before the first {@code /}), in file order. Immutable.
 */
public final class BenchmarkData {
  private final String source;
  private final List<BenchmarkRow> rows;
  private final Map<String, List<BenchmarkRow>> byName;
  private final List<String> warnings;

  private BenchmarkData(String source, List<BenchmarkRow> rows, List<String> warnings) {
    this.source = source;
    this.rows = List.copyOf(rows);
    Map<String, List<BenchmarkRow>> groups = new LinkedHashMap<>();
    for (BenchmarkRow row : rows) {
      groups.computeIfAbsent(row.name(), k -> new ArrayList<>()).add(row);
    }
    groups.replaceAll((k, v) -> List.copyOf(v));
    this.byName = Collections.unmodifiableMap(groups);
    this.warnings = List.copyOf(warnings);
  }

  /** Data made of the given rows; {@code warnings} are what reading them noticed. */
  public static BenchmarkData of(String source, List<BenchmarkRow> rows, List<String> warnings) {
    return new BenchmarkData(source, rows, warnings);
  }

  /** Where the rows came from (a file name, for messages). */
  public String source() {
    return source;
  }

  public List<BenchmarkRow> rows() {
    return rows;
  }

  /** The rows of one benchmark, in file order; empty if the file has none. */
  public List<BenchmarkRow> rows(String name) {
    return byName.getOrDefault(name, List.of());
  }

  public Set<String> names() {
    return byName.keySet();
  }

  /** Rows that were read but cannot be used (e.g. a name without sizes), with their lines. */
  public List<String> warnings() {
    return warnings;
  }

  /** A copy with every time multiplied by {@code factor} (used to test rescaling). */
  public BenchmarkData scaled(double factor) {
    List<BenchmarkRow> scaled = new ArrayList<>(rows.size());
    for (BenchmarkRow r : rows) {
      scaled.add(new BenchmarkRow(r.line(), r.benchmark(), r.name(), r.x(), r.y(), r.z(), r.u(),
          r.t() * factor, r.tMeanLb() * factor, r.tMeanUb() * factor));
    }
    return new BenchmarkData(source, scaled, warnings);
  }
}
