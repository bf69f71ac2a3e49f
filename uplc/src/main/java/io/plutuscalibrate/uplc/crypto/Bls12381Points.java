package io.plutuscalibrate.uplc.crypto;

import java.util.Optional;
import supranational.blst.P1;
import supranational.blst.P2;

/**
 * Decompression of BLS12-381 group elements as Plutus's {@code bls12_381_G1_uncompress} and
 * {@code bls12_381_G2_uncompress} do it (cardano-crypto-class's {@code blsUncompress}: blst's
 * {@code blst_p1_uncompress}, then a subgroup check).
 *
 * <p>A valid input is exactly 48 (G1) or 96 (G2) bytes with the compression bit (the top bit of the
 * first byte) set; the infinity bit (the next one) only with every other bit clear, giving the
 * identity; otherwise the sign bit (the third) chooses y and the remaining 381 bits are an x below
 * p with a point on the curve, and that point must lie in the prime-order subgroup. jblst's
 * constructors run {@code blst_p1_deserialize}, which also accepts the 96-byte uncompressed
 * serialisation when the compression bit is clear and would then read past a 48-byte array; the
 * length and that bit are therefore checked here before blst sees the bytes.
 */
public final class Bls12381Points {
  private Bls12381Points() {}

  public static final int G1_COMPRESSED_BYTES = 48;
  public static final int G2_COMPRESSED_BYTES = 96;

  /** The G1 element with this compressed encoding, or empty when there is none. */
  public static Optional<P1> uncompressG1(byte[] bytes) {
    if (!compressedShape(bytes, G1_COMPRESSED_BYTES)) return Optional.empty();
    P1 point;
    try {
      point = new P1(bytes);
    } catch (RuntimeException e) {
      return Optional.empty(); // blst's BLST_BAD_ENCODING or BLST_POINT_NOT_ON_CURVE
    }
    return point.in_group() ? Optional.of(point) : Optional.empty();
  }

  /** The G2 element with this compressed encoding, or empty when there is none. */
  public static Optional<P2> uncompressG2(byte[] bytes) {
    if (!compressedShape(bytes, G2_COMPRESSED_BYTES)) return Optional.empty();
    P2 point;
    try {
      point = new P2(bytes);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    return point.in_group() ? Optional.of(point) : Optional.empty();
  }

  private static boolean compressedShape(byte[] bytes, int length) {
    return bytes.length == length && (bytes[0] & 0x80) != 0;
  }
}
