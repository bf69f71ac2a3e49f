package io.plutuscalibrate.measurements.sweep;

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
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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

  private final Target target;
  private final Sampler sampler;
  private final RunDirectory run;
  private final SweepListener listener;
  private final AtomicBoolean stop;
  private final MachineCosts costs;

  private Sweep(Target target, Sampler sampler, RunDirectory run, SweepListener listener,
      AtomicBoolean stop, MachineCosts costs) {
    this.costs = costs;
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
        costs);
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
      Measured m = measure(p, pointBudget, config.retries());
      if (m == null) {
        interrupted = true;
        break;
      }
      run.append(m.record, m.samples);
      allotted += pointBudget;
      used += System.nanoTime() - pointStart;
      finished++;
      long now = System.nanoTime() - start;
      listener.pointFinished(m.record, doneBefore + finished, total, Duration.ofNanos(now),
          remaining(now, finished, left - 1));
    }
    boolean complete = !interrupted && doneBefore + finished == total;
    run.finish(complete ? "complete" : "interrupted");
    return new SweepOutcome(complete, total, finished, run.records(),
        Duration.ofNanos(System.nanoTime() - start));
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
