package io.plutuscalibrate.measurements.workload;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;

/** Ways of listing the points of a grid. */
final class Cases {
  private Cases() {}

  /** One point per parameter. */
  static <T> List<ArgsGen> each(List<T> params, Function<T, ArgsGen> point) {
    List<ArgsGen> out = new ArrayList<>(params.size());
    for (T p : params) out.add(point.apply(p));
    return out;
  }

  /** One point per integer parameter. */
  static List<ArgsGen> eachInt(int[] params, IntFunction<ArgsGen> point) {
    List<ArgsGen> out = new ArrayList<>(params.length);
    for (int p : params) out.add(point.apply(p));
    return out;
  }

  /** One point per pair (x, y), x varying slowest, as criterion's nested bgroups list them. */
  static List<ArgsGen> cross(int[] xs, int[] ys, BiFunction<Integer, Integer, ArgsGen> point) {
    List<ArgsGen> out = new ArrayList<>(xs.length * ys.length);
    for (int x : xs) {
      for (int y : ys) out.add(point.apply(x, y));
    }
    return out;
  }

  /** {@code n} points drawn the same way (for builtins whose arguments all have fixed sizes). */
  static List<ArgsGen> replicate(int n, ArgsGen point) {
    return Collections.nCopies(n, point);
  }

  /** {@code n} points, the i-th made by {@code point.apply(i)}. */
  static List<ArgsGen> indexed(int n, IntFunction<ArgsGen> point) {
    List<ArgsGen> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(point.apply(i));
    return out;
  }

  /** The concatenation. */
  @SafeVarargs
  static List<ArgsGen> concat(List<ArgsGen>... parts) {
    List<ArgsGen> out = new ArrayList<>();
    for (List<ArgsGen> p : parts) out.addAll(p);
    return out;
  }

  /** {@code n} integers spread evenly from {@code from} to {@code to} inclusive. */
  static int[] spread(int from, int to, int n) {
    if (n == 1) return new int[] {from};
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = (int) Math.round(from + (double) (to - from) * i / (n - 1));
    }
    return out;
  }

  /** The integers {@code from, from + step, ...} up to {@code to} inclusive. */
  static int[] range(int from, int to, int step) {
    int n = (to - from) / step + 1;
    int[] out = new int[n];
    for (int i = 0; i < n; i++) out[i] = from + i * step;
    return out;
  }

  static int[] ints(int... xs) {
    return xs;
  }
}
