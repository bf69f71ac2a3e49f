package io.plutuscalibrate.measurements.workload;

import fr.acinq.secp256k1.Secp256k1;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.Constant;
import java.util.List;
import java.util.SplittableRandom;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Valid (key, message, signature) triples for the signature builtins, from keys drawn from the
 * point's generator.
 *
 * <p>Note [Valid signatures]: as budgeting-bench's Note [Inputs to signature verification
 * functions] explains, verification must be given correctly signed messages: an implementation
 * may reject malformed input early, and a verifier that returns False may have stopped before
 * the end. Every signature here verifies (the validation test checks that each call returns
 * True): Ed25519 is signed by Bouncy Castle (RFC 8032), ECDSA by libsecp256k1 through
 * secp256k1-kmp (which emits only the low-s signature libsecp256k1 accepts), and BIP-340 Schnorr
 * by {@link Bip340Signer} for messages of any length.
 */
final class Signatures {
  private Signatures() {}

  /** Arguments of verifyEd25519Signature: a 32-byte key, the message, a 64-byte signature. */
  static List<Constant> ed25519(SplittableRandom rng, byte[] message) {
    Ed25519PrivateKeyParameters sk = new Ed25519PrivateKeyParameters(Bytes.random(rng, 32), 0);
    Ed25519Signer signer = new Ed25519Signer();
    signer.init(true, sk);
    signer.update(message, 0, message.length);
    byte[] sig = signer.generateSignature();
    return List.of(ByteStringConstant.wrap(sk.generatePublicKey().getEncoded()),
        ByteStringConstant.wrap(message), ByteStringConstant.wrap(sig));
  }

  /**
   * Arguments of verifyEcdsaSecp256k1Signature: a 33-byte compressed key, the 32-byte message
   * hash, a 64-byte compact signature.
   */
  static List<Constant> ecdsa(SplittableRandom rng, byte[] messageHash) {
    Secp256k1 lib = Secp256k1.get();
    byte[] sk = secretKey(rng, lib);
    byte[] pk = lib.pubKeyCompress(lib.pubkeyCreate(sk));
    byte[] sig = lib.sign(messageHash, sk, null);
    return List.of(ByteStringConstant.wrap(pk), ByteStringConstant.wrap(messageHash),
        ByteStringConstant.wrap(sig));
  }

  /** Arguments of verifySchnorrSecp256k1Signature: a 32-byte x-only key, the message, 64 bytes. */
  static List<Constant> schnorr(SplittableRandom rng, byte[] message) {
    Bip340Signer.KeyPair key = Bip340Signer.keyPair(secretKey(rng, Secp256k1.get()));
    byte[] sig = Bip340Signer.sign(key, message, Bytes.random(rng, 32));
    return List.of(ByteStringConstant.wrap(key.publicKey()), ByteStringConstant.wrap(message),
        ByteStringConstant.wrap(sig));
  }

  private static byte[] secretKey(SplittableRandom rng, Secp256k1 lib) {
    while (true) {
      byte[] sk = Bytes.random(rng, 32);
      if (lib.secKeyVerify(sk)) return sk;
    }
  }
}
