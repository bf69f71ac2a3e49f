package io.plutuscalibrate.measurements.workload;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * BIP-340 Schnorr signing on secp256k1 for messages of any length, as the default signing
 * algorithm of BIP-340 specifies it. libsecp256k1's binding signs only 32-byte messages, while
 * verifySchnorrSecp256k1Signature takes messages of any length and is costed by their length, so
 * the workloads sign with this (Bouncy Castle's curve arithmetic; only for generating inputs, never
 * for verifying).
 */
final class Bip340Signer {
  private Bip340Signer() {}

  private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
  private static final BigInteger N = CURVE.getN();

  /** A key pair: the secret scalar and the 32-byte x-only public key. */
  record KeyPair(BigInteger secret, byte[] publicKey) {}

  /** The key pair of a secret key of 32 bytes, which must be in [1, n-1]. */
  static KeyPair keyPair(byte[] secretKey) {
    BigInteger d = new BigInteger(1, secretKey);
    if (d.signum() == 0 || d.compareTo(N) >= 0) {
      throw new IllegalArgumentException("secret key out of range");
    }
    ECPoint p = CURVE.getG().multiply(d).normalize();
    return new KeyPair(d, bytes32(p.getAffineXCoord().toBigInteger()));
  }

  /** The 64-byte signature of {@code message} under {@code key}, with auxiliary randomness. */
  static byte[] sign(KeyPair key, byte[] message, byte[] aux32) {
    ECPoint p = CURVE.getG().multiply(key.secret()).normalize();
    BigInteger d = hasEvenY(p) ? key.secret() : N.subtract(key.secret());
    byte[] t = xor(bytes32(d), taggedHash("BIP0340/aux", aux32));
    byte[] px = bytes32(p.getAffineXCoord().toBigInteger());
    BigInteger k0 = new BigInteger(1, taggedHash("BIP0340/nonce", t, px, message)).mod(N);
    if (k0.signum() == 0) throw new IllegalStateException("nonce is zero (probability 2^-256)");
    ECPoint r = CURVE.getG().multiply(k0).normalize();
    BigInteger k = hasEvenY(r) ? k0 : N.subtract(k0);
    byte[] rx = bytes32(r.getAffineXCoord().toBigInteger());
    BigInteger e = new BigInteger(1, taggedHash("BIP0340/challenge", rx, px, message)).mod(N);
    byte[] sig = new byte[64];
    System.arraycopy(rx, 0, sig, 0, 32);
    System.arraycopy(bytes32(k.add(e.multiply(d)).mod(N)), 0, sig, 32, 32);
    return sig;
  }

  private static boolean hasEvenY(ECPoint p) {
    return !p.getAffineYCoord().toBigInteger().testBit(0);
  }

  private static byte[] bytes32(BigInteger n) {
    return BigIntegers.asUnsignedByteArray(32, n);
  }

  private static byte[] xor(byte[] a, byte[] b) {
    byte[] out = new byte[a.length];
    for (int i = 0; i < a.length; i++) out[i] = (byte) (a[i] ^ b[i]);
    return out;
  }

  private static byte[] taggedHash(String tag, byte[]... parts) {
    MessageDigest sha = sha256();
    byte[] tagHash = sha.digest(tag.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    sha.update(tagHash);
    sha.update(tagHash);
    for (byte[] p : parts) sha.update(p);
    return sha.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
