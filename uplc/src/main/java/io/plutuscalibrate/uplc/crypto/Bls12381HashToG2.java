package io.plutuscalibrate.uplc.crypto;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import supranational.blst.P2;

/**
 * Hashing to BLS12-381 G2 with the RFC 9380 suite BLS12381G2_XMD:SHA-256_SSWU_RO_, as
 * {@code bls12_381_G2_hashToGroup} does through blst's {@code blst_hash_to_g2}. The tag-dependent
 * steps run here for the reason given in Note [Hashing to the curve outside blst] (in
 * {@link Bls12381HashToG1}), ASCII tags aside; blst adds the mapped points and clears the cofactor
 * by h_eff (RFC 9380 states that the Budroni-Pintore method blst uses computes the same multiple).
 */
public final class Bls12381HashToG2 {
  private Bls12381HashToG2() {}

  private static final BlsFp2 A = BlsFp2.of(0, 240);
  private static final BlsFp2 B = BlsFp2.of(1012, 1012);
  private static final BlsFp2 Z = BlsFp2.of(-2, -1);
  private static final BlsFp2 MINUS_B_OVER_A = B.neg().mul(A.inv0());
  private static final BlsFp2 B_OVER_ZA = B.mul(Z.mul(A).inv0());
  private static final BigInteger H_EFF = new BigInteger(
      "bc69f08f2ee75b3584c6a0ea91b352888e2a8e9145ad7689986ff031508ffe1329c2f178731db956d82bf015d1212b02"
          + "ec0ec69d7477c1ae954cbc06689f6a359894c0adebbf6b4e8020005aaa95551", 16);

  /** The point that {@code msg} hashes to under the tag {@code dst} (at most 255 bytes). */
  public static P2 hash(byte[] msg, byte[] dst) {
    if (dst.length > 255) throw new IllegalArgumentException("the tag has more than 255 bytes");
    if (Bls12381HashToG1.isPlainAscii(dst)) {
      return new P2().hash_to(msg, new String(dst, StandardCharsets.US_ASCII));
    }
    return hashHere(msg, dst);
  }

  /** The hash computed without blst's hash_to, whatever the tag. */
  static P2 hashHere(byte[] msg, byte[] dst) {
    BlsFp2[] u = hashToField(msg, dst);
    P2 q0 = toBlst(mapToCurve(u[0]));
    P2 q1 = toBlst(mapToCurve(u[1]));
    return q0.add(q1).mult(H_EFF);
  }

  /** hash_to_field with count 2, m 2, L 64. */
  static BlsFp2[] hashToField(byte[] msg, byte[] dst) {
    byte[] uniform = ExpandMessageXmd.expand(msg, dst, 256);
    return new BlsFp2[] {
      new BlsFp2(Bls12381HashToG1.element(uniform, 0), Bls12381HashToG1.element(uniform, 64)),
      new BlsFp2(Bls12381HashToG1.element(uniform, 128), Bls12381HashToG1.element(uniform, 192))
    };
  }

  /** The simplified SWU map to E' followed by the 3-isogeny to E; null for the identity. */
  static BlsFp2[] mapToCurve(BlsFp2 u) {
    BlsFp2[] onIsogenous = simplifiedSwu(u);
    return isogeny(onIsogenous[0], onIsogenous[1]);
  }

  /** RFC 9380, section 6.6.2, in its plain (not constant-time) form. */
  static BlsFp2[] simplifiedSwu(BlsFp2 u) {
    BlsFp2 zu2 = Z.mul(u.square());
    BlsFp2 tv1 = zu2.square().add(zu2).inv0();
    BlsFp2 x1 = tv1.isZero() ? B_OVER_ZA : MINUS_B_OVER_A.mul(BlsFp2.ONE.add(tv1));
    BlsFp2 x = x1;
    BlsFp2 y = curveRhs(x1).sqrt();
    if (y == null) {
      x = zu2.mul(x1);
      y = curveRhs(x).sqrt();
    }
    if (u.sgn0() != y.sgn0()) y = y.neg();
    return new BlsFp2[] {x, y};
  }

  private static BlsFp2 curveRhs(BlsFp2 x) {
    return x.square().add(A).mul(x).add(B);
  }

  /** Appendix E.3; null when a denominator vanishes (the map sends the point to the identity). */
  static BlsFp2[] isogeny(BlsFp2 x, BlsFp2 y) {
    BlsFp2 xNum = horner(XNUM, x, false);
    BlsFp2 xDen = horner(XDEN, x, true);
    BlsFp2 yNum = horner(YNUM, x, false);
    BlsFp2 yDen = horner(YDEN, x, true);
    if (xDen.isZero() || yDen.isZero()) return null;
    return new BlsFp2[] {xNum.mul(xDen.inv0()), y.mul(yNum).mul(yDen.inv0())};
  }

  private static BlsFp2 horner(BlsFp2[] k, BlsFp2 x, boolean monic) {
    BlsFp2 acc = monic ? BlsFp2.ONE : BlsFp2.ZERO;
    for (int i = k.length - 1; i >= 0; i--) acc = acc.mul(x).add(k[i]);
    return acc;
  }

  /** blst's uncompressed serialisation: x.c1, x.c0, y.c1, y.c0, 48 bytes each. */
  private static P2 toBlst(BlsFp2[] point) {
    if (point == null) return new P2();
    byte[] serialized = new byte[192];
    BlsFp.toBytes(point[0].c1(), serialized, 0);
    BlsFp.toBytes(point[0].c0(), serialized, 48);
    BlsFp.toBytes(point[1].c1(), serialized, 96);
    BlsFp.toBytes(point[1].c0(), serialized, 144);
    return new P2(serialized);
  }

  private static final String P_MINUS = "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffff";

  // RFC 9380, appendix E.3: k_(1,0..3), k_(2,0..1), k_(3,0..3), k_(4,0..2), as (c0, c1).
  private static final BlsFp2[] XNUM = {
    BlsFp2.of("5c759507e8e333ebb5b7a9a47d7ed8532c52d39fd3a042a88b58423c50ae15d5c2638e343d9c71c6238aaaaaaaa97d6",
        "5c759507e8e333ebb5b7a9a47d7ed8532c52d39fd3a042a88b58423c50ae15d5c2638e343d9c71c6238aaaaaaaa97d6"),
    BlsFp2.of("0", "11560bf17baa99bc32126fced787c88f984f87adf7ae0c7f9a208c6b4f20a4181472aaa9cb8d555526a9ffffffffc71a"),
    BlsFp2.of("11560bf17baa99bc32126fced787c88f984f87adf7ae0c7f9a208c6b4f20a4181472aaa9cb8d555526a9ffffffffc71e",
        "8ab05f8bdd54cde190937e76bc3e447cc27c3d6fbd7063fcd104635a790520c0a395554e5c6aaaa9354ffffffffe38d"),
    BlsFp2.of("171d6541fa38ccfaed6dea691f5fb614cb14b4e7f4e810aa22d6108f142b85757098e38d0f671c7188e2aaaaaaaa5ed1", "0"),
  };
  private static final BlsFp2[] XDEN = {
    BlsFp2.of("0", P_MINUS + "aa63"),
    BlsFp2.of("c", P_MINUS + "aa9f"),
  };
  private static final BlsFp2[] YNUM = {
    BlsFp2.of("1530477c7ab4113b59a4c18b076d11930f7da5d4a07f649bf54439d87d27e500fc8c25ebf8c92f6812cfc71c71c6d706",
        "1530477c7ab4113b59a4c18b076d11930f7da5d4a07f649bf54439d87d27e500fc8c25ebf8c92f6812cfc71c71c6d706"),
    BlsFp2.of("0", "5c759507e8e333ebb5b7a9a47d7ed8532c52d39fd3a042a88b58423c50ae15d5c2638e343d9c71c6238aaaaaaaa97be"),
    BlsFp2.of("11560bf17baa99bc32126fced787c88f984f87adf7ae0c7f9a208c6b4f20a4181472aaa9cb8d555526a9ffffffffc71c",
        "8ab05f8bdd54cde190937e76bc3e447cc27c3d6fbd7063fcd104635a790520c0a395554e5c6aaaa9354ffffffffe38f"),
    BlsFp2.of("124c9ad43b6cf79bfbf7043de3811ad0761b0f37a1e26286b0e977c69aa274524e79097a56dc4bd9e1b371c71c718b10", "0"),
  };
  private static final BlsFp2[] YDEN = {
    BlsFp2.of(P_MINUS + "a8fb", P_MINUS + "a8fb"),
    BlsFp2.of("0", P_MINUS + "a9d3"),
    BlsFp2.of("12", P_MINUS + "aa99"),
  };
}
