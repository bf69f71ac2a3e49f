package io.plutuscalibrate.measurements.workload;

import io.plutuscalibrate.uplc.core.G1Constant;
import io.plutuscalibrate.uplc.core.G2Constant;
import io.plutuscalibrate.uplc.core.MlResultConstant;
import java.math.BigInteger;
import java.util.SplittableRandom;
import supranational.blst.P1;
import supranational.blst.P2;
import supranational.blst.PT;

/**
 * BLS12-381 arguments: random group elements (random multiples of the generator, which are in
 * the group by construction; the official benchmarks hash random bytes to the group to the same
 * end) and Miller-loop results, which only the Miller loop can make.
 */
final class BlsGen {
  private BlsGen() {}

  static P1 g1Point(SplittableRandom rng) {
    return P1.generator().mult(scalar(rng));
  }

  static P2 g2Point(SplittableRandom rng) {
    return P2.generator().mult(scalar(rng));
  }

  static G1Constant g1(SplittableRandom rng) {
    return G1Constant.of(g1Point(rng));
  }

  static G2Constant g2(SplittableRandom rng) {
    return G2Constant.of(g2Point(rng));
  }

  /** The same point as {@code g}, held by another object (so equality cannot use identity). */
  static G1Constant copy(G1Constant g) {
    return G1Constant.of(g.point().dup());
  }

  static G2Constant copy(G2Constant g) {
    return G2Constant.of(g.point().dup());
  }

  /** The Miller loop of two random points, as the official {@code gtinputs}. */
  static MlResultConstant mlResult(SplittableRandom rng) {
    return MlResultConstant.of(new PT(g1Point(rng).to_affine(), g2Point(rng).to_affine()));
  }

  private static BigInteger scalar(SplittableRandom rng) {
    // 255 random bits: below the group order's 2^254.86 often enough; any non-zero scalar will do.
    BigInteger s = new BigInteger(1, Bytes.random(rng, 32)).shiftRight(1);
    return s.signum() == 0 ? BigInteger.ONE : s;
  }
}
