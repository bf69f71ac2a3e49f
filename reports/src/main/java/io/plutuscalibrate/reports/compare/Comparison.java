package io.plutuscalibrate.reports.compare;

import java.util.List;

/**
 * The comparison of one point or one builtin across batches.
 *
 * @param name the benchmark name, or the builtin
 * @param points the number of points behind it (1 for a point)
 * @param spreads per batch, in batch order
 * @param differences per batch after the first, against the first
 */
public record Comparison(String name, int points, List<Spread> spreads,
    List<Difference> differences) {
  public Comparison {
    spreads = List.copyOf(spreads);
    differences = List.copyOf(differences);
  }
}
