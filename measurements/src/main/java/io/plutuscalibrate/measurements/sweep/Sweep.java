package io.plutuscalibrate.measurements.sweep;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.measurements.sampler.PointMeasurement;
import io.plutuscalibrate.measurements.sampler.Sample;
import io.plutuscalibrate.measurements.sampler.Sampler;
import io.plutuscalibrate.measurements.sampler.StopReason;
import io.plutuscalibrate.measurements.store.PointRecord;
import io.plutuscalibrate.measurements.store.RunConfig;
import io.plutuscalibrate.measurements.store.RunDirectory;
import io.plutuscalibrate.measurements.target.Evaluation;
import io.plutuscalibrate.measurements.target.LoadedProgram;
import io.plutuscalibrate.measurements.target.Target;
import io.plutuscalibrate.measurements.target.TargetException;
import io.plutuscalibrate.models.MachineCosts;
import io.plutuscalibrate.models.StepKind;
import io.plutuscalibrate.uplc.core.Program;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Measures the points of a sweep one after the other on a target and records each in the run
 * directory as it finishes.
 *
 * <p>Note [Time budget]: a session shares its budget among the points it has left: each point is
 * given what remains of the budget divided by the points that remain, divided again by the share of
 * their allotment that the points so far have used (most reach their precision early; the share is
 * taken to be at least a quarter), at least {@link #MIN_POINT_TIME} and at most the configured
 * maximum. Time a fast point does not use thus goes to the points after it, and the first points
 * are not starved for fear that every point will use all it is given (the first default sweep, with
 * an even share, finished 7 of its 20 minutes early with 306 points short of their precision, most
 * of them among the first). A resumed session's budget is the configured one scaled by the share of
 * points left. When the budget is spent, points still get their minimum number of samples
 * (Note [Sampling method] in {@link Sampler}): a sweep never skips points to keep to its budget,
 * so the budget can be overrun by what that minimum costs.
 *
 * <p>Note [Session warm-up]: before its first point a session runs a mix of the points (up to
 * {@value #WARMUP_POINTS}, spread over the sweep) in turn, in batches of growing size, for {@link
 * RunConfig#jvmWarmup} and then until the JIT compiler has been idle for a second (where the target
 * can tell), for at most three times as long in all. The machine's loop is the same code for every
 * point; compiling it once on a mix, before anything is measured, gives it the profile of a mixed
 * workload (as in a node) rather than the profile of whichever point comes first, and takes the
 * first points out of the JIT's busiest time. Each point still warms up on its own
 * (Note [Sampling method]).
 *
 * <p>Note [Interference]: on this project's machine (2 vCPUs of a shared AMD EPYC host) there are
 * stretches of a few seconds to a minute and a half during which everything runs 30 to 60%
 * slower: compiled Java code and the native blst code of the BLS builtins alike, timed by the
 * thread's CPU clock, with nothing else running in the guest (seven quick sweeps of one build on
 * the idle machine: four had such a stretch; seven kinds of work timed side by side for four
 * minutes: slow from 30 to 50 s, 108 to 198 s and 220 s to the end). The CPU clock cannot remove
 * it: the core itself is slower (another tenant on the host), not the thread waiting. Every point
 * measured in such a stretch is off by as much, with an interval of 2% around the wrong value,
 * and a sweep has a stretch of contiguous builtins 20 to 60% slow: this, not the JIT, was most of
 * the differences between sessions first put down to the JIT (docs/measurements.md). So the
 * sweep watches the machine: with a sentinel
 * (a fixed piece of work; {@link Sentinel}) it times a check of about 15 ms before and after
 * every point and records the slower of the two with the point (the journal's {@code sentinel}
 * column); a low percentile of the session's checks is the machine's undisturbed speed.
 * <ul>
 *   <li>When the check before a point is more than {@value #TOLERANCE_PERCENT}% slower than the
 *   reference, the sweep waits, checking every {@value #WAIT_STEP_MILLIS} ms, for at most {@link
 *   #MAX_WAIT_PER_POINT} per point and {@value #WAIT_SHARE_PERCENT}% of the time budget in all,
 *   then measures anyway.</li>
 *   <li>When all points are done, those whose sentinel was more than {@value
 *   #TOLERANCE_PERCENT}% slower than the session's reference at the end (which may have been found
 *   only after them, when the session began in a stretch) are measured again, worst first, for
 *   at most {@value #REPAIR_SHARE_PERCENT}% of the time budget, each after waiting as above; the
 *   new measurement replaces the old one when its sentinel was faster (RunDirectory.replace).
 *   </li>
 * </ul>
 * The tolerance sits above most of the checks' own spread on an undisturbed machine (the slower
 * of the two checks around a point: 3% above the reference at the median, 9% at the 95th
 * percentile, 12% at the 99th) and well below the stretches; 15% was tried first and let milder
 * stretches through that moved a few builtins by 8-10% (docs/measurements.md). What is left after the caps, points measured while the machine was
 * slow, is in the journal and counted in the manifest's session entry ({@code sentinel}).
 *
 * <p>A target that breaks on a point (crash, hang, garbage; Note [Evaluator failures] in
 * ProcessTarget) is restarted by the next load and the point is tried again, up to
 * {@link RunConfig#retries} more times; then it is recorded as failed and the sweep goes on. A
 * point the target refuses, cannot be sent, or whose evaluation fails is recorded at once.
 */
public final class Sweep {
  /** The least time a point is given, even when the budget is spent. */
  public static final Duration MIN_POINT_TIME = Duration.ofMillis(50);

  /** How many points the session warm-up mixes; see Note [Session warm-up]. */
  public static final int WARMUP_POINTS = 24;

  /** A sentinel check this much slower than the reference means a disturbed machine. */
  static final int TOLERANCE_PERCENT = 10;

  static final int WAIT_STEP_MILLIS = 250;

  static final Duration MAX_WAIT_PER_POINT = Duration.ofSeconds(60);

  static final int WAIT_SHARE_PERCENT = 100;

  static final int REPAIR_SHARE_PERCENT = 25;

  /**
   * Checks made after the session warm-up, before the first point (about 0.6 s): enough for the
   * JIT to have compiled the sentinel's work, so that later checks are not faster for that.
   */
  static final int FIRST_CHECKS = 40;

  private final Target target;
  private final Sampler sampler;
  private final RunDirectory run;
  private final SweepListener listener;
  private final AtomicBoolean stop;
  private final MachineCosts costs;
  private final Sentinel sentinel;

  private Sweep(Target target, Sampler sampler, RunDirectory run, SweepListener listener,
      AtomicBoolean stop, MachineCosts costs, Sentinel sentinel) {
    this.costs = costs;
    this.sentinel = sentinel;
    this.target = target;
    this.sampler = sampler;
    this.run = run;
    this.listener = listener;
    this.stop = stop;
  }

  /**
   * A sweep on {@code target} into {@code run}; setting {@code stop} ends it after the point in
   * flight is abandoned (that point is not recorded, and is measured again on resume).
   * {@code costs} are the machine costs the target charges steps with (null: unknown), from
   * which each point's charge for builtin calls is worked out for steps.csv.
   */
  public static Sweep on(Target target, Sampler sampler, RunDirectory run, SweepListener listener,
      AtomicBoolean stop, MachineCosts costs) {
    return new Sweep(Objects.requireNonNull(target), Objects.requireNonNull(sampler),
        Objects.requireNonNull(run), Objects.requireNonNull(listener), Objects.requireNonNull(stop),
        costs, null);
  }

  /** This sweep watching the machine's speed with a {@link Sentinel}; see Note [Interference]. */
  public Sweep watchingTheMachine() {
    return watchingTheMachine(Sentinel.of(sampler.settings().clock()));
  }

  /** This sweep watching the machine with {@code s}. */
  Sweep watchingTheMachine(Sentinel s) {
    return new Sweep(target, sampler, run, listener, stop, costs, Objects.requireNonNull(s));
  }

  /** The budget charged for builtin calls: all of it but startup and steps; -1 if unknown. */
  static long builtinCpu(Evaluation e, MachineCosts costs) {
    if (costs == null || e.steps().isEmpty()) return -1;
    long rest = e.budget().cpu();
    for (StepKind k : StepKind.values()) {
      Long n = e.steps().get(k.name().toLowerCase(Locale.ROOT));
      if (n == null) return -1;
      rest -= n * costs.get(k).cpu();
    }
    return rest;
  }

  /**
   * Measures those of {@code points} (the whole sweep, already cut to this run's shard) that the
   * run has not finished; records the session's end in the manifest.
   */
  public SweepOutcome run(List<SweepPoint> points) throws IOException {
    RunConfig config = run.config();
    List<SweepPoint> todo = new ArrayList<>();
    for (SweepPoint p : points) if (!run.isDone(p.id())) todo.add(p);
    int total = points.size();
    int doneBefore = total - todo.size();
    listener.started(total, doneBefore);
    if (!todo.isEmpty()) warmUp(todo, config.jvmWarmup().toNanos());
    long budget = total == 0 ? 0 : config.timeBudget().toNanos() / total * todo.size();
    Watch watch = watch(todo.isEmpty() ? null : sentinel, budget);
    List<String> measuredNow = new ArrayList<>();
    long start = System.nanoTime();
    int finished = 0;
    double allotted = 0;
    double used = 0;
    boolean interrupted = false;
    for (int i = 0; i < todo.size(); i++) {
      if (stop.get()) {
        interrupted = true;
        break;
      }
      SweepPoint p = todo.get(i);
      long elapsed = System.nanoTime() - start;
      int left = todo.size() - i;
      double usage = allotted > 0 ? Math.max(0.25, Math.min(1.0, used / allotted)) : 1.0;
      long pointBudget = Math.max(MIN_POINT_TIME.toNanos(),
          Math.min(config.maxPointTime().toNanos(), (long) ((budget - elapsed) / left / usage)));
      long pointStart = System.nanoTime();
      listener.pointStarted(p, doneBefore + i + 1, total, Duration.ofNanos(elapsed),
          remaining(elapsed, finished, left));
      double before = watch.before(p);
      Measured m = measure(p, pointBudget, config.retries());
      if (m == null) {
        interrupted = true;
        break;
      }
      run.append(m.record.withSentinel(watch.after(before)), m.samples);
      measuredNow.add(p.id());
      allotted += pointBudget;
      used += System.nanoTime() - pointStart;
      finished++;
      long now = System.nanoTime() - start;
      listener.pointFinished(m.record, doneBefore + finished, total, Duration.ofNanos(now),
          remaining(now, finished, left - 1));
    }
    boolean complete = !interrupted && doneBefore + finished == total;
    if (complete && watch.on()) repair(todo, measuredNow, watch, budget);
    watch.describe(run);
    run.finish(complete ? "complete" : "interrupted");
    return new SweepOutcome(complete, total, finished, run.records(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Measures again, worst first, the points of this session whose sentinel was slower than the
   * tolerance allows, and keeps the new measurement where its sentinel was faster; see Note
   * [Interference]. Stops at its share of the budget or when the sweep is stopped.
   */
  private void repair(List<SweepPoint> todo, List<String> measuredNow, Watch watch, long budget)
      throws IOException {
    Map<String, SweepPoint> byId = new HashMap<>();
    todo.forEach(p -> byId.put(p.id(), p));
    Set<String> now = new HashSet<>(measuredNow);
    List<PointRecord> disturbed = new ArrayList<>();
    for (PointRecord r : run.records()) {
      if (now.contains(r.id()) && r.status() == PointRecord.Status.OK
          && watch.disturbed(r.sentinel())) {
        disturbed.add(r);
      }
    }
    disturbed.sort((a, b) -> Double.compare(b.sentinel(), a.sentinel()));
    watch.disturbedAfterSweep = disturbed.size();
    long end = System.nanoTime() + budget / 100 * REPAIR_SHARE_PERCENT;
    int k = 0;
    for (PointRecord old : disturbed) {
      if (stop.get() || System.nanoTime() >= end) break;
      SweepPoint p = byId.get(old.id());
      listener.remeasuring(p, watch.ratio(old.sentinel()), ++k, disturbed.size());
      double before = watch.before(p);
      long pointBudget = Math.max(MIN_POINT_TIME.toNanos(), Math.min(
          run.config().maxPointTime().toNanos(), (long) (old.seconds() * 1e9)));
      Measured m = measure(p, pointBudget, run.config().retries());
      if (m == null) break;
      double sentinel = watch.after(before);
      watch.remeasured++;
      if (m.record.status() == PointRecord.Status.OK
          && watch.ratio(sentinel) < watch.ratio(old.sentinel())) {
        run.replace(m.record.withSentinel(sentinel), m.samples);
        watch.replaced++;
      }
    }
  }

  /**
   * The sentinel's watch over a session with {@code budget}, its work compiled and its reference
   * found before the first point; off when {@code s} is null.
   */
  private Watch watch(Sentinel s, long budget) {
    if (s == null) return new Watch(null, 0);
    Watch w = new Watch(s, budget / 100 * WAIT_SHARE_PERCENT);
    for (int i = 0; i < FIRST_CHECKS; i++) w.check();
    return w;
  }

  /**
   * The sentinel's state for one session (Note [Interference]); off when the sweep has no
   * sentinel.
   */
  private final class Watch {
    private final Sentinel sentinel;
    private final long waitAllowance;
    private long waited;
    int disturbedAfterSweep;
    int remeasured;
    int replaced;

    private Watch(Sentinel sentinel, long waitAllowance) {
      this.sentinel = sentinel;
      this.waitAllowance = waitAllowance;
    }

    boolean on() {
      return sentinel != null;
    }

    /** Checks before {@code p}, waiting while the machine is disturbed; NaN when off. */
    double before(SweepPoint p) {
      if (!on()) return Double.NaN;
      double t = check();
      long limit = Math.min(MAX_WAIT_PER_POINT.toNanos(), waitAllowance - waited);
      if (!disturbed(t) || limit <= 0) return t;
      double first = ratio(t);
      long waitStart = System.nanoTime();
      while (disturbed(t) && !stop.get() && System.nanoTime() - waitStart < limit) {
        try {
          Thread.sleep(WAIT_STEP_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
        t = check();
      }
      long w = System.nanoTime() - waitStart;
      waited += w;
      listener.waited(p, first, ratio(t), Duration.ofNanos(w));
      return t;
    }

    /** Checks after a point: the slower of this and {@code before}; NaN when off. */
    double after(double before) {
      if (!on()) return Double.NaN;
      double t = check();
      return Double.isNaN(before) ? t : Math.max(before, t);
    }

    boolean disturbed(double sentinelSeconds) {
      return ratio(sentinelSeconds) > 1 + TOLERANCE_PERCENT / 100.0;
    }

    double ratio(double sentinelSeconds) {
      return sentinel == null ? Double.NaN : sentinel.ratio(sentinelSeconds);
    }

    private double check() {
      return sentinel.check();
    }

    /** Puts what the sentinel saw in this session's manifest entry. */
    void describe(RunDirectory run) {
      if (sentinel == null) return;
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      o.put("toleranceRatio", 1 + TOLERANCE_PERCENT / 100.0);
      o.put("checks", sentinel.checks());
      o.put("referenceSeconds", sentinel.reference());
      o.put("waitedSeconds", waited / 1e9);
      o.put("disturbedPoints", disturbedAfterSweep);
      o.put("remeasured", remeasured);
      o.put("replaced", replaced);
      o.put("disturbedAtEnd", run.records().stream()
          .filter(r -> r.status() == PointRecord.Status.OK && disturbed(r.sentinel())).count());
      run.sessionInfo("sentinel", o);
    }
  }

  /** See Note [Session warm-up]; failures here are left for the points' own measurement. */
  private void warmUp(List<SweepPoint> todo, long nanos) {
    if (nanos <= 0) return;
    long begin = System.nanoTime();
    long end = begin + 3 * nanos;
    long least = begin + nanos;
    int step = Math.max(1, todo.size() / WARMUP_POINTS);
    List<LoadedProgram> loaded = new ArrayList<>();
    try {
      for (int i = 0; i < todo.size() && loaded.size() < WARMUP_POINTS; i += step) {
        if (stop.get() || System.nanoTime() >= end) break;
        try {
          LoadedProgram l = target.load(todo.get(i).program().get());
          if (l.check().isSuccess()) loaded.add(l); else l.close();
        } catch (TargetException | RuntimeException e) {
          // measured (and reported) when its turn comes
        }
      }
      int reps = 1;
      long compiled = -1;
      long quietSince = System.nanoTime();
      while (!loaded.isEmpty() && !stop.get() && System.nanoTime() < end) {
        for (LoadedProgram l : loaded) {
          if (stop.get() || System.nanoTime() >= end) break;
          try {
            l.run(reps);
          } catch (TargetException e) {
            return;
          }
        }
        reps = Math.min(reps * 2, 1 << 12);
        long c = loaded.get(0).compilationMillis();
        long now = System.nanoTime();
        if (c != compiled) {
          compiled = c;
          quietSince = now;
        }
        if (now >= least && (c < 0 || now - quietSince >= 1_000_000_000L)) break;
      }
    } finally {
      loaded.forEach(LoadedProgram::close);
    }
  }

  private static Duration remaining(long elapsed, int finished, int left) {
    if (finished == 0) return null;
    return Duration.ofNanos(elapsed / finished * left);
  }

  private record Measured(PointRecord record, List<Sample> samples) {}

  /** The point measured, or null when the sweep was stopped meanwhile. */
  private Measured measure(SweepPoint p, long budget, int retries) {
    long t0 = System.nanoTime();
    int attempts = 0;
    while (true) {
      attempts++;
      Program program;
      try {
        program = p.program().get();
      } catch (RuntimeException e) {
        return failed(p, PointRecord.Status.FAILED, t0, attempts,
            "cannot build its program: " + e);
      }
      try (LoadedProgram loaded = target.load(program)) {
        Evaluation check = loaded.check();
        if (!check.isSuccess()) {
          return failed(p, PointRecord.Status.FAILED, t0, attempts, "its evaluation ended in "
              + check.result() + (check.reason().isEmpty() ? "" : ": " + check.reason()));
        }
        PointMeasurement m = sampler.measure(loaded, budget, stop::get);
        if (m.stop() == StopReason.CANCELLED) return null;
        if (!(m.summary().estimate() > 0)) {
          return failed(p, PointRecord.Status.FAILED, t0, attempts, "its time per evaluation came"
              + " out as " + m.summary().estimate() + " s: the batches were too short to time"
              + " (with round-trip timing: not longer than the protocol overhead)");
        }
        PointRecord r = PointRecord.measured(p.id(), p.name(), p.group(), p.kind(), m, check,
            builtinCpu(check, costs), seconds(t0), attempts);
        return new Measured(r, m.samples());
      } catch (TargetException e) {
        if (stop.get()) return null;
        if (!e.kind().targetBroken()) {
          return failed(p, e.kind() == TargetException.Kind.UNSUPPORTED
              ? PointRecord.Status.UNSUPPORTED : PointRecord.Status.FAILED, t0, attempts,
              e.getMessage());
        }
        if (attempts > retries) {
          return failed(p, PointRecord.Status.FAILED, t0, attempts, e.getMessage());
        }
        listener.retrying(p, attempts + 1, e.getMessage());
      }
    }
  }

  private static Measured failed(SweepPoint p, PointRecord.Status status, long t0, int attempts,
      String message) {
    return new Measured(PointRecord.notMeasured(p.id(), p.name(), p.group(), p.kind(), status,
        seconds(t0), attempts, message), List.of());
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
