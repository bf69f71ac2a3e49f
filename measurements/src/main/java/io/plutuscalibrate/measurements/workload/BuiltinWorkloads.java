package io.plutuscalibrate.measurements.workload;

import io.plutuscalibrate.uplc.core.DefaultFun;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The declarative table: one {@link BuiltinWorkload} per measured builtin, in the families of
 * budgeting-bench's Benchmarks/*.hs.
 *
 * <p>Note [Choosing the grids]: the official sweep measures about 14,000 points in ten to twelve
 * hours. The default grid keeps the official kinds of inputs and their ranges (except where
 * variants D and E bound an argument: bytestrings of at most 65536 bytes) but thins the points:
 * constant-cost builtins get 8 to 12 points (officially 50 to 100), one-dimensional shapes 10 to
 * 16, two-dimensional grids 25 to 100 (officially 225 to 625), and the Data builtins whose fit
 * takes an upper bound over many shapes (equalsData, serialiseData) 40. That is 1,574 builtin
 * points. The quick grid keeps, per builtin, the fewest points that still let the fitter
 * fit the shape with intervals: 3 replicates of a constant, 4 or 5 distinct sizes of a line or a
 * quadratic, 3 by 3 for a two-variable linear shape, a 5 by 5 square (10 points below the
 * diagonal) for the division family's six-coefficient quadratic, points both on and off the
 * diagonal for linear_on_diagonal, both below and above it for valueContains: 448 points.
 * Builtins that models.R costs with another's model are not measured (see
 * {@link BenchmarkNames#costedBy}).
 */
public final class BuiltinWorkloads {
  private BuiltinWorkloads() {}

  private static final List<BuiltinWorkload> ALL = collect();
  private static final Map<DefaultFun, BuiltinWorkload> BY_FUN = index(ALL);

  private static List<BuiltinWorkload> collect() {
    List<BuiltinWorkload> all = new ArrayList<>();
    all.addAll(IntegerWorkloads.all());
    all.addAll(ByteStringWorkloads.all());
    all.addAll(CryptoWorkloads.all());
    all.addAll(StringWorkloads.all());
    all.addAll(ControlWorkloads.all());
    all.addAll(ListWorkloads.all());
    all.addAll(DataWorkloads.all());
    all.addAll(BlsWorkloads.all());
    all.addAll(BitwiseWorkloads.all());
    all.addAll(ArrayWorkloads.all());
    all.addAll(ValueWorkloads.all());
    return Collections.unmodifiableList(all);
  }

  private static Map<DefaultFun, BuiltinWorkload> index(List<BuiltinWorkload> all) {
    Map<DefaultFun, BuiltinWorkload> m = new EnumMap<>(DefaultFun.class);
    for (BuiltinWorkload w : all) {
      if (m.put(w.fun(), w) != null) throw new IllegalStateException(w.fun() + " declared twice");
    }
    return Collections.unmodifiableMap(m);
  }

  /** Every declaration, family by family. */
  public static List<BuiltinWorkload> all() {
    return ALL;
  }

  /** The declaration of {@code fun}, or empty if it is not measured itself. */
  public static Optional<BuiltinWorkload> of(DefaultFun fun) {
    return Optional.ofNullable(BY_FUN.get(fun));
  }
}
