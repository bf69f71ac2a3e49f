package io.plutuscalibrate.reports.diff;

import io.plutuscalibrate.models.ExBudget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The predicted cost change of one builtin over the size grid (Note [Size grid] in
 * {@link CostGrid}): every point, and per resource a summary of the relative changes.
 */
public record BuiltinCostChange(
    String builtin, int arity, List<Point> points, Summary cpu, Summary memory) {

  /** The costs at one tuple of argument sizes. */
  public record Point(long[] sizes, ExBudget current, ExBudget proposed) {
    public Point {
      sizes = sizes.clone();
    }

    @Override
    public long[] sizes() {
      return sizes.clone();
    }

    public Change cpu() {
      return new Change(current.cpu(), proposed.cpu());
    }

    public Change memory() {
      return new Change(current.mem(), proposed.mem());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Point p && Arrays.equals(sizes, p.sizes) && current.equals(p.current)
          && proposed.equals(p.proposed);
    }

    @Override
    public int hashCode() {
      return 31 * (31 * Arrays.hashCode(sizes) + current.hashCode()) + proposed.hashCode();
    }

    @Override
    public String toString() {
      return "Point" + Arrays.toString(sizes) + " " + current + " -> " + proposed;
    }
  }

  /**
   * One resource's relative changes over the grid: smallest, median (of the points that have a
   * ratio, the lower middle one for an even count) and largest, signed; the point that moved
   * most ({@link Change#magnitude()}, a "new" cost first); how many points went from 0 to
   * something else, and how many changed at all. min/median/max are empty when no point has a
   * ratio.
   */
  public record Summary(Optional<Double> min, Optional<Double> median, Optional<Double> max,
      int newPoints, int changedPoints, Point worst) {}

  public BuiltinCostChange {
    points = List.copyOf(points);
  }

  static BuiltinCostChange of(String builtin, int arity, List<Point> points) {
    return new BuiltinCostChange(builtin, arity, points, summary(points, Point::cpu),
        summary(points, Point::memory));
  }

  private static Summary summary(List<Point> points, Function<Point, Change> resource) {
    List<Double> ratios = new ArrayList<>();
    int fresh = 0;
    int changed = 0;
    Point worst = points.get(0);
    for (Point p : points) {
      Change c = resource.apply(p);
      if (!c.isSame()) {
        changed++;
      }
      if (c.isNew()) {
        fresh++;
      } else {
        ratios.add(c.relative().getAsDouble());
      }
      if (c.magnitude() > resource.apply(worst).magnitude()) {
        worst = p;
      }
    }
    if (ratios.isEmpty()) {
      return new Summary(
          Optional.empty(), Optional.empty(), Optional.empty(), fresh, changed, worst);
    }
    ratios.sort(Double::compare);
    return new Summary(Optional.of(ratios.get(0)), Optional.of(ratios.get((ratios.size() - 1) / 2)),
        Optional.of(ratios.get(ratios.size() - 1)), fresh, changed, worst);
  }
}
