package io.plutuscalibrate.measurements.sampler;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Counts the garbage collections of this JVM so far, over every collector: a runner reads it
 * before and after a batch to tell whether a collection ran during it.
 */
public final class GcMonitor {
  private static final List<GarbageCollectorMXBean> BEANS =
      ManagementFactory.getGarbageCollectorMXBeans();

  private GcMonitor() {}

  /** Collections so far, summed over the collectors that report a count. */
  public static long collections() {
    long total = 0;
    for (GarbageCollectorMXBean b : BEANS) {
      long c = b.getCollectionCount();
      if (c > 0) total += c;
    }
    return total;
  }
}
