package io.plutuscalibrate.measurements.workload;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.builtins.BuiltinTable;
import io.plutuscalibrate.uplc.builtins.HarnessBuiltins;
import io.plutuscalibrate.uplc.cek.MachineParameters;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The points of a sweep, deterministic for a seed.
 *
 * <p>Note [From declarations to points]: each {@link BuiltinWorkload} lists, per grid, one
 * argument generator per point. For the i-th, the engine seeds a generator from (sweep seed,
 * group, grid, i, attempt), draws the arguments, measures the named ones with the declared
 * measures and forms the name. If the name was already taken and the declaration asks for it
 * ({@link BuiltinWorkload#redrawRepeats}), it tries the next attempt, up to
 * {@value #MAX_ATTEMPTS}; a name still repeated gets the id {@code name@k} (see Note [Benchmark
 * names] in {@link WorkloadPoint}). The arguments are then dropped: the point keeps its seed and
 * draws them again when asked for its program, so a sweep holds only the point being measured.
 * A point depends on nothing but its own seed, so adding, removing or reordering declarations
 * changes no other point.
 *
 * <p>Every point is evaluated with {@link #machineParameters}: the ordinary builtins and costs
 * plus the harness no-ops (see Note [Harness-only builtins] in DefaultFun).
 */
public final class Workloads {
  private Workloads() {}

  static final int MAX_ATTEMPTS = 50;

  /**
   * Every point of a sweep: the builtins', the call overhead, the machine steps and the
   * project's synthetic scripts (user scripts are loaded separately: {@link ScriptDirectory}).
   */
  public static List<WorkloadPoint> all(Grid grid, long seed) {
    List<WorkloadPoint> out = new ArrayList<>(builtins(grid, seed));
    out.addAll(overhead(seed));
    out.addAll(machineSteps(grid));
    out.addAll(syntheticScripts(grid));
    return out;
  }

  /** The points of every declared builtin, in declaration order. */
  public static List<WorkloadPoint> builtins(Grid grid, long seed) {
    List<WorkloadPoint> out = new ArrayList<>();
    for (BuiltinWorkload w : BuiltinWorkloads.all()) out.addAll(points(w, grid, seed));
    return out;
  }

  /**
   * The points of one builtin; empty when it is not measured itself (its costing function comes
   * from another builtin's points: {@link BenchmarkNames#costedBy}).
   */
  public static List<WorkloadPoint> builtin(DefaultFun fun, Grid grid, long seed) {
    return BuiltinWorkloads.of(fun).map(w -> points(w, grid, seed)).orElse(List.of());
  }

  /** {@code UnitTerm/1} and {@code Nop1o} .. {@code Nop6o}; the same in both grids. */
  public static List<WorkloadPoint> overhead(long seed) {
    return OverheadWorkloads.all(seed);
  }

  /** See Note [Machine-step design] in {@link MachineStepWorkloads}. */
  public static List<WorkloadPoint> machineSteps(Grid grid) {
    return MachineStepWorkloads.all(grid);
  }

  /** The project's own script programs at the grid's sizes; see {@link SyntheticScripts}. */
  public static List<WorkloadPoint> syntheticScripts(Grid grid) {
    return SyntheticScripts.all(grid);
  }

  /**
   * {@code base} (the cost models and builtins a sweep measures under) made able to run every
   * point: its builtin table plus the harness no-ops, its builtin costs plus theirs.
   */
  public static MachineParameters machineParameters(MachineParameters base) {
    return base.withBuiltins(base.builtins().with(HarnessBuiltins.FAMILY))
        .withBuiltinCosts(HarnessBuiltins.withCosts(base.builtinCosts()));
  }

  /** The builtins every point runs with: the variant's plus the harness no-ops. */
  public static BuiltinTable builtinTable(SemanticsVariant variant) {
    return HarnessBuiltins.table(variant);
  }

  /** {@code model} plus the no-ops' (constant) costs, for machines that run the points. */
  public static BuiltinCostModel costModel(BuiltinCostModel model) {
    return HarnessBuiltins.withCosts(model);
  }

  static List<WorkloadPoint> points(BuiltinWorkload w, Grid grid, long seed) {
    List<ArgsGen> cases = w.cases(grid);
    String group = w.group();
    DefaultFun fun = w.fun();
    Map<String, Integer> taken = new HashMap<>();
    List<WorkloadPoint> out = new ArrayList<>(cases.size());
    for (int i = 0; i < cases.size(); i++) {
      ArgsGen gen = cases.get(i);
      long pointSeed = 0;
      String name = null;
      List<Long> sizes = null;
      int attempts = w.redrawRepeats() ? MAX_ATTEMPTS : 1;
      for (int attempt = 0; attempt < attempts; attempt++) {
        pointSeed = Seeds.derive(seed, group, grid.ordinal(), i, attempt);
        List<Constant> args = gen.generate(new SplittableRandom(pointSeed));
        if (args.size() != fun.arity()) {
          throw new IllegalStateException(group + " point " + i + " has " + args.size()
              + " arguments, " + fun + " takes " + fun.arity());
        }
        sizes = sizes(w, args);
        name = BenchmarkNames.name(group, sizes);
        if (!taken.containsKey(name)) break;
      }
      final long s = pointSeed;
      WorkloadPoint p = WorkloadPoint.ofCall(WorkloadKind.BUILTIN, name, fun, sizes,
          () -> new BuiltinCall(fun, gen.generate(new SplittableRandom(s))));
      int k = taken.merge(name, 1, Integer::sum);
      out.add(k == 1 ? p : p.withId(name + "@" + k));
    }
    return out;
  }

  private static List<Long> sizes(BuiltinWorkload w, List<Constant> args) {
    List<Long> sizes = new ArrayList<>(w.named().size());
    for (NamedArg a : w.named()) sizes.add(a.measure().size(args.get(a.position())));
    return sizes;
  }
}
