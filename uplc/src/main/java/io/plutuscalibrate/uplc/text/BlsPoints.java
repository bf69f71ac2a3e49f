package io.plutuscalibrate.uplc.text;

import io.plutuscalibrate.uplc.core.G1Constant;
import io.plutuscalibrate.uplc.core.G2Constant;
import supranational.blst.P1;
import supranational.blst.P2;

/**
 * Group-element literals: Plutus accepts exactly what {@code bls12_381_G1_uncompress} and {@code
 * bls12_381_G2_uncompress} accept, the compressed encoding (48 or 96 bytes, top bit set) of a
 * point on the curve and in the prime-order subgroup; the point at infinity only as {@code 0xc0}
 * followed by zeros. blst's constructors also take the uncompressed serialisation, so the length
 * and the compression bit are checked here first, and the subgroup check is explicit.
 */
final class BlsPoints {
  static final int G1_COMPRESSED_BYTES = 48;
  static final int G2_COMPRESSED_BYTES = 96;

  private BlsPoints() {}

  static G1Constant g1(Cursor in, int at, byte[] bytes) {
    checkShape(in, at, bytes, G1_COMPRESSED_BYTES, "bls12_381_G1_element");
    P1 point;
    try {
      point = new P1(bytes);
    } catch (RuntimeException e) {
      throw invalid(in, at, "bls12_381_G1_element", "not the x-coordinate of a point on the curve");
    }
    if (!point.in_group()) {
      throw invalid(in, at, "bls12_381_G1_element", "the point is not in the G1 subgroup");
    }
    return G1Constant.of(point);
  }

  static G2Constant g2(Cursor in, int at, byte[] bytes) {
    checkShape(in, at, bytes, G2_COMPRESSED_BYTES, "bls12_381_G2_element");
    P2 point;
    try {
      point = new P2(bytes);
    } catch (RuntimeException e) {
      throw invalid(in, at, "bls12_381_G2_element", "not the x-coordinate of a point on the curve");
    }
    if (!point.in_group()) {
      throw invalid(in, at, "bls12_381_G2_element", "the point is not in the G2 subgroup");
    }
    return G2Constant.of(point);
  }

  private static void checkShape(Cursor in, int at, byte[] bytes, int length, String type) {
    if (bytes.length != length) {
      throw invalid(in, at, type, "a compressed point has " + length + " bytes, this has "
          + bytes.length);
    }
    if ((bytes[0] & 0x80) == 0) {
      throw invalid(in, at, type, "the compression bit (the top bit of the first byte) is not set");
    }
    if ((bytes[0] & 0x40) != 0) {
      // The point at infinity: blst accepts it only with every other bit clear.
      boolean clear = (bytes[0] & 0x3f) == 0;
      for (int i = 1; i < bytes.length && clear; i++) clear = bytes[i] == 0;
      if (!clear) {
        throw invalid(in, at, type, "the infinity bit is set but other bits are not zero");
      }
    }
  }

  private static ParseFailure invalid(Cursor in, int at, String type, String why) {
    return in.failAt(at, "failed to decode value of type " + type + ": " + why);
  }
}
