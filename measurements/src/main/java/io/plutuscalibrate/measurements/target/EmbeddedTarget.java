package io.plutuscalibrate.measurements.target;

import io.plutuscalibrate.measurements.sampler.Batch;
import io.plutuscalibrate.measurements.sampler.Blackhole;
import io.plutuscalibrate.measurements.sampler.GcMonitor;
import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.models.StepKind;
import io.plutuscalibrate.uplc.cek.CekMachine;
import io.plutuscalibrate.uplc.cek.EvaluationResult;
import io.plutuscalibrate.uplc.cek.MachineParameters;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.core.Term;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The embedded CEK machine as a target: batches run in this JVM, timed with
 * {@link System#nanoTime} and the thread's CPU time around the loop (Note [Which clock] in
 * TimeBase), collections detected by the collectors' counts. The
 * protocol server ({@link ProtocolServer}) times with this same loop, so that the process target
 * and the embedded one differ only in the process they run in.
 */
public final class EmbeddedTarget implements Target {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final CompilationMXBean JIT = compilationBean();

  private final CekMachine machine;
  private final TargetInfo info;
  private final Blackhole blackhole = new Blackhole();

  private EmbeddedTarget(CekMachine machine, TargetInfo info) {
    this.machine = machine;
    this.info = info;
  }

  /**
   * A target evaluating with {@code parameters}; {@code version} is the project's version, for
   * the manifest.
   */
  public static EmbeddedTarget create(MachineParameters parameters, String version) {
    Objects.requireNonNull(parameters);
    TargetInfo info = new TargetInfo("embedded", "plutus-calibrate CEK machine",
        Objects.requireNonNull(version), parameters.variant().name(), List.of(), List.of(),
        "in-process", 0);
    return new EmbeddedTarget(CekMachine.create(parameters), info);
  }

  @Override
  public TargetInfo info() {
    return info;
  }

  @Override
  public Loaded load(Program program) {
    return load(program, null);
  }

  /** Loads {@code program} to be evaluated under {@code limit} (null: none) in every batch. */
  public Loaded load(Program program, ExBudget limit) {
    Term term = program.term();
    return new Loaded(term, limit, evaluation(machine.evaluate(term, limit)));
  }

  @Override
  public void close() {}

  private static CompilationMXBean compilationBean() {
    CompilationMXBean c = ManagementFactory.getCompilationMXBean();
    return c != null && c.isCompilationTimeMonitoringSupported() ? c : null;
  }

  /** The current thread's CPU time, or -1; see Note [Which clock] in TimeBase. */
  private static long cpuTime() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
  }

  /** A target's view of the machine's result. */
  static Evaluation evaluation(EvaluationResult r) {
    Map<String, Long> steps = new LinkedHashMap<>();
    for (StepKind k : StepKind.values()) {
      steps.put(k.name().toLowerCase(Locale.ROOT), r.tally().steps(k));
    }
    if (r instanceof EvaluationResult.Success) {
      return new Evaluation(Evaluation.SUCCESS, r.spent(), steps, "");
    } else if (r instanceof EvaluationResult.Failure f) {
      return new Evaluation(Evaluation.FAILURE, r.spent(), steps, f.reason());
    }
    return new Evaluation(Evaluation.OUT_OF_BUDGET, r.spent(), steps, "");
  }

  /** A loaded program: the term and the result of its checking evaluation. */
  public final class Loaded implements LoadedProgram {
    private final Term term;
    private final ExBudget limit;
    private final Evaluation check;

    private Loaded(Term term, ExBudget limit, Evaluation check) {
      this.term = term;
      this.limit = limit;
      this.check = check;
    }

    @Override
    public Evaluation check() {
      return check;
    }

    /** See Note [Sampling method] in Sampler: the loop, the fold into the blackhole, the GC check. */
    @Override
    public Batch run(int repetitions) {
      CekMachine m = machine;
      Term t = term;
      ExBudget l = limit;
      long acc = 0;
      long gc0 = GcMonitor.collections();
      long cpu0 = cpuTime();
      long start = System.nanoTime();
      for (int i = 0; i < repetitions; i++) {
        acc += m.evaluate(t, l).spent().cpu();
      }
      long end = System.nanoTime();
      long cpu1 = cpuTime();
      long gc1 = GcMonitor.collections();
      blackhole.consume(acc);
      return new Batch(repetitions, end - start, cpu0 < 0 || cpu1 < cpu0 ? -1 : cpu1 - cpu0,
          gc1 != gc0);
    }

    @Override
    public void collectGarbage() {
      System.gc();
    }

    @Override
    public long compilationMillis() {
      return JIT == null ? -1 : JIT.getTotalCompilationTime();
    }

    @Override
    public void close() {}
  }
}
