package io.plutuscalibrate.reports.diff;

import io.plutuscalibrate.models.CostingFun;
import java.util.ArrayList;
import java.util.List;

/**
 * A builtin whose costing function for one resource has another shape on the other side, e.g.
 * divideInteger's CPU {@code const_above_diagonal(quadratic_in_x_and_y)} becoming
 * {@code above_and_below_diagonal(quadratic_in_x_and_y)} with the same parameter names.
 *
 * @param resource {@code cpu} or {@code memory}
 */
public record ShapeChange(String builtin, String resource, String current, String proposed) {

  /** The shape changes of one builtin, CPU first. */
  static List<ShapeChange> between(String builtin, CostingFun current, CostingFun proposed) {
    List<ShapeChange> out = new ArrayList<>();
    String c = ShapeText.of(current.cpu());
    String p = ShapeText.of(proposed.cpu());
    if (!c.equals(p)) {
      out.add(new ShapeChange(builtin, "cpu", c, p));
    }
    c = ShapeText.of(current.memory());
    p = ShapeText.of(proposed.memory());
    if (!c.equals(p)) {
      out.add(new ShapeChange(builtin, "memory", c, p));
    }
    return out;
  }
}
