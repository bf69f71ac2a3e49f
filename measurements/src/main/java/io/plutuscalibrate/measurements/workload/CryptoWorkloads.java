package io.plutuscalibrate.measurements.workload;

import static io.plutuscalibrate.measurements.workload.Cases.eachInt;
import static io.plutuscalibrate.measurements.workload.Cases.replicate;
import static io.plutuscalibrate.measurements.workload.Cases.spread;
import static io.plutuscalibrate.uplc.builtins.SizeMeasure.DEFAULT;

import io.plutuscalibrate.uplc.core.DefaultFun;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Hashes and signature verification, after budgeting-bench's Benchmarks/Crypto.hs. Officially
 * hashes take up to 9800 words and signed messages up to 98000 words; variants D and E refuse
 * bytestrings over 65536 bytes, so here both go up to 8000 words (64000 bytes). See Note [Valid
 * signatures] in {@link Signatures}.
 */
final class CryptoWorkloads {
  private CryptoWorkloads() {}

  private static final int MAX_WORDS = 8000;

  static List<BuiltinWorkload> all() {
    List<BuiltinWorkload> out = new ArrayList<>();
    for (DefaultFun hash : List.of(DefaultFun.sha2_256, DefaultFun.sha3_256,
        DefaultFun.blake2b_224, DefaultFun.blake2b_256, DefaultFun.keccak_256,
        DefaultFun.ripemd_160)) {
      out.add(BuiltinWorkload.of(hash).named(DEFAULT)
          .quick(eachInt(spread(0, MAX_WORDS, 4), w -> rng -> List.of(Bytes.words(rng, w))))
          .standard(eachInt(spread(0, MAX_WORDS, 16), w -> rng -> List.of(Bytes.words(rng, w))))
          .build());
    }
    // linear_in_y: the message; key and signature have fixed sizes.
    out.add(BuiltinWorkload.of(DefaultFun.verifyEd25519Signature).named(DEFAULT, DEFAULT, DEFAULT)
        .quick(eachInt(spread(0, MAX_WORDS, 4), w -> rng -> Signatures.ed25519(rng, message(rng, w))))
        .standard(eachInt(spread(0, MAX_WORDS, 16),
            w -> rng -> Signatures.ed25519(rng, message(rng, w))))
        .build());
    // constant: every argument has a fixed size (the message is a 32-byte hash).
    ArgsGen ecdsa = rng -> Signatures.ecdsa(rng, Bytes.random(rng, 32));
    out.add(BuiltinWorkload.of(DefaultFun.verifyEcdsaSecp256k1Signature)
        .named(DEFAULT, DEFAULT, DEFAULT)
        .quick(replicate(3, ecdsa))
        .standard(replicate(8, ecdsa))
        .build());
    out.add(BuiltinWorkload.of(DefaultFun.verifySchnorrSecp256k1Signature)
        .named(DEFAULT, DEFAULT, DEFAULT)
        .quick(eachInt(spread(0, MAX_WORDS, 4), w -> rng -> Signatures.schnorr(rng, message(rng, w))))
        .standard(eachInt(spread(0, MAX_WORDS, 16),
            w -> rng -> Signatures.schnorr(rng, message(rng, w))))
        .build());
    return out;
  }

  private static byte[] message(SplittableRandom rng, int words) {
    return Bytes.random(rng, 8 * words);
  }
}
