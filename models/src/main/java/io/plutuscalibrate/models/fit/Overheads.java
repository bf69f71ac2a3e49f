package io.plutuscalibrate.models.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The call overhead per arity: the mean time (µs) of the benchmarks Nop1o .. Nop6o, as models.R's
 * {@code get.mean.time}: a missing benchmark counts 0 and a repeated one its mean, each with a
 * warning; a negative mean counts 0. See Note [Call overhead] in {@link Estimator}.
 */
public final class Overheads {
  private final double[] micros; // index = arity
  private final List<String> warnings;

  private Overheads(double[] micros, List<String> warnings) {
    this.micros = micros;
    this.warnings = List.copyOf(warnings);
  }

  public static Overheads of(BenchmarkData data) {
    double[] m = new double[7];
    List<String> warnings = new ArrayList<>();
    for (int arity = 1; arity <= 6; arity++) {
      String name = benchmark(arity);
      List<BenchmarkRow> rows = data.rows(name);
      double v;
      if (rows.isEmpty()) {
        warnings.add(name + " not found in the input: call overhead for arity " + arity
            + " taken as 0");
        v = 0;
      } else {
        double[] t = new double[rows.size()];
        for (int i = 0; i < t.length; i++) t[i] = rows.get(i).t();
        if (t.length > 1) {
          warnings.add(String.format(Locale.ROOT, "%d entries for %s: using their mean", t.length,
              name));
        }
        v = RStats.mean(t);
        if (v < 0) {
          warnings.add(name + " has a negative mean time: taken as 0");
          v = 0;
        }
      }
      m[arity] = v;
    }
    return new Overheads(m, warnings);
  }

  /** The Nop benchmark models.R reads for {@code arity} arguments. */
  public static String benchmark(int arity) {
    return "Nop" + arity + "o";
  }

  /** The overhead for {@code arity} (1..6) arguments, µs. */
  public double micros(int arity) {
    return micros[arity];
  }

  public List<String> warnings() {
    return warnings;
  }
}
