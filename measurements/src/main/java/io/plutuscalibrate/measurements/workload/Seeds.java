package io.plutuscalibrate.measurements.workload;

/**
 * Seeds for the generators: every point draws from its own generator, seeded by the sweep's seed
 * and the point's place (group, grid, index, attempt), so a point's arguments do not depend on
 * which other points are generated or in which order, and the same seed gives the same sweep.
 */
final class Seeds {
  private Seeds() {}

  /** A seed for the point identified by {@code label} and {@code numbers} under {@code seed}. */
  static long derive(long seed, String label, long... numbers) {
    long h = mix(seed ^ 0x9E3779B97F4A7C15L);
    // String.hashCode is specified by the JLS, so this is stable across JVMs.
    h = mix(h ^ label.hashCode());
    for (long n : numbers) h = mix(h ^ n);
    return h;
  }

  /** The SplitMix64 finaliser (Steele, Lea and Flood, 2014). */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
