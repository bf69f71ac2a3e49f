package io.plutuscalibrate.measurements.sampler;

import io.plutuscalibrate.measurements.target.TargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Measures the time per evaluation of one point through a {@link BatchRunner}.
 *
 * <p>Note [Sampling method]: the discipline is JMH's, applied per point.
 * <ol>
 *   <li><b>Batches, not calls.</b> An evaluation can take well under a microsecond, so the
 *   sampler never times one call: it times a batch of n evaluations back to back and divides.
 *   n is found by doubling (at least) from 1 until a batch lasts half the target batch time
 *   ({@link SamplerSettings#targetBatch}, 2-5 ms), then scaled to the target; it is scaled again
 *   after warm-up by the median of the last window, and once more if the median of the first
 *   {@link SamplerSettings#minSamples} measured batches is more than 4 times off the target
 *   (which happens when the batches it was found from were disturbed; the samples taken are
 *   then counted as warm-up). The target is never below 1000
 *   granules of the clock ({@link ClockResolution}), so the clock's resolution and the cost of
 *   reading it are below 0.1% of a sample. Batches are timed by the wall clock or the thread's
 *   CPU time ({@link SamplerSettings#clock}, Note [Which clock] in {@link TimeBase}).</li>
 *   <li><b>Warm-up until steady.</b> Batches are run for at least
 *   {@link SamplerSettings#minWarmup} and until the medians of two successive windows of
 *   {@link SamplerSettings#warmupWindow} batches agree within
 *   {@link SamplerSettings#warmupTolerance}, which is what the JIT having settled looks like
 *   from outside (the minimum because code not compiled yet can be steadily slow), and the
 *   JIT compiler has not worked during the last window where the runner can tell
 *   ({@link BatchRunner#compilationMillis}: on the embedded target, a compilation finishing
 *   in the middle of a window changes the timings after it); warm-up is
 *   capped by {@link SamplerSettings#maxWarmup} and a share of the point's budget, and a point
 *   whose warm-up hit the cap says so ({@code warmupSteady}). Then n is scaled once more with
 *   the warm timings.</li>
 *   <li><b>Garbage collection kept out.</b> Optionally a collection is requested before the
 *   measured batches (outside the clock). A batch during which a collection ran (the runner
 *   reads the collectors' counts around it) is discarded and taken again; after
 *   {@link SamplerSettings#maxGcRetries} discards in a row the point gives up, keeps such
 *   batches and counts them ({@code gcKept}): a program allocating more per batch than the
 *   young generation holds cannot be measured without collections.</li>
 *   <li><b>Dead code.</b> Runners fold every result into a {@link Blackhole}.</li>
 *   <li><b>Adaptive stopping.</b> After {@link SamplerSettings#minSamples} used samples the
 *   summary (Note [Robust summary] in {@link Summary}) is recomputed after every sample, and
 *   sampling stops as soon as the interval's half-width is within
 *   {@link SamplerSettings#precision} of the estimate, or the point's time budget is spent, or
 *   {@link SamplerSettings#maxSamples} is reached. A point so slow that even the minimum number
 *   of samples would overrun its budget twice stops with the samples it has (at least two).</li>
 * </ol>
 * What JMH does and this does not: forking a fresh JVM per point. The points of a sweep share one
 * JVM, and so the profile the JIT compiles the machine with is that of all the programs seen so
 * far, much as in a node that evaluates many scripts; the JMH cross-check in docs/measurements.md
 * gives the size of the difference.
 */
public final class Sampler {
  private final SamplerSettings settings;
  private final LongSupplier clock;
  private final long targetNanos;

  private Sampler(SamplerSettings settings, LongSupplier clock, long targetNanos) {
    this.settings = settings;
    this.clock = clock;
    this.targetNanos = targetNanos;
  }

  /** A sampler on the system clock, with the batch target raised to 1000 clock granules. */
  public static Sampler create(SamplerSettings settings, ClockResolution clockResolution) {
    long granule = settings.clock() == TimeBase.CPU
        ? Math.max(clockResolution.granularityNanos(), clockResolution.cpuGranularityNanos())
        : clockResolution.granularityNanos();
    long target = Math.max(settings.targetBatch().toNanos(), 1000 * granule);
    return new Sampler(Objects.requireNonNull(settings), System::nanoTime, target);
  }

  /** A sampler on the given clock (for tests that simulate time). */
  public static Sampler withClock(SamplerSettings settings, LongSupplier clock) {
    return new Sampler(settings, clock, settings.targetBatch().toNanos());
  }

  public SamplerSettings settings() {
    return settings;
  }

  /** The batch duration the sampler aims at, in nanoseconds. */
  public long targetBatchNanos() {
    return targetNanos;
  }

  /**
   * Measures a point within {@code budgetNanos} (see Note [Sampling method]); stops early with
   * {@link StopReason#CANCELLED} when {@code cancelled} becomes true.
   */
  public PointMeasurement measure(BatchRunner runner, long budgetNanos, BooleanSupplier cancelled)
      throws TargetException {
    long start = clock.getAsLong();
    long deadline = start + budgetNanos;
    long hardDeadline = deadline + budgetNanos;
    long warmupEnd = start + Math.min(settings.maxWarmup().toNanos(),
        (long) (settings.warmupShare() * budgetNanos));
    long warmupMin = Math.min(warmupEnd, start + settings.minWarmup().toNanos());
    List<Sample> samples = new ArrayList<>();
    TimeBase base = settings.clock();

    // Batch size: grow until a batch lasts half the target.
    int reps = 1;
    int wi = 0;
    Batch b;
    while (true) {
      b = runner.run(reps);
      samples.add(Sample.of(Sample.Phase.WARMUP, wi++, b, false));
      if (cancelled.getAsBoolean()) return cancelled(samples, reps, start);
      long t = b.nanos(base);
      if (t >= targetNanos / 2 || clock.getAsLong() >= hardDeadline) break;
      long scaled = t <= 0 ? 100L * reps : (long) Math.ceil((double) targetNanos / t * reps);
      reps = (int) Math.min(Integer.MAX_VALUE / 2,
          Math.max(2L * reps, Math.min(100L * reps, scaled)));
    }
    reps = rescale(reps, b.secondsPerEvaluation(base));

    // Warm-up: until two successive windows agree, or the cap.
    int w = settings.warmupWindow();
    List<Double> warm = new ArrayList<>();
    List<Long> compiled = new ArrayList<>();
    boolean steady = false;
    while (clock.getAsLong() < warmupEnd) {
      b = runner.run(reps);
      samples.add(Sample.of(Sample.Phase.WARMUP, wi++, b, false));
      if (cancelled.getAsBoolean()) return cancelled(samples, reps, start);
      warm.add(b.secondsPerEvaluation(base));
      compiled.add(runner.compilationMillis());
      int k = warm.size();
      if (k >= 2 * w && clock.getAsLong() >= warmupMin) {
        double recent = median(warm.subList(k - w, k));
        double before = median(warm.subList(k - 2 * w, k - w));
        boolean jitQuiet = compiled.get(k - 1).equals(compiled.get(k - w - 1));
        if (jitQuiet && Math.abs(recent - before) <= settings.warmupTolerance() * before) {
          steady = true;
          break;
        }
      }
    }
    if (warm.size() >= w) reps = rescale(reps, median(warm.subList(warm.size() - w, warm.size())));

    if (settings.gcBeforePoint()) runner.collectGarbage();

    // Measurement.
    double[] values = new double[16];
    int n = 0;
    int mi = 0;
    int consecutiveGc = 0;
    boolean gaveUpOnGc = false;
    boolean resized = false;
    int gcDiscarded = 0;
    int gcKept = 0;
    Summary summary = null;
    StopReason stop;
    while (true) {
      if (cancelled.getAsBoolean()) {
        stop = StopReason.CANCELLED;
        break;
      }
      b = runner.run(reps);
      boolean use = true;
      if (b.gc()) {
        if (!gaveUpOnGc && consecutiveGc < settings.maxGcRetries()) {
          use = false;
          consecutiveGc++;
          gcDiscarded++;
        } else {
          gaveUpOnGc = true;
          gcKept++;
        }
      } else {
        consecutiveGc = 0;
      }
      samples.add(Sample.of(Sample.Phase.MEASURE, mi++, b, use));
      if (!use) continue;
      if (n == values.length) values = Arrays.copyOf(values, 2 * n);
      values[n++] = b.secondsPerEvaluation(base);
      if (!resized && n == settings.minSamples()) {
        // A batch size found from disturbed batches is corrected once: see Note [Sampling method].
        double typical = median(Arrays.copyOf(values, n));
        double batch = typical * 1e9 * reps;
        int better = rescale(reps, typical);
        if ((batch < targetNanos / 4.0 || batch > 4.0 * targetNanos) && better != reps) {
          resized = true;
          reps = better;
          for (int i = samples.size() - 1;
              i >= 0 && samples.get(i).phase() == Sample.Phase.MEASURE; i--) {
            Sample x = samples.get(i);
            samples.set(i, new Sample(Sample.Phase.WARMUP, wi++, x.repetitions(), x.nanos(),
                x.cpuNanos(), x.gc(), false));
          }
          n = 0;
          mi = 0;
          continue;
        }
      }
      long now = clock.getAsLong();
      if (n >= settings.minSamples()) {
        summary = Summary.of(Arrays.copyOf(values, n), settings.confidence());
        if (summary.relativeHalfWidth() <= settings.precision()) {
          stop = StopReason.PRECISION;
          break;
        }
        if (now >= deadline) {
          stop = StopReason.TIME_BUDGET;
          break;
        }
        if (n >= settings.maxSamples()) {
          stop = StopReason.MAX_SAMPLES;
          break;
        }
      } else if (n >= 2 && now >= hardDeadline) {
        summary = Summary.of(Arrays.copyOf(values, n), settings.confidence());
        stop = StopReason.TIME_BUDGET;
        break;
      }
    }
    if (summary == null && n >= 2) {
      summary = Summary.of(Arrays.copyOf(values, n), settings.confidence());
    }
    return new PointMeasurement(summary, samples, reps, steady, gcDiscarded, gcKept, stop,
        clock.getAsLong() - start);
  }

  private PointMeasurement cancelled(List<Sample> samples, int reps, long start) {
    return new PointMeasurement(null, samples, reps, false, 0, 0, StopReason.CANCELLED,
        clock.getAsLong() - start);
  }

  /** The batch size that makes a batch last the target, given seconds per evaluation. */
  private int rescale(int reps, double secondsPerEvaluation) {
    if (!(secondsPerEvaluation > 0)) return reps;
    double n = targetNanos / (secondsPerEvaluation * 1e9);
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE / 2, Math.round(n)));
  }

  private static double median(List<Double> xs) {
    double[] a = new double[xs.size()];
    for (int i = 0; i < a.length; i++) a[i] = xs.get(i);
    return median(a);
  }

  private static double median(double[] values) {
    double[] a = values.clone();
    Arrays.sort(a);
    int m = a.length / 2;
    return a.length % 2 == 1 ? a[m] : (a[m - 1] + a[m]) / 2;
  }
}
