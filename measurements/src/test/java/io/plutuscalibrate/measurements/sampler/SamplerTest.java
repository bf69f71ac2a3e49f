package io.plutuscalibrate.measurements.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The sampler against simulated time: a runner whose batches advance a fake clock. */
class SamplerTest {
  private static final long SECOND = 1_000_000_000L;

  /** A simulated target: evaluation i costs cost(i) ns (plus noise); gc(i) flags batch i. */
  static final class FakeRunner implements BatchRunner {
    long now;
    int evaluations;
    int batches;
    int collections;
    final IntToDoubleFunction cost;
    final java.util.function.IntPredicate gc;
    final double noise;
    final SplittableRandom rng = new SplittableRandom(7);

    FakeRunner(IntToDoubleFunction cost, java.util.function.IntPredicate gc, double noise) {
      this.cost = cost;
      this.gc = gc;
      this.noise = noise;
    }

    @Override
    public Batch run(int repetitions) {
      double t = 0;
      for (int i = 0; i < repetitions; i++) t += cost.applyAsDouble(evaluations++);
      t *= 1 + noise * (rng.nextDouble() - 0.5) * 2;
      long nanos = Math.round(t);
      now += nanos + 1000; // the loop's own overhead outside the timed region
      return new Batch(repetitions, nanos, gc.test(batches++));
    }

    @Override
    public void collectGarbage() {
      collections++;
    }
  }

  private static Sampler sampler(SamplerSettings s, FakeRunner r) {
    return Sampler.withClock(s, () -> r.now);
  }

  @Test
  void batchSizeMakesBatchesLastTheTarget() throws Exception {
    FakeRunner r = new FakeRunner(i -> 200, i -> false, 0.001);
    SamplerSettings s = SamplerSettings.defaults(); // 5 ms batches
    PointMeasurement m = sampler(s, r).measure(r, SECOND, () -> false);
    // 5 ms / 200 ns = 25000 evaluations per batch
    assertEquals(25000, m.repetitions(), 250);
    assertEquals(200e-9, m.summary().estimate(), 1e-10);
    assertEquals(StopReason.PRECISION, m.stop());
    assertTrue(m.warmupSteady());
    assertEquals(1, r.collections);
    assertTrue(m.summary().samples() >= s.minSamples());
  }

  @Test
  void warmUpWaitsForSteadyTimings() throws Exception {
    // The first 30000 evaluations (60 ms) are 10x slower, as before the JIT compiles; two
    // windows agree while they last, but the warm-up lasts at least 100 ms.
    FakeRunner r = new FakeRunner(i -> i < 30_000 ? 2000 : 200, i -> false, 0.001);
    PointMeasurement m = sampler(SamplerSettings.defaults(), r).measure(r, 10 * SECOND, () -> false);
    assertTrue(m.warmupSteady());
    assertEquals(200e-9, m.summary().estimate(), 2e-10);
    for (Sample x : m.samples()) {
      if (x.phase() == Sample.Phase.MEASURE) assertTrue(x.secondsPerEvaluation(TimeBase.WALL) < 250e-9);
    }
  }

  @Test
  void warmUpThatNeverSettlesIsCappedAndSaysSo() throws Exception {
    // Keeps getting faster: never two windows within 2%.
    FakeRunner r = new FakeRunner(i -> 200 + 1e9 / (i + 1000.0), i -> false, 0);
    SamplerSettings s = SamplerSettings.defaults().withMaxWarmup(Duration.ofMillis(100));
    PointMeasurement m = sampler(s, r).measure(r, SECOND, () -> false);
    assertFalse(m.warmupSteady());
    long warm = m.samples().stream().filter(x -> x.phase() == Sample.Phase.WARMUP)
        .mapToLong(x -> x.nanos() + 1000).sum();
    assertTrue(warm < 120_000_000L, "warm-up took " + warm);
  }

  @Test
  void aBatchSizeFoundInADisturbedStretchIsCorrectedOnce() throws Exception {
    // The first 10000 evaluations are 10x slower and the warm-up is capped inside them, so the
    // batch size is 10x too small when measuring starts.
    FakeRunner r = new FakeRunner(i -> i < 10_000 ? 2000 : 200, i -> false, 0.001);
    SamplerSettings s = new SamplerSettings(0.02, Duration.ofMillis(5), 10, 2000, 5, 0.02,
        Duration.ZERO, Duration.ofMillis(10), 0.4, 5, false, 0.95, TimeBase.WALL);
    PointMeasurement m = sampler(s, r).measure(r, SECOND, () -> false);
    assertEquals(25000, m.repetitions(), 500);
    assertEquals(200e-9, m.summary().estimate(), 1e-10);
    assertTrue(m.samples().stream().anyMatch(x -> x.phase() == Sample.Phase.WARMUP
        && x.repetitions() < 5000 && x.secondsPerEvaluation(TimeBase.WALL) < 300e-9));
  }

  @Test
  void cpuTimeIsUsedWhenTheTargetReportsIt() throws Exception {
    // Wall time doubled by preemption; the CPU time is the true cost.
    BatchRunner preempted = reps -> new Batch(reps, 2L * 300 * reps, 300L * reps, false);
    SamplerSettings s = SamplerSettings.defaults();
    long[] now = {0};
    BatchRunner timed = reps -> {
      Batch b = preempted.run(reps);
      now[0] += b.nanos();
      return b;
    };
    PointMeasurement cpu = Sampler.withClock(s, () -> now[0]).measure(timed, SECOND, () -> false);
    assertEquals(300e-9, cpu.summary().estimate(), 1e-12);
    PointMeasurement wall = Sampler.withClock(s.withClock(TimeBase.WALL), () -> now[0])
        .measure(timed, SECOND, () -> false);
    assertEquals(600e-9, wall.summary().estimate(), 1e-12);
  }

  @Test
  void batchesDisturbedByACollectionAreTakenAgain() throws Exception {
    // Every 4th batch sees a collection.
    FakeRunner r = new FakeRunner(i -> 1000, i -> i % 4 == 3, 0.001);
    PointMeasurement m = sampler(SamplerSettings.defaults(), r).measure(r, SECOND, () -> false);
    assertTrue(m.gcDiscarded() > 0);
    assertEquals(0, m.gcKept());
    for (Sample x : m.samples()) {
      if (x.phase() == Sample.Phase.MEASURE) assertEquals(!x.gc(), x.used());
    }
    long used = m.samples().stream().filter(Sample::used).count();
    assertEquals(m.summary().samples(), used);
  }

  @Test
  void collectionsThatCannotBeAvoidedAreKeptAndCounted() throws Exception {
    FakeRunner r = new FakeRunner(i -> 1000, i -> true, 0.001);
    SamplerSettings s = SamplerSettings.defaults();
    PointMeasurement m = sampler(s, r).measure(r, SECOND, () -> false);
    assertEquals(s.maxGcRetries(), m.gcDiscarded());
    assertEquals(m.summary().samples(), m.gcKept());
  }

  @Test
  void noisyPointStopsAtItsBudget() throws Exception {
    FakeRunner r = new FakeRunner(i -> 1000, i -> false, 0.9);
    SamplerSettings s = SamplerSettings.defaults().withPrecision(0.0001);
    PointMeasurement m = sampler(s, r).measure(r, SECOND / 5, () -> false);
    assertEquals(StopReason.TIME_BUDGET, m.stop());
    assertFalse(m.reachedPrecision());
    long spent = m.samples().stream().mapToLong(x -> x.nanos() + 1000).sum();
    assertTrue(spent < SECOND / 5 + 2 * s.targetBatch().toNanos(), "spent " + spent);
  }

  @Test
  void verySlowPointStopsWithTwoSamplesAtTwiceItsBudget() throws Exception {
    FakeRunner r = new FakeRunner(i -> 0.3 * SECOND, i -> false, 0.01);
    PointMeasurement m = sampler(SamplerSettings.defaults(), r).measure(r, SECOND / 2, () -> false);
    assertEquals(1, m.repetitions());
    assertEquals(StopReason.TIME_BUDGET, m.stop());
    assertTrue(m.summary().samples() >= 2 && m.summary().samples() < 10);
  }

  @Test
  void cancellationStopsAtOnce() throws Exception {
    FakeRunner r = new FakeRunner(i -> 1000, i -> false, 0.5);
    int[] calls = {0};
    PointMeasurement m = sampler(SamplerSettings.defaults().withPrecision(0.00001), r)
        .measure(r, 100 * SECOND, () -> ++calls[0] > 30);
    assertEquals(StopReason.CANCELLED, m.stop());
    assertTrue(r.batches <= 31);
  }

  @Test
  void clockResolutionIsPositive() {
    ClockResolution c = ClockResolution.measure();
    assertTrue(c.granularityNanos() > 0);
    assertTrue(c.latencyNanos() > 0);
  }
}
