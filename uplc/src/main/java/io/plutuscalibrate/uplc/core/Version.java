package io.plutuscalibrate.uplc.core;

/** A program's version, {@code major.minor.patch}: 1.0.0, or 1.1.0 which adds constr and case. */
public record Version(int major, int minor, int patch) {
  public static final Version V1_0_0 = new Version(1, 0, 0);
  public static final Version V1_1_0 = new Version(1, 1, 0);

  /** Whether {@code constr} and {@code case} are allowed (1.1.0 and later). */
  public boolean hasSumsOfProducts() {
    return major > 1 || (major == 1 && minor >= 1);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
