package io.plutuscalibrate.crosscheck;

import io.plutuscalibrate.measurements.sampler.ClockResolution;
import io.plutuscalibrate.measurements.sampler.PointMeasurement;
import io.plutuscalibrate.measurements.sampler.Sample;
import io.plutuscalibrate.measurements.sampler.Sampler;
import io.plutuscalibrate.measurements.sampler.SamplerSettings;
import io.plutuscalibrate.measurements.sampler.Summary;
import io.plutuscalibrate.measurements.sampler.TimeBase;
import io.plutuscalibrate.measurements.store.HostInfo;
import io.plutuscalibrate.measurements.sweep.SweepPoint;
import io.plutuscalibrate.measurements.sweep.SweepPoints;
import io.plutuscalibrate.measurements.target.EmbeddedTarget;
import io.plutuscalibrate.measurements.target.LoadedProgram;
import io.plutuscalibrate.models.SemanticsVariant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Measures a reference subset of points with the harness's sampler (all in this JVM, one after
 * the other, as a sweep does) and with JMH (a fresh fork per point), and prints a Markdown table
 * of the two estimates, their 95% intervals, their ratio and whether the intervals overlap: the
 * figures of docs/measurements.md.
 *
 * <pre>
 *   mvn -B -q -Pjmh -pl crosscheck -am package -DskipTests
 *   java -Xms1g -Xmx1g -XX:+AlwaysPreTouch -XX:+UseParallelGC -Xbatch \
 *       -cp 'crosscheck/target/crosscheck.jar:crosscheck/target/lib/*' io.plutuscalibrate.crosscheck.CrossCheck \
 *       [--iterations 10] [--warmup 5] [--seconds 1] [ID ...]
 * </pre>
 * (the harness side with the flags of a sweep's measuring JVM, Note [Measurement JVM] in
 * SweepCommand; the JMH forks with {@link #JMH_JVM_ARGS}).
 * <pre>
 * </pre>
 */
public final class CrossCheck {
  private CrossCheck() {}

  /** Groups of the reference subset: the middle quick-grid point of each. */
  static final List<String> REFERENCE_GROUPS = List.of("UnitTerm", "Nop1o", "Nop3o",
      "AddInteger", "MultiplyInteger", "DivideInteger", "EqualsByteString", "AppendByteString",
      "Sha2_256", "Blake2b_256", "VerifyEd25519Signature", "IfThenElse", "EqualsData",
      "MkCons", "Bls12_381_G1_add");

  /** The JMH forks' flags: the sweep's heap and collector, JMH's own (background) compilation. */
  static final String[] JMH_JVM_ARGS = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch",
      "-XX:+UseParallelGC"};

  private static Map<String, SweepPoint> points;

  static synchronized SweepPoint point(String id) {
    if (points == null) {
      points = new LinkedHashMap<>();
      for (SweepPoint p : SweepPoints.of("quick", 1, List.of(), SemanticsVariant.NEWEST)) {
        points.put(p.id(), p);
      }
    }
    SweepPoint p = points.get(id);
    if (p == null) throw new IllegalArgumentException("no point " + id + " in the quick grid");
    return p;
  }

  static List<String> reference() {
    point("UnitTerm/1"); // loads the points
    List<String> ids = new ArrayList<>();
    for (String g : REFERENCE_GROUPS) {
      List<String> of = points.values().stream().filter(p -> p.group().equals(g))
          .map(SweepPoint::id).toList();
      if (!of.isEmpty()) ids.add(of.get(of.size() / 2));
    }
    return ids;
  }

  public static void main(String[] args) throws Exception {
    int iterations = 10;
    int warmup = 5;
    double seconds = 1;
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--iterations" -> iterations = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--seconds" -> seconds = Double.parseDouble(args[++i]);
        default -> ids.add(args[i]);
      }
    }
    if (ids.isEmpty()) ids = reference();

    // The harness: default sweep settings at 1%, in one JVM, one point after the other.
    Sampler sampler = Sampler.create(SamplerSettings.defaults().withPrecision(0.01),
        ClockResolution.measure());
    EmbeddedTarget target = EmbeddedTarget.create(
        SweepPoints.machineParameters(SemanticsVariant.NEWEST), HostInfo.projectVersion());
    Map<String, Summary> ours = new LinkedHashMap<>();
    Map<String, Summary> oursWall = new LinkedHashMap<>();
    for (String id : ids) {
      try (LoadedProgram l = target.load(point(id).program().get())) {
        PointMeasurement m = sampler.measure(l, 10_000_000_000L, () -> false);
        ours.put(id, m.summary());
        // the same batches by the wall clock
        double[] wall = m.samples().stream().filter(Sample::used)
            .mapToDouble(x -> x.secondsPerEvaluation(TimeBase.WALL)).toArray();
        oursWall.put(id, Summary.of(wall));
        System.err.printf(Locale.ROOT, "harness %s: %.4g s [%.4g, %.4g]%n", id,
            m.summary().estimate(), m.summary().lower(), m.summary().upper());
      }
    }

    // JMH: a fork per point.
    StringBuilder table = new StringBuilder();
    table.append("| point | harness CPU (ns) | 95% | harness wall (ns) | 95% | JMH (ns) | JMH 95% |"
        + " CPU/JMH | overlap | wall/JMH | overlap |\n");
    table.append("|---|---:|---|---:|---|---:|---|---:|---|---:|---|\n");
    int overlapping = 0;
    int overlappingWall = 0;
    double logSum = 0;
    double logSumWall = 0;
    for (String id : ids) {
      Options opt = new OptionsBuilder()
          .include(PointBenchmark.class.getName())
          .param("id", id)
          .forks(1)
          .warmupIterations(warmup)
          .warmupTime(TimeValue.milliseconds((long) (seconds * 1000)))
          .measurementIterations(iterations)
          .measurementTime(TimeValue.milliseconds((long) (seconds * 1000)))
          .timeUnit(TimeUnit.NANOSECONDS)
          .jvmArgs(JMH_JVM_ARGS)
          .shouldFailOnError(true)
          .build();
      RunResult r = new Runner(opt).runSingle();
      Result<?> res = r.getPrimaryResult();
      double jmh = res.getScore();
      double[] ci = res.getStatistics().getConfidenceIntervalAt(0.95);
      Summary s = ours.get(id);
      Summary w = oursWall.get(id);
      boolean overlap = s.lower() * 1e9 <= ci[1] && ci[0] <= s.upper() * 1e9;
      boolean overlapWall = w.lower() * 1e9 <= ci[1] && ci[0] <= w.upper() * 1e9;
      if (overlap) overlapping++;
      if (overlapWall) overlappingWall++;
      logSum += Math.log(s.estimate() * 1e9 / jmh);
      logSumWall += Math.log(w.estimate() * 1e9 / jmh);
      table.append(String.format(Locale.ROOT,
          "| %s | %.1f | [%.1f, %.1f] | %.1f | [%.1f, %.1f] | %.1f | [%.1f, %.1f]"
              + " | %.3f | %s | %.3f | %s |%n",
          id, s.estimate() * 1e9, s.lower() * 1e9, s.upper() * 1e9,
          w.estimate() * 1e9, w.lower() * 1e9, w.upper() * 1e9, jmh, ci[0], ci[1],
          s.estimate() * 1e9 / jmh, overlap ? "yes" : "no",
          w.estimate() * 1e9 / jmh, overlapWall ? "yes" : "no"));
    }
    table.append(String.format(Locale.ROOT, "%nOverlapping intervals: CPU %d of %d, wall %d of %d;"
        + " geometric mean of the ratios: CPU/JMH %.3f, wall/JMH %.3f; load average at the end:"
        + " %.2f%n", overlapping, ids.size(), overlappingWall, ids.size(),
        Math.exp(logSum / ids.size()), Math.exp(logSumWall / ids.size()),
        HostInfo.loadAverage()));
    System.out.print(table);
  }
}
