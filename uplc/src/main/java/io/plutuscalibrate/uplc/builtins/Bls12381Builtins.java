package io.plutuscalibrate.uplc.builtins;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.G1Constant;
import io.plutuscalibrate.uplc.core.G2Constant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.MlResultConstant;
import io.plutuscalibrate.uplc.core.Type;
import io.plutuscalibrate.uplc.crypto.Bls12381HashToG1;
import io.plutuscalibrate.uplc.crypto.Bls12381HashToG2;
import io.plutuscalibrate.uplc.crypto.Bls12381Points;
import java.math.BigInteger;
import java.util.Iterator;
import supranational.blst.P1;
import supranational.blst.P2;
import supranational.blst.PT;

/**
 * The BLS12-381 builtins (PlutusCore.Crypto.BLS12_381.G1, G2 and Pairing), on blst through jblst.
 * Every argument is measured by its default size (18 words for a G1 element, 36 for G2, 72 for a
 * Miller-loop result, the usual sizes for integers, bytestrings and lists).
 *
 * <p>Note [BLS12-381 scalars]: scalar multiplication reduces the scalar modulo the group order r
 * into [0, r) first (cardano-crypto-class's {@code scalarFromInteger}), so negative and huge
 * scalars are fine: [-1]P = -P, [r]P = 0. The multi-scalar multiplications, and the plain ones
 * under variants D and E ({@code scalarMulE}), first fail if any scalar lies outside
 * [-2^4095, 2^4095 - 1]; multiScalarMul checks every scalar of its list, then pairs scalars with
 * points as Haskell's {@code zip} does, dropping the tail of the longer list, and sums the products
 * (the identity for no pairs).
 *
 * <p>Under variants D and E the message of hashToGroup is a {@code CByteString} (see Note [On-chain
 * bounds in variants D and E] in {@link TypedArgs}).
 *
 * <p>blst's operations mutate their receiver: every result starts from a {@code dup()} of an
 * argument's point, which the constants own and never change.
 */
final class Bls12381Builtins {
  private Bls12381Builtins() {}

  /** The order of G1, G2 and the target group. */
  static final BigInteger GROUP_ORDER =
      new BigInteger("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", 16);

  private static final int MAX_DST_BYTES = 255;
  private static final int MAX_SCALAR_BITS = 64 * 64 - 1;

  static void register(BuiltinTable.Builder table, SemanticsVariant variant) {
    boolean bounded = TypedArgs.boundsArguments(variant);
    SizeMeasure d = SizeMeasure.DEFAULT;

    table.define(DefaultFun.bls12_381_G1_add,
        (args, ctx) -> G1Constant.of(g1(args[0]).dup().add(g1(args[1]))), d, d);
    table.define(DefaultFun.bls12_381_G1_neg,
        (args, ctx) -> G1Constant.of(g1(args[0]).dup().neg()), d);
    table.define(DefaultFun.bls12_381_G1_scalarMul, (args, ctx) -> {
      BigInteger k = scalar(args[0], bounded, "G1.scalarMul");
      return G1Constant.of(g1(args[1]).dup().mult(reduce(k)));
    }, d, d);
    table.define(DefaultFun.bls12_381_G1_equal,
        (args, ctx) -> BoolConstant.of(g1(args[0]).is_equal(g1(args[1]))), d, d);
    table.define(DefaultFun.bls12_381_G1_compress,
        (args, ctx) -> ByteStringConstant.of(Args.g1(args[0]).compressed()), d);
    table.define(DefaultFun.bls12_381_G1_uncompress,
        (args, ctx) -> G1Constant.of(Bls12381Points.uncompressG1(Args.bytes(args[0]))
            .orElseThrow(() -> Args.fail("bls12_381_G1_uncompress: not the compressed encoding of a G1 element"))),
        d);
    table.define(DefaultFun.bls12_381_G1_hashToGroup, (args, ctx) -> {
      byte[] msg = TypedArgs.bytes(args[0], bounded);
      return G1Constant.of(Bls12381HashToG1.hash(msg, dst(args[1])));
    }, d, d);

    table.define(DefaultFun.bls12_381_G2_add,
        (args, ctx) -> G2Constant.of(g2(args[0]).dup().add(g2(args[1]))), d, d);
    table.define(DefaultFun.bls12_381_G2_neg,
        (args, ctx) -> G2Constant.of(g2(args[0]).dup().neg()), d);
    table.define(DefaultFun.bls12_381_G2_scalarMul, (args, ctx) -> {
      BigInteger k = scalar(args[0], bounded, "G2.scalarMul");
      return G2Constant.of(g2(args[1]).dup().mult(reduce(k)));
    }, d, d);
    table.define(DefaultFun.bls12_381_G2_equal,
        (args, ctx) -> BoolConstant.of(g2(args[0]).is_equal(g2(args[1]))), d, d);
    table.define(DefaultFun.bls12_381_G2_compress,
        (args, ctx) -> ByteStringConstant.of(Args.g2(args[0]).compressed()), d);
    table.define(DefaultFun.bls12_381_G2_uncompress,
        (args, ctx) -> G2Constant.of(Bls12381Points.uncompressG2(Args.bytes(args[0]))
            .orElseThrow(() -> Args.fail("bls12_381_G2_uncompress: not the compressed encoding of a G2 element"))),
        d);
    table.define(DefaultFun.bls12_381_G2_hashToGroup, (args, ctx) -> {
      byte[] msg = TypedArgs.bytes(args[0], bounded);
      return G2Constant.of(Bls12381HashToG2.hash(msg, dst(args[1])));
    }, d, d);

    table.define(DefaultFun.bls12_381_millerLoop,
        (args, ctx) -> MlResultConstant.of(new PT(g1(args[0]).to_affine(), g2(args[1]).to_affine())), d, d);
    table.define(DefaultFun.bls12_381_mulMlResult,
        (args, ctx) -> MlResultConstant.of(Args.mlResult(args[0]).value().dup().mul(Args.mlResult(args[1]).value())),
        d, d);
    table.define(DefaultFun.bls12_381_finalVerify,
        (args, ctx) -> BoolConstant.of(PT.finalverify(Args.mlResult(args[0]).value(), Args.mlResult(args[1]).value())),
        d, d);

    table.define(DefaultFun.bls12_381_G1_multiScalarMul, Bls12381Builtins::g1MultiScalarMul, d, d);
    table.define(DefaultFun.bls12_381_G2_multiScalarMul, Bls12381Builtins::g2MultiScalarMul, d, d);
  }

  private static CekValue g1MultiScalarMul(CekValue[] args, BuiltinContext ctx) {
    BigInteger[] scalars = msmScalars(args[0], "G1.multiScalarMul");
    ListConstant points = TypedArgs.listOf(args[1], Type.G1);
    P1 sum = new P1(); // the identity
    Iterator<Constant> it = points.iterator();
    for (int i = 0; i < scalars.length && it.hasNext(); i++) {
      sum.add(((G1Constant) it.next()).point().dup().mult(reduce(scalars[i])));
    }
    return G1Constant.of(sum);
  }

  private static CekValue g2MultiScalarMul(CekValue[] args, BuiltinContext ctx) {
    BigInteger[] scalars = msmScalars(args[0], "G2.multiScalarMul");
    ListConstant points = TypedArgs.listOf(args[1], Type.G2);
    P2 sum = new P2();
    Iterator<Constant> it = points.iterator();
    for (int i = 0; i < scalars.length && it.hasNext(); i++) {
      sum.add(((G2Constant) it.next()).point().dup().mult(reduce(scalars[i])));
    }
    return G2Constant.of(sum);
  }

  /** See Note [BLS12-381 scalars]: every scalar is checked, paired or not. */
  private static BigInteger[] msmScalars(CekValue v, String name) {
    ListConstant list = TypedArgs.listOf(v, Type.INTEGER);
    BigInteger[] scalars = new BigInteger[list.length()];
    int i = 0;
    for (Constant c : list) {
      BigInteger s = Args.integer(c);
      if (scalarOutOfBounds(s)) throw Args.fail("Scalar exceeds 512-byte bound for " + name);
      scalars[i++] = s;
    }
    return scalars;
  }

  private static BigInteger scalar(CekValue v, boolean bounded, String name) {
    BigInteger k = Args.integer(v);
    if (bounded && scalarOutOfBounds(k)) {
      throw Args.fail("Scalar exceeds 512-byte bound for " + name);
    }
    return k;
  }

  /**
   * {@code msmScalarOutOfBounds} (PlutusCore.Crypto.BLS12_381.Bounds): outside [-2^4095, 2^4095 - 1],
   * that is, a bit length above 64 words of 64 bits, less the sign.
   */
  static boolean scalarOutOfBounds(BigInteger scalar) {
    return scalar.bitLength() > MAX_SCALAR_BITS;
  }

  /** The scalar in [0, r); see Note [BLS12-381 scalars]. */
  static BigInteger reduce(BigInteger k) {
    return k.signum() >= 0 && k.compareTo(GROUP_ORDER) < 0 ? k : k.mod(GROUP_ORDER);
  }

  /** The domain-separation tag: Plutus allows at most 255 bytes (HashToCurveDstTooBig). */
  private static byte[] dst(CekValue v) {
    byte[] dst = Args.bytes(v);
    if (dst.length > MAX_DST_BYTES) {
      throw Args.fail("HashToCurveDstTooBig: the domain-separation tag has " + dst.length
          + " bytes, at most " + MAX_DST_BYTES + " are allowed");
    }
    return dst;
  }

  private static P1 g1(CekValue v) {
    return Args.g1(v).point();
  }

  private static P2 g2(CekValue v) {
    return Args.g2(v).point();
  }
}
