package io.plutuscalibrate.measurements.sweep;

import io.plutuscalibrate.measurements.workload.Grid;
import io.plutuscalibrate.measurements.workload.WorkloadPoint;
import io.plutuscalibrate.measurements.workload.Workloads;
import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.cek.MachineParameters;
import io.plutuscalibrate.uplc.core.DefaultFun;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The points of a sweep, from the workloads ({@link Workloads}), in their deterministic order,
 * and the machine they run on.
 */
public final class SweepPoints {
  private SweepPoints() {}

  /**
   * Every point of the grid ({@code quick} or {@code default}) for {@code seed}; with
   * {@code builtins} non-empty, only those builtins' points and the call-overhead points (which
   * the fit needs to price them), no machine-step or script points.
   *
   * @throws IllegalArgumentException naming an unknown grid or builtin, or a builtin that has no
   *     points of its own (costed by another builtin's points)
   */
  public static List<SweepPoint> of(String grid, long seed, List<String> builtins,
      SemanticsVariant variant) {
    Grid g = grid(grid);
    List<WorkloadPoint> points = new ArrayList<>();
    if (builtins.isEmpty()) {
      points.addAll(Workloads.all(g, seed));
    } else {
      for (String name : builtins) {
        DefaultFun f = DefaultFun.fromName(name).orElseThrow(() -> new IllegalArgumentException(
            "--builtins: no builtin named '" + name + "' (names as in the textual syntax, e.g."
                + " addInteger)"));
        List<WorkloadPoint> of = Workloads.builtin(f, g, seed);
        if (of.isEmpty()) {
          throw new IllegalArgumentException("--builtins: " + name + " has no points of its own:"
              + " its costing function is fitted from another builtin's points");
        }
        points.addAll(of);
      }
      points.addAll(Workloads.overhead(seed));
    }
    return points.stream().map(SweepPoints::of).toList();
  }

  /** A workload point as the harness sees it. */
  public static SweepPoint of(WorkloadPoint p) {
    return new SweepPoint(p.id(), p.name(), p.group(), p.kind().name(), p::program);
  }

  /**
   * The machine the points run on: the official cost models and builtins of {@code variant},
   * with the harness's no-op builtins.
   */
  public static MachineParameters machineParameters(SemanticsVariant variant) {
    return Workloads.machineParameters(MachineParameters.forVariant(variant));
  }

  private static Grid grid(String name) {
    try {
      return Grid.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("no workload grid '" + name + "' (quick or default)");
    }
  }
}
