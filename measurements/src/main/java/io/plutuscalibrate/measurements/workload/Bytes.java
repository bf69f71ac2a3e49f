package io.plutuscalibrate.measurements.workload;

import io.plutuscalibrate.uplc.core.ByteStringConstant;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Bytestring arguments of controlled size. */
final class Bytes {
  private Bytes() {}

  /** {@code n} uniformly random bytes. */
  static byte[] random(SplittableRandom rng, int n) {
    byte[] out = new byte[n];
    int i = 0;
    while (i < n) {
      long r = rng.nextLong();
      for (int k = 0; k < 8 && i < n; k++, r >>>= 8) out[i++] = (byte) r;
    }
    return out;
  }

  /**
   * A random bytestring of {@code words} 64-bit words, that is 8w bytes, as the official
   * {@code makeSizedByteString}; its size is w, except that 0 words (the empty bytestring) has
   * size 1.
   */
  static ByteStringConstant words(SplittableRandom rng, int words) {
    return ByteStringConstant.wrap(random(rng, 8 * words));
  }

  /** {@code n} copies of {@code b}. */
  static byte[] filled(int n, int b) {
    byte[] out = new byte[n];
    Arrays.fill(out, (byte) b);
    return out;
  }

  /** A copy with its own storage, so that equality cannot short-circuit on identity. */
  static ByteStringConstant copy(ByteStringConstant b) {
    return ByteStringConstant.wrap(b.bytes().clone());
  }
}
