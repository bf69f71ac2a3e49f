package io.plutuscalibrate.measurements.sampler;

import java.time.Duration;
import java.util.Objects;

/**
 * How the {@link Sampler} measures a point; see Note [Sampling method] in {@link Sampler}.
 *
 * @param precision stop once the interval's half-width is at most this fraction of the estimate
 * @param targetBatch how long one timed batch should last
 * @param minSamples used samples taken before stopping for any reason but cancellation
 * @param maxSamples used samples after which the sampler stops whatever the precision
 * @param warmupWindow batches per window when deciding whether timings are steady
 * @param warmupTolerance relative difference of two successive windows' medians that counts as
 *     steady
 * @param minWarmup the shortest a point's warm-up may last (steady timings before it do not end
 *     it: code the JIT has not compiled yet can be steadily slow)
 * @param maxWarmup the longest a point's warm-up may last
 * @param warmupShare the largest share of a point's budget its warm-up may take
 * @param maxGcRetries consecutive batches disturbed by a collection that are discarded before the
 *     sampler gives up keeping collections out and keeps such a batch (flagged)
 * @param gcBeforePoint whether to ask for a collection before a point's measurement
 * @param confidence the confidence level of the intervals
 * @param clock which clock batches are timed by (Note [Which clock] in {@link TimeBase})
 */
public record SamplerSettings(
    double precision,
    Duration targetBatch,
    int minSamples,
    int maxSamples,
    int warmupWindow,
    double warmupTolerance,
    Duration minWarmup,
    Duration maxWarmup,
    double warmupShare,
    int maxGcRetries,
    boolean gcBeforePoint,
    double confidence,
    TimeBase clock) {

  public SamplerSettings {
    Objects.requireNonNull(targetBatch);
    Objects.requireNonNull(clock);
    Objects.requireNonNull(minWarmup);
    Objects.requireNonNull(maxWarmup);
    if (minWarmup.compareTo(maxWarmup) > 0) {
      throw new IllegalArgumentException("minWarmup > maxWarmup");
    }
    if (!(precision > 0 && precision < 1)) {
      throw new IllegalArgumentException("precision must be in (0, 1): " + precision);
    }
    if (targetBatch.isNegative() || targetBatch.isZero()) {
      throw new IllegalArgumentException("targetBatch must be positive");
    }
    if (minSamples < 2) throw new IllegalArgumentException("minSamples must be at least 2");
    if (maxSamples < minSamples) throw new IllegalArgumentException("maxSamples < minSamples");
    if (warmupWindow < 1) throw new IllegalArgumentException("warmupWindow must be positive");
    if (!(warmupShare > 0 && warmupShare < 1)) {
      throw new IllegalArgumentException("warmupShare must be in (0, 1)");
    }
    if (maxGcRetries < 0) throw new IllegalArgumentException("maxGcRetries < 0");
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1)");
    }
  }

  /**
   * The settings of a default sweep: 2% precision, batches of 5 ms, at least 10 samples, warm-up
   * of at least 100 ms until windows of 5 batches agree within 2%, at most 1 s and 40% of the
   * point's budget.
   */
  public static SamplerSettings defaults() {
    return new SamplerSettings(0.02, Duration.ofMillis(5), 10, 2000, 5, 0.02,
        Duration.ofMillis(100), Duration.ofSeconds(1), 0.4, 5, true, Summary.CONFIDENCE,
        TimeBase.CPU);
  }

  /**
   * The settings of a quick sweep: as {@link #defaults} but batches of 2 ms, at least 6 samples,
   * windows of 3 batches agreeing within 3%, warm-up from 20 to 150 ms.
   */
  public static SamplerSettings quick() {
    return new SamplerSettings(0.02, Duration.ofMillis(2), 6, 2000, 3, 0.03,
        Duration.ofMillis(20), Duration.ofMillis(150), 0.4, 5, true, Summary.CONFIDENCE,
        TimeBase.CPU);
  }

  public SamplerSettings withPrecision(double p) {
    return new SamplerSettings(p, targetBatch, minSamples, maxSamples, warmupWindow,
        warmupTolerance, minWarmup, maxWarmup, warmupShare, maxGcRetries, gcBeforePoint,
        confidence, clock);
  }

  public SamplerSettings withTargetBatch(Duration d) {
    return new SamplerSettings(precision, d, minSamples, maxSamples, warmupWindow,
        warmupTolerance, minWarmup, maxWarmup, warmupShare, maxGcRetries, gcBeforePoint,
        confidence, clock);
  }

  public SamplerSettings withSamples(int min, int max) {
    return new SamplerSettings(precision, targetBatch, min, max, warmupWindow, warmupTolerance,
        minWarmup, maxWarmup, warmupShare, maxGcRetries, gcBeforePoint, confidence, clock);
  }

  public SamplerSettings withMaxWarmup(Duration d) {
    return new SamplerSettings(precision, targetBatch, minSamples, maxSamples, warmupWindow,
        warmupTolerance, Duration.ofNanos(Math.min(minWarmup.toNanos(), d.toNanos())), d,
        warmupShare, maxGcRetries, gcBeforePoint, confidence, clock);
  }

  public SamplerSettings withClock(TimeBase c) {
    return new SamplerSettings(precision, targetBatch, minSamples, maxSamples, warmupWindow,
        warmupTolerance, minWarmup, maxWarmup, warmupShare, maxGcRetries, gcBeforePoint,
        confidence, c);
  }

  public SamplerSettings withGcBeforePoint(boolean b) {
    return new SamplerSettings(precision, targetBatch, minSamples, maxSamples, warmupWindow,
        warmupTolerance, minWarmup, maxWarmup, warmupShare, maxGcRetries, b, confidence, clock);
  }
}
