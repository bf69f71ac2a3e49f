package io.plutuscalibrate.uplc.crypto;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;

/**
 * BIP-340 Schnorr signature verification on secp256k1, as Plutus's
 * {@code verifySchnorrSecp256k1Signature} performs it.
 *
 * <p>Note [Schnorr verification on Bouncy Castle]: Plutus calls libsecp256k1's
 * {@code secp256k1_schnorrsig_verify}, which takes messages of any length. secp256k1-kmp only
 * exposes 32-byte messages, so the verification is done here on Bouncy Castle's secp256k1
 * arithmetic, following BIP-340 and libsecp256k1's parsing: the key is an x coordinate that
 * {@code secp256k1_xonly_pubkey_parse} must accept (below p and on the curve; otherwise the
 * builtin fails, although BIP-340 calls such an input just invalid); the signature is any 64
 * bytes, and r at or above p, s at or above n, an infinite sG - eP, an odd y or a wrong x are
 * all plain False.
 */
public final class SchnorrSecp256k1Verifier {
  private SchnorrSecp256k1Verifier() {}

  public static final int PUBLIC_KEY_BYTES = 32;
  public static final int SIGNATURE_BYTES = 64;

  private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
  private static final ECCurve EC = CURVE.getCurve();
  private static final BigInteger P = EC.getField().getCharacteristic();
  private static final BigInteger N = CURVE.getN();
  private static final BigInteger SQRT_EXPONENT = P.add(BigInteger.ONE).shiftRight(2);
  private static final byte[] CHALLENGE_TAG = sha256().digest(
      "BIP0340/challenge".getBytes(StandardCharsets.US_ASCII));

  /** Verifies {@code signature} on {@code message} (of any length) under the x-only key. */
  public static SignatureCheck verify(byte[] publicKey, byte[] message, byte[] signature) {
    if (publicKey.length != PUBLIC_KEY_BYTES) return SignatureCheck.MALFORMED_KEY;
    if (signature.length != SIGNATURE_BYTES) return SignatureCheck.MALFORMED_SIGNATURE;
    ECPoint p = liftX(new BigInteger(1, publicKey));
    if (p == null) return SignatureCheck.MALFORMED_KEY;

    byte[] rBytes = Arrays.copyOfRange(signature, 0, 32);
    BigInteger r = new BigInteger(1, rBytes);
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
    if (r.compareTo(P) >= 0 || s.compareTo(N) >= 0) return SignatureCheck.INVALID;

    MessageDigest h = sha256();
    h.update(CHALLENGE_TAG);
    h.update(CHALLENGE_TAG);
    h.update(rBytes);
    h.update(publicKey);
    h.update(message);
    BigInteger e = new BigInteger(1, h.digest()).mod(N);

    ECPoint bigR = ECAlgorithms.sumOfTwoMultiplies(CURVE.getG(), s, p, N.subtract(e)).normalize();
    if (bigR.isInfinity()) return SignatureCheck.INVALID;
    boolean evenY = !bigR.getAffineYCoord().toBigInteger().testBit(0);
    boolean sameX = bigR.getAffineXCoord().toBigInteger().equals(r);
    return evenY && sameX ? SignatureCheck.VALID : SignatureCheck.INVALID;
  }

  /** BIP-340's lift_x: the point with x coordinate x and an even y, or null if there is none. */
  static ECPoint liftX(BigInteger x) {
    if (x.compareTo(P) >= 0) return null;
    BigInteger c = x.pow(3).add(BigInteger.valueOf(7)).mod(P);
    BigInteger y = c.modPow(SQRT_EXPONENT, P);
    if (!y.multiply(y).mod(P).equals(c)) return null;
    if (y.testBit(0)) y = P.subtract(y);
    return EC.createPoint(x, y);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always provides SHA-256", e);
    }
  }
}
