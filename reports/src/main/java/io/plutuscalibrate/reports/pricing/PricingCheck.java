package io.plutuscalibrate.reports.pricing;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.CostModel;
import io.plutuscalibrate.models.CostingFun;
import io.plutuscalibrate.models.fit.BenchmarkData;
import io.plutuscalibrate.models.fit.BenchmarkRow;
import io.plutuscalibrate.models.fit.Overheads;
import io.plutuscalibrate.uplc.core.DefaultFun;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Compares every measured point of a benchmark file with what a cost model charges for it, and
 * ranks the points (and builtins) the model charges less than they take.
 *
 * <p>Note [What a measured point is compared with]: a benchmark {@code Builtin/x/y/...} times one
 * call of the builtin whose cost-model name is the benchmark's with its first letter lowered
 * (AddInteger times addInteger, Bls12_381_G1_add times bls12_381_G1_add); the sizes in the name are
 * the ExMemory sizes of its arguments, the ones the costing function takes. The call itself (the
 * machine applying a builtin to its arguments) is priced by the machine's step costs, not by the
 * builtin's costing function, so as models.R does we subtract the time of the Nop benchmark of
 * the builtin's arity (Nop1o .. Nop6o, from the same file) before comparing. models.R leaves the
 * overhead in for a few builtins (equalsData, serialiseData, integerToByteString,
 * byteStringToInteger, unValueData), which makes their fit conservative; the check subtracts it
 * for every builtin, since the call is not the builtin's to pay for. Benchmarks whose name
 * names no builtin of the model (the Nop benchmarks themselves, UnitTerm) are listed, not checked;
 * builtins fitted on another builtin's data (subtractInteger on AddInteger) are not checked
 * against that data, which measures another builtin. A size the name lacks is taken as 0 when the
 * costing function does not depend on it (a constant cost for a six-argument builtin benchmarked
 * with one size); a point whose cost depends on a size its name lacks is skipped with a warning.
 *
 * <p>Note [Comparing times across machines]: ExCPU units are picoseconds on the machine the
 * official models were fitted on. Times measured on another machine (or another evaluator, such as
 * the embedded one) are faster or slower by a machine factor that says nothing about any one
 * builtin, so comparing them with the model in absolute terms would call everything underpriced on
 * a slow machine and nothing on a fast one. With {@code --scale auto} (the default) we estimate
 * that factor as the median over builtins of each builtin's median ratio measured / charged (the
 * builtins, not the points, as units, so a builtin with a thousand points does not decide it
 * alone) and rank every point by its ratio divided by the factor: a point then counts as
 * underpriced when it is dearer, relative to its charge, than the typical builtin. That is the
 * honest default because nothing in a benchmark file says which machine measured it; it also means
 * that roughly half the builtins have some points above 1, so the ranking, not the count, is the
 * result. Data known to come from the reference machine (such as the file the official models were
 * fitted on) is compared in absolute terms with {@code --scale 1}; any other factor can be given.
 */
public final class PricingCheck {
  /** Points above this relative ratio count as "underpriced by more than 10%". */
  public static final double MARGIN = 1.10;

  private PricingCheck() {}

  /**
   * Checks every point of {@code data} against {@code model}.
   *
   * @param data the benchmark results (times in µs, as {@code BenchmarkCsv} reads them)
   */
  public static PricingResult check(BenchmarkData data, BuiltinCostModel model, Scale scale) {
    Overheads overheads = Overheads.of(data);
    List<String> warnings = new ArrayList<>(data.warnings());
    warnings.addAll(overheads.warnings());
    List<String> unpriced = new ArrayList<>();
    List<Group> groups = new ArrayList<>();
    Set<String> checked = new LinkedHashSet<>();
    for (String name : data.names()) {
      if (name.matches("Nop[1-6][a-z]")) continue;
      String builtin = builtinOf(name);
      Optional<CostingFun> fun = model.find(builtin);
      if (fun.isEmpty()) {
        unpriced.add(name);
        continue;
      }
      CostModel cpu = fun.get().cpu();
      List<BenchmarkRow> rows = data.rows(name);
      int arity = arity(builtin, rows);
      double overhead = overheads.micros(arity);
      List<double[]> raw = new ArrayList<>(); // measured, lower, charged
      List<PricedPoint> pts = new ArrayList<>();
      int skipped = 0;
      for (BenchmarkRow r : rows) {
        long[] sizes = sizes(r);
        long charged = charge(cpu, sizes);
        if (charged == Long.MIN_VALUE) {
          skipped++;
          continue;
        }
        double measured = (r.t() - overhead) * 1e6;
        double lower = (r.tMeanLb() - overhead) * 1e6;
        pts.add(new PricedPoint(r.benchmark(), builtin, r.line(), sizes, measured, lower, charged,
            ratio(measured, charged), Double.NaN));
      }
      if (skipped > 0) {
        warnings.add(String.format(Locale.ROOT, "%s: %d point(s) skipped: the %s cost of %s"
            + " depends on an argument size their names lack", name, skipped, cpu.tag(), builtin));
      }
      if (!pts.isEmpty()) {
        groups.add(new Group(name, builtin, cpu.tag(), pts));
        checked.add(builtin);
      }
    }
    List<String> withoutData = new ArrayList<>();
    for (String b : model.builtins()) {
      if (!checked.contains(b)) withoutData.add(b);
    }

    double factor = scale.auto() ? estimateFactor(groups, warnings) : scale.factor();
    List<PricedPoint> all = new ArrayList<>();
    List<BuiltinPricing> builtins = new ArrayList<>();
    for (Group g : groups) {
      List<PricedPoint> rel = new ArrayList<>(g.points.size());
      for (PricedPoint p : g.points) {
        rel.add(new PricedPoint(p.benchmark(), p.builtin(), p.line(), p.sizes(), p.measured(),
            p.measuredLower(), p.charged(), p.ratio(), p.ratio() / factor));
      }
      all.addAll(rel);
      PricedPoint worst = rel.stream().max(BY_RELATIVE).orElseThrow();
      int under = (int) rel.stream().filter(PricedPoint::underpriced).count();
      double median = median(rel.stream().mapToDouble(PricedPoint::relative).toArray());
      builtins.add(new BuiltinPricing(g.builtin, g.benchmark, g.tag, rel.size(), under, median,
          worst));
    }
    all.sort(BY_RELATIVE.reversed());
    builtins.sort(Comparator.comparingDouble(BuiltinPricing::worstRelative).reversed()
        .thenComparing(BuiltinPricing::builtin));
    return new PricingResult(scale, factor, overheads, all, builtins, unpriced, withoutData,
        warnings);
  }

  private static final Comparator<PricedPoint> BY_RELATIVE =
      Comparator.comparingDouble(PricedPoint::relative).thenComparing(PricedPoint::line,
          Comparator.reverseOrder());

  /** The cost-model name a benchmark group times: see Note [What a measured point is compared with]. */
  public static String builtinOf(String benchmark) {
    return benchmark.isEmpty() ? benchmark
        : Character.toLowerCase(benchmark.charAt(0)) + benchmark.substring(1);
  }

  private record Group(String benchmark, String builtin, String tag, List<PricedPoint> points) {}

  /** The builtin's argument count; for a name the evaluator does not know, the sizes given. */
  private static int arity(String builtin, List<BenchmarkRow> rows) {
    Optional<DefaultFun> f = DefaultFun.fromName(builtin);
    if (f.isPresent()) return Math.min(6, Math.max(1, f.get().arity()));
    BenchmarkRow r = rows.get(0);
    int n = 0;
    for (double s : new double[] {r.x(), r.y(), r.z(), r.u()}) {
      if (!Double.isNaN(s)) n++;
    }
    return Math.max(1, n);
  }

  private static long[] sizes(BenchmarkRow r) {
    double[] s = {r.x(), r.y(), r.z(), r.u()};
    int n = 0;
    while (n < s.length && !Double.isNaN(s[n])) n++;
    long[] out = new long[n];
    for (int i = 0; i < n; i++) out[i] = (long) s[i];
    return out;
  }

  /**
   * The charge for {@code sizes}, padded to six arguments; {@code Long.MIN_VALUE} if it depends on
   * a padded size (See Note [What a measured point is compared with]).
   */
  static long charge(CostModel cpu, long[] sizes) {
    long[] zeros = Arrays.copyOf(sizes, 6);
    long[] large = Arrays.copyOf(sizes, 6);
    Arrays.fill(large, sizes.length, 6, 1_000_003L);
    long a = cpu.cost(zeros);
    if (sizes.length < 6 && cpu.cost(large) != a) return Long.MIN_VALUE;
    return a;
  }

  private static double ratio(double measured, long charged) {
    if (charged > 0) return measured / charged;
    return measured > 0 ? Double.POSITIVE_INFINITY : 0;
  }

  /** See Note [Comparing times across machines]. */
  private static double estimateFactor(List<Group> groups, List<String> warnings) {
    List<Double> medians = new ArrayList<>();
    for (Group g : groups) {
      double[] r = g.points.stream().mapToDouble(PricedPoint::ratio)
          .filter(v -> v > 0 && Double.isFinite(v)).toArray();
      if (r.length > 0) medians.add(median(r));
    }
    if (medians.isEmpty()) {
      warnings.add("no point has a positive time and charge: machine factor taken as 1");
      return 1;
    }
    return median(medians.stream().mapToDouble(Double::doubleValue).toArray());
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    if (n == 0) return Double.NaN;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
