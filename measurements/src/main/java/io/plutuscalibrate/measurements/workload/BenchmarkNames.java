package io.plutuscalibrate.measurements.workload;

import io.plutuscalibrate.uplc.core.DefaultFun;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Names in benchmark results. A builtin's group is its Haskell constructor name, which is its
 * JSON and textual name with the first letter in upper case ({@code addInteger} -
 * {@code AddInteger}, {@code bls12_381_G1_add} - {@code Bls12_381_G1_add}, {@code nop1o} -
 * {@code Nop1o}): Plutus prints a builtin as {@code lowerInitialChar (show fun)}. See Note
 * [Benchmark names] in {@link WorkloadPoint}.
 */
public final class BenchmarkNames {
  private BenchmarkNames() {}

  private static final Map<String, DefaultFun> BY_GROUP = new HashMap<>();

  static {
    for (DefaultFun f : DefaultFun.values()) BY_GROUP.put(group(f), f);
  }

  /**
   * Builtins that models.R costs with another builtin's model, so that the official benchmarks
   * (and ours) do not measure them: budgeting-bench's Main.hs and models.R's
   * {@code subtractIntegerModel <- addIntegerModel} and so on. lessThanEqualsByteString is
   * measured too, but fitted from LessThanByteString's data.
   */
  private static final Map<DefaultFun, DefaultFun> COSTED_BY = new EnumMap<>(Map.of(
      DefaultFun.subtractInteger, DefaultFun.addInteger,
      DefaultFun.quotientInteger, DefaultFun.divideInteger,
      DefaultFun.remainderInteger, DefaultFun.divideInteger,
      DefaultFun.modInteger, DefaultFun.divideInteger,
      DefaultFun.orByteString, DefaultFun.andByteString,
      DefaultFun.xorByteString, DefaultFun.andByteString,
      DefaultFun.lessThanEqualsByteString, DefaultFun.lessThanByteString));

  /** The group of a builtin's benchmarks, e.g. {@code AddInteger}. */
  public static String group(DefaultFun fun) {
    String n = fun.name();
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }

  /** The builtin (or harness no-op) whose benchmarks form {@code group}, if any. */
  public static Optional<DefaultFun> builtin(String group) {
    return Optional.ofNullable(BY_GROUP.get(group));
  }

  /**
   * The builtin whose benchmarks the official fit derives {@code fun}'s costing function from:
   * itself, or the builtin it shares a model with.
   */
  public static DefaultFun costedBy(DefaultFun fun) {
    return COSTED_BY.getOrDefault(fun, fun);
  }

  /** {@code group/s1/s2/...}. */
  public static String name(String group, List<Long> sizes) {
    StringJoiner j = new StringJoiner("/");
    j.add(group);
    for (long s : sizes) j.add(Long.toString(s));
    return j.toString();
  }
}
