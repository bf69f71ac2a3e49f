package io.plutuscalibrate.uplc.builtins;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.UnaryOperator;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;
import org.bouncycastle.crypto.digests.SHA3Digest;

/**
 * The hash builtins ({@code PlutusCore.Crypto.Hash}): each takes one bytestring and returns its
 * digest. Under variants D and E the argument is a {@code CByteString}; see Note [On-chain bounds in
 * variants D and E] in {@link TypedArgs}.
 */
public final class HashBuiltins {
  private HashBuiltins() {}

  public static void register(BuiltinTable.Builder table, SemanticsVariant variant) {
    define(table, variant, DefaultFun.sha2_256, HashBuiltins::sha2_256);
    define(table, variant, DefaultFun.sha3_256, HashBuiltins::sha3_256);
    define(table, variant, DefaultFun.blake2b_224, HashBuiltins::blake2b_224);
    define(table, variant, DefaultFun.blake2b_256, HashBuiltins::blake2b_256);
    define(table, variant, DefaultFun.keccak_256, HashBuiltins::keccak_256);
    define(table, variant, DefaultFun.ripemd_160, HashBuiltins::ripemd_160);
  }

  private static void define(BuiltinTable.Builder table, SemanticsVariant variant, DefaultFun fun,
      UnaryOperator<byte[]> hash) {
    boolean bounded = TypedArgs.boundsArguments(variant);
    table.define(fun,
        (args, ctx) -> ByteStringConstant.wrap(hash.apply(TypedArgs.bytes(args[0], bounded))),
        SizeMeasure.DEFAULT);
  }

  /** SHA-256 (FIPS 180-4), 32 bytes. */
  public static byte[] sha2_256(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (MessageDigest's documented requirements).
      throw new IllegalStateException("the JDK provides no SHA-256", e);
    }
  }

  /** SHA3-256 (FIPS 202), 32 bytes. */
  public static byte[] sha3_256(byte[] input) {
    return digest(new SHA3Digest(256), input);
  }

  /** BLAKE2b with a 224-bit output (RFC 7693), 28 bytes. */
  public static byte[] blake2b_224(byte[] input) {
    return digest(new Blake2bDigest(224), input);
  }

  /** BLAKE2b with a 256-bit output (RFC 7693), 32 bytes. */
  public static byte[] blake2b_256(byte[] input) {
    return digest(new Blake2bDigest(256), input);
  }

  /** Keccak-256 with the original padding (as Ethereum uses it, not SHA3-256), 32 bytes. */
  public static byte[] keccak_256(byte[] input) {
    return digest(new KeccakDigest(256), input);
  }

  /** RIPEMD-160, 20 bytes. */
  public static byte[] ripemd_160(byte[] input) {
    return digest(new RIPEMD160Digest(), input);
  }

  private static byte[] digest(Digest d, byte[] input) {
    d.update(input, 0, input.length);
    byte[] out = new byte[d.getDigestSize()];
    d.doFinal(out, 0);
    return out;
  }
}
