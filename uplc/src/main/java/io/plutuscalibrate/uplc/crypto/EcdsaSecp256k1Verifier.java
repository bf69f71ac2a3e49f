package io.plutuscalibrate.uplc.crypto;

import fr.acinq.secp256k1.Secp256k1;
import fr.acinq.secp256k1.Secp256k1Exception;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * ECDSA signature verification on secp256k1, as Plutus's {@code verifyEcdsaSecp256k1Signature}
 * performs it: libsecp256k1 (through secp256k1-kmp's JNI binding, the same C library Plutus
 * calls), a 33-byte compressed key, a 32-byte message hash and a 64-byte compact signature (r then
 * s, big-endian).
 *
 * <p>The builtin fails when a length is wrong, when libsecp256k1 cannot parse the key (a header
 * other than 02/03, x not below p or not on the curve) or the signature (r or s not below the
 * group order n). A parsed signature that does not verify is False, and so is a signature whose s
 * is in the upper half: libsecp256k1 accepts only the lower of the two equivalent s values (see
 * Note [ECDSA secp256k1 signature verification] in Plutus's Builtins.hs), and secp256k1-kmp does
 * not normalise before verifying.
 */
public final class EcdsaSecp256k1Verifier {
  private EcdsaSecp256k1Verifier() {}

  public static final int PUBLIC_KEY_BYTES = 33;
  public static final int MESSAGE_HASH_BYTES = 32;
  public static final int SIGNATURE_BYTES = 64;

  private static final BigInteger N =
      new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);

  /** Verifies the compact {@code signature} of {@code messageHash} under {@code publicKey}. */
  public static SignatureCheck verify(byte[] publicKey, byte[] messageHash, byte[] signature) {
    if (publicKey.length != PUBLIC_KEY_BYTES) return SignatureCheck.MALFORMED_KEY;
    if (signature.length != SIGNATURE_BYTES) return SignatureCheck.MALFORMED_SIGNATURE;
    if (messageHash.length != MESSAGE_HASH_BYTES) return SignatureCheck.MALFORMED_MESSAGE;
    // secp256k1_ecdsa_signature_parse_compact rejects exactly these; checking them here leaves
    // the key as the only thing the library can refuse to parse below.
    BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
    if (r.compareTo(N) >= 0 || s.compareTo(N) >= 0) return SignatureCheck.MALFORMED_SIGNATURE;
    try {
      return Secp256k1.get().verify(signature, messageHash, publicKey)
          ? SignatureCheck.VALID
          : SignatureCheck.INVALID;
    } catch (Secp256k1Exception e) {
      return SignatureCheck.MALFORMED_KEY; // secp256k1_ec_pubkey_parse failed
    }
  }
}
