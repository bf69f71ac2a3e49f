package io.plutuscalibrate.measurements.store;

import io.plutuscalibrate.measurements.sampler.PointMeasurement;
import io.plutuscalibrate.measurements.sampler.Summary;
import io.plutuscalibrate.measurements.target.Evaluation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One finished point as the run's journal ({@code points.csv}) records it: the point, whether it
 * was measured, its summary and how it was obtained. The journal is the run's record of which
 * points are done; see Note [Run directory] in {@link RunDirectory}.
 *
 * @param id the point's id, unique in the sweep
 * @param name its name in benching.csv
 * @param group its group (builtin, UnitTerm, MachineSteps, ...)
 * @param kind its workload kind
 * @param status whether it was measured
 * @param summary the summary of its samples (null unless measured)
 * @param repetitions evaluations per measured batch
 * @param gcDiscarded measured batches discarded because of a collection
 * @param gcKept used batches disturbed by a collection that could not be avoided
 * @param warmupSteady whether warm-up ended steady
 * @param stop why sampling stopped (empty unless measured)
 * @param seconds wall time spent on the point, all attempts
 * @param cpu the budget its evaluation spent (CPU), -1 if unknown
 * @param mem the budget its evaluation spent (memory), -1 if unknown
 * @param attempts how many times it was tried
 * @param message why it failed (on one line), or empty
 * @param builtinCpu the part of {@code cpu} charged for builtin calls (what remains after the
 *     machine steps and startup at the machine costs the sweep assumed), -1 if unknown
 * @param steps the machine steps of each kind its evaluation took (keys as in Evaluation),
 *     empty if unknown
 * @param sentinel the sweep's sentinel around the point (seconds per unit of its work, the slower
 *     of the checks just before and just after the point): how fast the machine was running; NaN
 *     when not checked (see Note [Interference] in Sweep)
 */
public record PointRecord(String id, String name, String group, String kind, Status status,
    Summary summary, int repetitions, int gcDiscarded, int gcKept, boolean warmupSteady,
    String stop, double seconds, long cpu, long mem, int attempts, String message,
    long builtinCpu, Map<String, Long> steps, double sentinel) {

  /** Whether a point was measured. */
  public enum Status {
    /** Measured: it has a row in benching.csv (or steps.csv: see {@link #inBenching()}). */
    OK,
    /** The target failed on it after every retry, or its evaluation failed. */
    FAILED,
    /** The target cannot run it (no encoding carries it, or a capability is missing). */
    UNSUPPORTED
  }

  static final List<String> HEADER = List.of("id", "name", "group", "kind", "status", "t",
      "t.mean.lb", "t.mean.ub", "t.sd", "t.sd.lb", "t.sd.ub", "samples", "repetitions",
      "relative_half_width", "gc_discarded", "gc_kept", "warmup_steady", "stop", "seconds",
      "cpu", "mem", "attempts", "message", "builtin_cpu", "steps", "sentinel");

  public PointRecord {
    Objects.requireNonNull(id);
    Objects.requireNonNull(name);
    Objects.requireNonNull(group);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(status);
    Objects.requireNonNull(stop);
    // one line, so that every journal row is one line of the file
    message = message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
    if ((status == Status.OK) != (summary != null)) {
      throw new IllegalArgumentException("a summary exactly when the status is OK");
    }
  }

  /** A measured point. */
  public static PointRecord measured(String id, String name, String group, String kind,
      PointMeasurement m, Evaluation check, long builtinCpu, double seconds, int attempts) {
    return new PointRecord(id, name, group, kind, Status.OK, m.summary(), m.repetitions(),
        m.gcDiscarded(), m.gcKept(), m.warmupSteady(), m.stop().name().toLowerCase(Locale.ROOT),
        seconds, check.budget().cpu(), check.budget().mem(), attempts, "", builtinCpu,
        check.steps(), Double.NaN);
  }

  /** This record with the sentinel's time around it. */
  public PointRecord withSentinel(double seconds) {
    return new PointRecord(id, name, group, kind, status, summary, repetitions, gcDiscarded,
        gcKept, warmupSteady, stop, this.seconds, cpu, mem, attempts, message, builtinCpu, steps,
        seconds);
  }

  /** A point that could not be measured. */
  public static PointRecord notMeasured(String id, String name, String group, String kind,
      Status status, double seconds, int attempts, String message) {
    return new PointRecord(id, name, group, kind, status, null, 0, 0, 0, false, "", seconds, -1,
        -1, attempts, message, -1, Map.of(), Double.NaN);
  }

  /** Whether the point was measured and reached {@code precision}. */
  public boolean reached(double precision) {
    return summary != null && summary.relativeHalfWidth() <= precision;
  }

  String toCsv() {
    List<String> f = new ArrayList<>(HEADER.size());
    f.add(id);
    f.add(name);
    f.add(group);
    f.add(kind);
    f.add(status.name().toLowerCase(Locale.ROOT));
    if (summary != null) {
      f.add(Csv.number(summary.estimate()));
      f.add(Csv.number(summary.lower()));
      f.add(Csv.number(summary.upper()));
      f.add(Csv.number(summary.sd()));
      f.add(Csv.number(summary.sdLower()));
      f.add(Csv.number(summary.sdUpper()));
      f.add(Integer.toString(summary.samples()));
    } else {
      for (int i = 0; i < 7; i++) f.add("");
    }
    f.add(Integer.toString(repetitions));
    f.add(summary == null ? "" : Csv.number(summary.relativeHalfWidth()));
    f.add(Integer.toString(gcDiscarded));
    f.add(Integer.toString(gcKept));
    f.add(Boolean.toString(warmupSteady));
    f.add(stop);
    f.add(String.format(Locale.ROOT, "%.3f", seconds));
    f.add(Long.toString(cpu));
    f.add(Long.toString(mem));
    f.add(Integer.toString(attempts));
    f.add(message);
    f.add(Long.toString(builtinCpu));
    StringBuilder st = new StringBuilder();
    steps.forEach((k, v) -> st.append(st.length() == 0 ? "" : ";").append(k).append('=').append(v));
    f.add(st.toString());
    f.add(Double.isNaN(sentinel) ? "" : Csv.number(sentinel));
    return Csv.row(f);
  }

  /**
   * Parses a journal row; null when it is not a complete row (a torn write). Rows of journals
   * written before the sentinel column existed have one column less.
   */
  static PointRecord fromCsv(String line, double confidence) {
    List<String> f = Csv.split(line);
    if (f == null || (f.size() != HEADER.size() && f.size() != HEADER.size() - 1)) return null;
    try {
      Status status = Status.valueOf(f.get(4).toUpperCase(Locale.ROOT));
      Summary summary = null;
      if (status == Status.OK) {
        summary = new Summary(Integer.parseInt(f.get(11)), Double.parseDouble(f.get(5)),
            Double.parseDouble(f.get(6)), Double.parseDouble(f.get(7)),
            Double.parseDouble(f.get(8)), Double.parseDouble(f.get(9)),
            Double.parseDouble(f.get(10)), confidence);
      }
      return new PointRecord(f.get(0), f.get(1), f.get(2), f.get(3), status, summary,
          Integer.parseInt(f.get(12)), Integer.parseInt(f.get(14)), Integer.parseInt(f.get(15)),
          Boolean.parseBoolean(f.get(16)), f.get(17), Double.parseDouble(f.get(18)),
          Long.parseLong(f.get(19)), Long.parseLong(f.get(20)), Integer.parseInt(f.get(21)),
          f.get(22), Long.parseLong(f.get(23)), parseSteps(f.get(24)),
          f.size() > 25 && !f.get(25).isEmpty() ? Double.parseDouble(f.get(25)) : Double.NaN);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Map<String, Long> parseSteps(String text) {
    Map<String, Long> m = new LinkedHashMap<>();
    if (text.isEmpty()) return m;
    for (String kv : text.split(";")) {
      int eq = kv.indexOf('=');
      if (eq < 0) throw new IllegalArgumentException("bad steps " + text);
      m.put(kv.substring(0, eq), Long.parseLong(kv.substring(eq + 1)));
    }
    return m;
  }

  /**
   * The point's row in steps.csv (Note [Script measurement files] in the models' fit package:
   * script, t, builtin_cpu, then the step counts) if it is a measured machine-step or script
   * point with step counts; else null.
   */
  String stepsRow() {
    if (summary == null || steps.isEmpty() || builtinCpu < 0) return null;
    if (!isStepsKind()) return null;
    List<String> f = new ArrayList<>();
    f.add(id);
    f.add(Csv.number(summary.estimate()));
    f.add(Csv.number(summary.lower()));
    f.add(Csv.number(summary.upper()));
    f.add(Long.toString(builtinCpu));
    for (String k : STEP_COLUMNS) f.add(Long.toString(steps.getOrDefault(k, 0L)));
    return Csv.row(f);
  }

  /**
   * Whether the point belongs in benching.csv: builtin and overhead points, named as criterion
   * names them ({@code Name/size/...}). Machine-step and script points are whole programs
   * without sizes and go to steps.csv only (Note [Run directory] in {@link RunDirectory}).
   */
  boolean inBenching() {
    return !isStepsKind();
  }

  private boolean isStepsKind() {
    return kind.equals("MACHINE_STEP") || kind.equals("SCRIPT");
  }

  static final List<String> STEP_COLUMNS = List.of("startup", "var", "const", "lam", "delay",
      "force", "apply", "builtin", "constr", "case");

  /** The point's benching.csv row (criterion's columns); only for measured points. */
  String benchingRow() {
    if (summary == null) throw new IllegalStateException(id + " was not measured");
    return Csv.row(List.of(name, Csv.number(summary.estimate()), Csv.number(summary.lower()),
        Csv.number(summary.upper()), Csv.number(summary.sd()), Csv.number(summary.sdLower()),
        Csv.number(summary.sdUpper())));
  }
}
