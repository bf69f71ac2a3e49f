package io.plutuscalibrate.measurements.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.measurements.sampler.Batch;
import io.plutuscalibrate.measurements.sampler.TimeBase;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SentinelTest {
  @Test
  void theReferenceIsTheTenthPercentileOfTheChecks() {
    // checks k = 0..19 take 1 + k/100 us per unit: the 10th percentile of 20 is the second
    AtomicInteger check = new AtomicInteger();
    Sentinel s = Sentinel.of(TimeBase.WALL, n -> {
      long ns = Math.round(n * (1000 + 10 * check.get()));
      return new Batch(n, ns, -1, false);
    });
    assertTrue(Double.isNaN(s.reference()));
    for (int k = 0; k < 20; k++) {
      check.set(k);
      assertEquals((1000 + 10 * k) * 1e-9, s.check(), 1e-15);
    }
    assertEquals(20, s.checks());
    assertEquals(1.01e-6, s.reference(), 1e-15);
    assertEquals(1.5, s.ratio(1.515e-6), 1e-9);
  }

  @Test
  void aCheckIsTheMedianOfItsBatchesSoAFewSlowBatchesDoNotCount() {
    AtomicInteger batch = new AtomicInteger();
    Sentinel s = Sentinel.of(TimeBase.CPU, n -> {
      // every third batch (after calibration) three times slower
      boolean slow = batch.incrementAndGet() % 3 == 0 && n > 1000;
      long ns = (slow ? 3000L : 1000L) * n;
      return new Batch(n, 2 * ns, ns, false);
    });
    assertEquals(1e-6, s.check(), 1e-15);
  }

  @Test
  void percentileTakesTheLowerNeighbour() {
    double[] v = {5, 1, 4, 2, 3, 99};
    assertEquals(1, Sentinel.percentile(v, 5, 10));
    assertEquals(3, Sentinel.percentile(v, 5, 50));
    assertEquals(5, Sentinel.percentile(v, 5, 100));
  }

  @Test
  void theRealWorkIsTimedAndPositive() {
    Sentinel s = Sentinel.of(TimeBase.CPU);
    double t = s.check();
    assertTrue(t > 0, "time per unit " + t);
    assertEquals(1.0, s.ratio(t), 1e-12);
  }
}
