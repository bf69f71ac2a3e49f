package io.plutuscalibrate.measurements.sampler;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The granularity and the cost of {@link System#nanoTime} on this machine, measured: the smallest
 * positive difference between successive readings, and the median cost of one reading; and the
 * granularity of the current thread's CPU time (Note [Which clock] in {@link TimeBase}), or -1
 * when the JVM cannot read it. A batch must last many granules for its timing error to be
 * negligible; see Note [Sampling method] in {@link Sampler}.
 */
public record ClockResolution(long granularityNanos, double latencyNanos,
    long cpuGranularityNanos) {

  /** A wall clock of the given figures and no CPU clock reading (tests). */
  public ClockResolution(long granularityNanos, double latencyNanos) {
    this(granularityNanos, latencyNanos, -1);
  }

  /** Measures the clock (a few milliseconds). */
  public static ClockResolution measure() {
    long granularity = Long.MAX_VALUE;
    for (int round = 0; round < 1000; round++) {
      long a = System.nanoTime();
      long b = System.nanoTime();
      while (b == a) b = System.nanoTime();
      granularity = Math.min(granularity, b - a);
    }
    double[] latency = new double[21];
    int calls = 10_000;
    long sink = 0;
    for (int round = 0; round < latency.length; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < calls; i++) sink += System.nanoTime();
      latency[round] = (double) (System.nanoTime() - start) / calls;
    }
    if (sink == 42) System.out.print(""); // keeps the readings; never true in practice
    Arrays.sort(latency);
    long cpu = -1;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (threads.isCurrentThreadCpuTimeSupported()) {
      if (!threads.isThreadCpuTimeEnabled()) threads.setThreadCpuTimeEnabled(true);
      cpu = Long.MAX_VALUE;
      for (int round = 0; round < 200; round++) {
        long a = threads.getCurrentThreadCpuTime();
        long b = threads.getCurrentThreadCpuTime();
        int spins = 0;
        while (b == a && spins++ < 1_000_000) b = threads.getCurrentThreadCpuTime();
        if (b > a) cpu = Math.min(cpu, b - a);
      }
      if (cpu == Long.MAX_VALUE) cpu = -1;
    }
    return new ClockResolution(granularity, latency[latency.length / 2], cpu);
  }
}
