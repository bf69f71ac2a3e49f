package io.plutuscalibrate.uplc.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * RFC 9380's {@code expand_message_xmd} with SHA-256 (section 5.3.1), the expander of the
 * BLS12-381 hash-to-curve suites. The domain-separation tag may be any byte string of at most 255
 * bytes, the empty one included (blst, and so Plutus, accept it although the RFC asks for a
 * non-empty tag).
 */
public final class ExpandMessageXmd {
  private ExpandMessageXmd() {}

  private static final int B_IN_BYTES = 32; // SHA-256 output
  private static final int S_IN_BYTES = 64; // SHA-256 input block

  /** {@code length} uniformly random bytes derived from {@code msg} and {@code dst}. */
  public static byte[] expand(byte[] msg, byte[] dst, int length) {
    if (dst.length > 255) {
      throw new IllegalArgumentException("the tag has " + dst.length + " bytes; at most 255 are allowed");
    }
    int ell = (length + B_IN_BYTES - 1) / B_IN_BYTES;
    if (length < 0 || length > 65535 || ell > 255) {
      throw new IllegalArgumentException("cannot expand to " + length + " bytes");
    }
    MessageDigest h = sha256();
    h.update(new byte[S_IN_BYTES]); // Z_pad
    h.update(msg);
    h.update((byte) (length >>> 8));
    h.update((byte) length);
    h.update((byte) 0);
    h.update(dst);
    h.update((byte) dst.length);
    byte[] b0 = h.digest();

    byte[] out = new byte[length];
    byte[] previous = new byte[B_IN_BYTES]; // b_0 xor b_0: the first block hashes b_0 itself
    for (int i = 1; i <= ell; i++) {
      byte[] chained = new byte[B_IN_BYTES];
      for (int j = 0; j < B_IN_BYTES; j++) chained[j] = (byte) (b0[j] ^ previous[j]);
      h.update(chained);
      h.update((byte) i);
      h.update(dst);
      h.update((byte) dst.length);
      byte[] bi = h.digest();
      System.arraycopy(bi, 0, out, (i - 1) * B_IN_BYTES, Math.min(B_IN_BYTES, length - (i - 1) * B_IN_BYTES));
      previous = bi;
    }
    return out;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always provides SHA-256", e);
    }
  }
}
