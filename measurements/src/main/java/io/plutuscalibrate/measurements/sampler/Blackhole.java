package io.plutuscalibrate.measurements.sampler;

/**
 * Keeps the results of timed evaluations observable so that the JIT cannot drop the work that
 * produced them (JMH's {@code Blackhole}, reduced to what the runners need). A runner folds each
 * result into a local accumulator inside the timed loop and hands the accumulator over once per
 * batch, after the clock stops: the volatile store is then outside the timed region, and the
 * fold costs one addition per evaluation, the same for every point and for the no-op points the
 * fit subtracts.
 */
public final class Blackhole {
  private volatile long sink;

  public Blackhole() {}

  /** Makes {@code value} observable. */
  public void consume(long value) {
    sink += value;
  }

  /** What was consumed, summed: tests use it to show the fold happened. */
  public long sum() {
    return sink;
  }
}
