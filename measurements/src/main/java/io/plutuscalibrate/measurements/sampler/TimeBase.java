package io.plutuscalibrate.measurements.sampler;

/**
 * Which clock a batch's time is read from.
 *
 * <p>Note [Which clock]: criterion, and so the official benching.csv, times batches with the wall
 * clock, which is right on the quiet, dedicated machine the official benchmarks run on. On a
 * machine shared with other work the wall clock also counts the time the evaluating thread was
 * not running at all: with the load at 12 on 2 cores, the first sweep here measured addInteger
 * at 89 us an evaluation instead of about 0.2 us. The thread's CPU time
 * ({@code ThreadMXBean.getCurrentThreadCpuTime}, {@code CLOCK_THREAD_CPUTIME_ID} on Linux: user
 * plus system time of the thread, nanosecond resolution) counts only the time it ran, so a batch
 * that was preempted is not inflated. It does not remove all interference (caches, memory
 * bandwidth and a hyper-threaded sibling are shared while the thread runs), and it leaves out
 * time the thread spends blocked, which an evaluation never does. On a quiet machine the two
 * agree; every sample records both, and the run's configuration says which one the summaries
 * use. {@link #CPU} is the default; {@code --clock wall} measures what criterion measures.
 */
public enum TimeBase {
  /** The wall clock ({@link System#nanoTime}) around the batch, as criterion. */
  WALL,
  /** The evaluating thread's CPU time around the batch; wall time when the target lacks it. */
  CPU
}
