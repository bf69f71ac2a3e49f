package io.plutuscalibrate.measurements.sweep;

import io.plutuscalibrate.measurements.sampler.Batch;
import io.plutuscalibrate.measurements.sampler.BatchRunner;
import io.plutuscalibrate.measurements.sampler.Blackhole;
import io.plutuscalibrate.measurements.sampler.TimeBase;
import io.plutuscalibrate.measurements.target.TargetException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A fixed piece of work timed between the points of a sweep, to see whether the machine is
 * running at its usual speed; see Note [Interference] in {@link Sweep}.
 *
 * <p>The work is plain Java in the sweep's own JVM, not a program on the target: a program on
 * the embedded machine was tried first and its time after a point depended on what that point
 * had left in the JIT's profile of the machine loop (checks right after some points ran 1.6
 * times slower with the machine undisturbed), which is what a sentinel must not see. A unit of
 * work multiplies two 1024-bit integers, follows 256 links of a random cycle through a 64 KB
 * array and allocates a list of 32 cells: about 1.5 us. Which work was measured: seven kinds timed
 * side by side every few seconds for four minutes on the idle machine (docs/measurements.md)
 * went through the same disturbed stretches, in which the embedded machine evaluating a script
 * took 1.4 to 1.6 times its usual time, BigInteger multiplication 1.4 to 1.5, the pointer chase
 * 1.35 to 1.4, allocation 1.4 to 1.55, but SHA-256 (done by the CPU's SHA instructions) only 1.1
 * to 1.2: a first sentinel that hashed too missed a third of the slowdown and let a session 30%
 * slow pass. A check runs {@link #BATCHES} batches of about
 * {@link #BATCH_NANOS} and takes their median time per unit, by the sweep's clock. The
 * reference is the {@value #REFERENCE_PERCENTILE}th percentile of the session's checks so far:
 * {@link #ratio} says how much slower a check was than that. (The fastest check was tried first:
 * the least of a thousand checks is an outlier, 5% below the typical undisturbed check, and half
 * the checks of an undisturbed session then looked disturbed.) A check costs about 15 ms.
 */
public final class Sentinel {
  /** Batches per check; the median of 7 ignores up to 3 disturbed ones. */
  static final int BATCHES = 7;

  /** The length of a batch the repetitions are chosen for. */
  static final long BATCH_NANOS = 2_000_000;

  /** The share of checks faster than the reference, in percent. */
  static final int REFERENCE_PERCENTILE = 10;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final TimeBase clock;
  private final BatchRunner work;
  private int repetitions;
  private double[] history = new double[256];
  private int checks;
  private double reference = Double.NaN;

  private Sentinel(TimeBase clock, BatchRunner work) {
    this.clock = clock;
    this.work = work;
  }

  /** A sentinel timed by {@code clock}. */
  public static Sentinel of(TimeBase clock) {
    return new Sentinel(Objects.requireNonNull(clock), new Work());
  }

  /** A sentinel timing other work (tests simulate a disturbed machine with it). */
  static Sentinel of(TimeBase clock, BatchRunner work) {
    return new Sentinel(Objects.requireNonNull(clock), Objects.requireNonNull(work));
  }

  /** Times the work once more: its seconds per unit, the median of the batches. */
  public double check() {
    if (repetitions == 0) repetitions = calibrate();
    double[] t = new double[BATCHES];
    for (int i = 0; i < BATCHES; i++) t[i] = run(repetitions).secondsPerEvaluation(clock);
    Arrays.sort(t);
    double median = t[BATCHES / 2];
    if (checks == history.length) history = Arrays.copyOf(history, 2 * checks);
    history[checks++] = median;
    reference = Double.NaN;
    return median;
  }

  /** {@code seconds} (a check's result) over the reference; NaN before any check. */
  public double ratio(double seconds) {
    return seconds / reference();
  }

  /**
   * The session's undisturbed time per unit: the {@value #REFERENCE_PERCENTILE}th percentile
   * of its checks so far; NaN before any.
   */
  public double reference() {
    if (checks == 0) return Double.NaN;
    if (Double.isNaN(reference)) reference = percentile(history, checks, REFERENCE_PERCENTILE);
    return reference;
  }

  /** How many checks were made. */
  public int checks() {
    return checks;
  }

  /** The {@code pct}th percentile (the lower of two neighbours) of the first {@code n} values. */
  static double percentile(double[] values, int n, int pct) {
    double[] sorted = Arrays.copyOf(values, n);
    Arrays.sort(sorted);
    return sorted[(n - 1) * pct / 100];
  }

  /** Repetitions for a batch of about {@link #BATCH_NANOS}, found by doubling. */
  private int calibrate() {
    int n = 1;
    while (true) {
      long nanos = run(n).nanos(clock);
      if (nanos >= BATCH_NANOS / 2 || n >= 1 << 20) {
        return (int) Math.max(1, Math.min(1 << 20, (long) n * BATCH_NANOS / Math.max(1, nanos)));
      }
      n *= 2;
    }
  }

  private Batch run(int n) {
    try {
      return work.run(n);
    } catch (TargetException e) {
      throw new IllegalStateException("the sentinel's work cannot fail", e);
    }
  }

  /** The sentinel's own work: see the class comment. */
  private static final class Work implements BatchRunner {
    private static final int LINKS = 1 << 14;
    private final int[] next = new int[LINKS];
    private final BigInteger a = BigInteger.ONE.shiftLeft(1024).subtract(BigInteger.valueOf(159));
    private final BigInteger b = BigInteger.ONE.shiftLeft(1023).add(BigInteger.valueOf(97));
    private final Blackhole blackhole = new Blackhole();
    private int at;

    Work() {
      // one random cycle through all slots (a fixed seed: every session chases the same one)
      int[] order = new int[LINKS];
      for (int i = 0; i < LINKS; i++) order[i] = i;
      SplittableRandom rnd = new SplittableRandom(20261126);
      for (int i = LINKS - 1; i > 0; i--) {
        int j = rnd.nextInt(i);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int i = 0; i < LINKS; i++) next[order[i]] = order[(i + 1) % LINKS];
    }

    @Override
    public Batch run(int n) {
      long cpu0 = cpuNow();
      long t0 = System.nanoTime();
      long acc = 0;
      for (int k = 0; k < n; k++) acc += unit(k);
      long t1 = System.nanoTime();
      long cpu1 = cpuNow();
      blackhole.consume(acc);
      return new Batch(n, t1 - t0, cpu0 < 0 || cpu1 < 0 ? -1 : cpu1 - cpu0, false);
    }

    private long unit(int k) {
      long acc = a.multiply(b.add(BigInteger.valueOf(k))).bitLength();
      int i = at;
      for (int s = 0; s < 256; s++) i = next[i];
      at = i;
      Object[] list = null;
      for (int s = 0; s < 32; s++) list = new Object[] {list, s};
      return acc + i + list.length;
    }

    private static long cpuNow() {
      return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }
  }
}
