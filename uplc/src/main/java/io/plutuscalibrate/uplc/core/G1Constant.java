package io.plutuscalibrate.uplc.core;

import java.util.Arrays;
import java.util.Objects;
import supranational.blst.P1;

/**
 * {@code (con bls12_381_G1_element 0x...)}: a point of the BLS12-381 G1 group, held as blst's projective point so
 * that the group builtins do not decompress on every call. The compressed encoding (the textual
 * and flat form, and what equality and hashing compare) is computed once, when first needed.
 * The point is never mutated: blst's operations mutate their receiver, so callers {@code dup()}
 * first.
 */
public final class G1Constant extends Constant {
  private final P1 point;
  private byte[] compressed;

  private G1Constant(P1 point, byte[] compressed) {
    this.point = point;
    this.compressed = compressed;
  }

  /** A constant over a point in the group, which the caller has checked and no longer uses. */
  public static G1Constant of(P1 point) {
    return new G1Constant(Objects.requireNonNull(point), null);
  }

  /** The point; callers must not mutate it (use {@code dup()}). */
  public P1 point() {
    return point;
  }

  /** The compressed encoding; callers must not modify the array. */
  public byte[] compressed() {
    byte[] c = compressed;
    if (c == null) {
      c = point.compress();
      compressed = c;
    }
    return c;
  }

  @Override
  public Type type() {
    return Type.G1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof G1Constant g && (g == this || g.point.is_equal(point));
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(compressed());
  }
}
