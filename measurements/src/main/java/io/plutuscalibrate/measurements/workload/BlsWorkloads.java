package io.plutuscalibrate.measurements.workload;

import static io.plutuscalibrate.measurements.workload.Cases.eachInt;
import static io.plutuscalibrate.measurements.workload.Cases.replicate;
import static io.plutuscalibrate.measurements.workload.Cases.spread;
import static io.plutuscalibrate.uplc.builtins.SizeMeasure.DEFAULT;

import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.G1Constant;
import io.plutuscalibrate.uplc.core.G2Constant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * BLS12-381 builtins, after the BLS part of budgeting-bench's Benchmarks/Crypto.hs. Points have
 * fixed sizes (G1 18, G2 36, Miller-loop results 72), so the constant-cost builtins' points share
 * a name; the scalar multiplications vary the scalar's size (up to 64 words, the most variant E
 * allows; officially up to 100), the multi-scalar ones the number of pairs (up to 100, with
 * 64-word scalars),
 * and hashing to the group the message length (up to 1250 words, with a 255-byte tag).
 */
final class BlsWorkloads {
  private BlsWorkloads() {}

  private static final int CONSTANT_QUICK = 3;
  private static final int CONSTANT_STANDARD = 8;
  /** msmMaxScalarWords: the longest scalar (in words) the multiplications accept in variant E. */
  private static final int MAX_SCALAR_WORDS = 64;

  static List<BuiltinWorkload> all() {
    List<BuiltinWorkload> out = new ArrayList<>();
    out.add(constant(DefaultFun.bls12_381_G1_add, rng -> List.of(BlsGen.g1(rng), BlsGen.g1(rng))));
    out.add(constant(DefaultFun.bls12_381_G1_neg, rng -> List.of(BlsGen.g1(rng))));
    out.add(constant(DefaultFun.bls12_381_G1_equal, rng -> {
      G1Constant g = BlsGen.g1(rng);
      return List.of(g, BlsGen.copy(g));
    }));
    out.add(constant(DefaultFun.bls12_381_G1_compress, rng -> List.of(BlsGen.g1(rng))));
    out.add(constant(DefaultFun.bls12_381_G1_uncompress,
        rng -> List.of(ByteStringConstant.wrap(BlsGen.g1(rng).compressed().clone()))));
    out.add(constant(DefaultFun.bls12_381_G2_add, rng -> List.of(BlsGen.g2(rng), BlsGen.g2(rng))));
    out.add(constant(DefaultFun.bls12_381_G2_neg, rng -> List.of(BlsGen.g2(rng))));
    out.add(constant(DefaultFun.bls12_381_G2_equal, rng -> {
      G2Constant g = BlsGen.g2(rng);
      return List.of(g, BlsGen.copy(g));
    }));
    out.add(constant(DefaultFun.bls12_381_G2_compress, rng -> List.of(BlsGen.g2(rng))));
    out.add(constant(DefaultFun.bls12_381_G2_uncompress,
        rng -> List.of(ByteStringConstant.wrap(BlsGen.g2(rng).compressed().clone()))));
    out.add(constant(DefaultFun.bls12_381_millerLoop,
        rng -> List.of(BlsGen.g1(rng), BlsGen.g2(rng))));
    out.add(constant(DefaultFun.bls12_381_mulMlResult,
        rng -> List.of(BlsGen.mlResult(rng), BlsGen.mlResult(rng))));
    out.add(constant(DefaultFun.bls12_381_finalVerify,
        rng -> List.of(BlsGen.mlResult(rng), BlsGen.mlResult(rng))));

    // linear_in_x: the scalar, officially 1 to 100 words; variant E bounds scalars to 64 words.
    out.add(sized(DefaultFun.bls12_381_G1_scalarMul, 1, MAX_SCALAR_WORDS,
        w -> rng -> List.of(Integers.constant(rng, w), BlsGen.g1(rng))));
    out.add(sized(DefaultFun.bls12_381_G2_scalarMul, 1, MAX_SCALAR_WORDS,
        w -> rng -> List.of(Integers.constant(rng, w), BlsGen.g2(rng))));
    // linear_in_x: the number of (scalar, point) pairs.
    out.add(sized(DefaultFun.bls12_381_G1_multiScalarMul, 1, 100,
        n -> rng -> List.of(scalars(rng, n), points(rng, n, true))));
    out.add(sized(DefaultFun.bls12_381_G2_multiScalarMul, 1, 100,
        n -> rng -> List.of(scalars(rng, n), points(rng, n, false))));
    // linear_in_x: the message (officially random lengths up to 10000 bytes); a 255-byte tag,
    // the longest allowed.
    out.add(sized(DefaultFun.bls12_381_G1_hashToGroup, 0, 1250,
        w -> rng -> List.of(Bytes.words(rng, w), ByteStringConstant.wrap(Bytes.random(rng, 255)))));
    out.add(sized(DefaultFun.bls12_381_G2_hashToGroup, 0, 1250,
        w -> rng -> List.of(Bytes.words(rng, w), ByteStringConstant.wrap(Bytes.random(rng, 255)))));
    return out;
  }

  private static BuiltinWorkload constant(DefaultFun fun, ArgsGen args) {
    return BuiltinWorkload.of(fun).namedByDefault()
        .quick(replicate(CONSTANT_QUICK, args))
        .standard(replicate(CONSTANT_STANDARD, args))
        .build();
  }

  private static BuiltinWorkload sized(DefaultFun fun, int from, int to,
      IntFunction<ArgsGen> point) {
    return BuiltinWorkload.of(fun).named(DEFAULT, DEFAULT)
        .quick(eachInt(spread(from, to, 4), point))
        .standard(eachInt(spread(from, to, 12), point))
        .build();
  }

  private static ListConstant scalars(SplittableRandom rng, int n) {
    List<Constant> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(Integers.constant(rng, MAX_SCALAR_WORDS));
    return ListConstant.of(Type.INTEGER, out);
  }

  private static ListConstant points(SplittableRandom rng, int n, boolean g1) {
    List<Constant> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(g1 ? BlsGen.g1(rng) : BlsGen.g2(rng));
    return ListConstant.of(g1 ? Type.G1 : Type.G2, out);
  }
}
