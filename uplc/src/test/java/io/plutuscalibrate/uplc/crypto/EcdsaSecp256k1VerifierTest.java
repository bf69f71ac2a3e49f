package io.plutuscalibrate.uplc.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.acinq.secp256k1.Secp256k1;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.junit.jupiter.api.Test;

class EcdsaSecp256k1VerifierTest {
  private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
  private static final BigInteger N = CURVE.getN();

  private static byte[] hex(String s) {
    return HexFormat.of().parseHex(s);
  }

  private static byte[] sha256(String text) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static byte[] be32(BigInteger n) {
    byte[] raw = n.toByteArray();
    byte[] out = new byte[32];
    int len = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - len, out, 32 - len, len);
    return out;
  }

  private static boolean bouncyCastleVerifies(byte[] pk, byte[] hash, byte[] sig) {
    ECDSASigner signer = new ECDSASigner();
    ECDomainParameters domain = new ECDomainParameters(CURVE);
    signer.init(false, new ECPublicKeyParameters(CURVE.getCurve().decodePoint(pk), domain));
    return signer.verifySignature(hash,
        new BigInteger(1, Arrays.copyOfRange(sig, 0, 32)), new BigInteger(1, Arrays.copyOfRange(sig, 32, 64)));
  }

  /**
   * A vector made once with libsecp256k1 (secp256k1-kmp 0.23.0): secret key 0x0102..1f20, message
   * hash SHA-256("plutus-calibrate"), RFC 6979 nonce. Bouncy Castle's independent ECDSA and point
   * arithmetic confirm the key and the signature.
   */
  @Test
  void vectorSignedByLibsecp256k1CheckedByBouncyCastle() throws Exception {
    byte[] sk = hex("0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20");
    byte[] hash = hex("b7fc7c76b1d560fbbb039f2658d175e0cc8cbc0d49b0ff3078efb73cba0bdefb");
    byte[] pk = hex("0284bf7562262bbd6940085748f3be6afa52ae317155181ece31b66351ccffa4b0");
    byte[] sig = hex("048056c4326fa161cbac89e385314b390790fb8fa3b36458700ad28b83178c10"
        + "4c5abfd0d978e821ee673f94b85761f5d8e480a3ed623f216123e61031029b65");
    assertArrayEquals(hash, sha256("plutus-calibrate"));
    assertArrayEquals(pk, CURVE.getG().multiply(new BigInteger(1, sk)).getEncoded(true));
    assertTrue(bouncyCastleVerifies(pk, hash, sig));
    assertArrayEquals(sig, Secp256k1.get().sign(hash, sk, null));
    assertEquals(SignatureCheck.VALID, EcdsaSecp256k1Verifier.verify(pk, hash, sig));
    // The same signature for another hash does not verify.
    assertEquals(SignatureCheck.INVALID, EcdsaSecp256k1Verifier.verify(pk, sha256("other"), sig));
  }

  /** Bouncy Castle signs (random nonce, low s enforced here), libsecp256k1 verifies. */
  @Test
  void signedByBouncyCastleVerifiedHere() throws Exception {
    ECDSASigner signer = new ECDSASigner();
    BigInteger d = new BigInteger("c0ffee", 16);
    signer.init(true, new org.bouncycastle.crypto.params.ECPrivateKeyParameters(d, new ECDomainParameters(CURVE)));
    byte[] pk = CURVE.getG().multiply(d).getEncoded(true);
    for (int i = 0; i < 10; i++) {
      byte[] hash = sha256("message " + i);
      BigInteger[] rs = signer.generateSignature(hash);
      BigInteger s = rs[1].compareTo(N.shiftRight(1)) > 0 ? N.subtract(rs[1]) : rs[1];
      byte[] sig = concat(be32(rs[0]), be32(s));
      assertEquals(SignatureCheck.VALID, EcdsaSecp256k1Verifier.verify(pk, hash, sig));
      // The other s of the pair, the "high" one, is refused (BIP-146 LOW_S).
      byte[] high = concat(be32(rs[0]), be32(N.subtract(s)));
      assertTrue(bouncyCastleVerifies(pk, hash, high));
      assertEquals(SignatureCheck.INVALID, EcdsaSecp256k1Verifier.verify(pk, hash, high));
    }
  }

  @Test
  void malformedInputs() throws Exception {
    Secp256k1 lib = Secp256k1.get();
    byte[] sk = hex("0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20");
    byte[] hash = sha256("plutus-calibrate");
    byte[] pk = lib.pubKeyCompress(lib.pubkeyCreate(sk));
    byte[] sig = lib.sign(hash, sk, null);
    assertEquals(SignatureCheck.MALFORMED_KEY, EcdsaSecp256k1Verifier.verify(Arrays.copyOf(pk, 32), hash, sig));
    assertEquals(SignatureCheck.MALFORMED_KEY, EcdsaSecp256k1Verifier.verify(lib.pubkeyCreate(sk), hash, sig));
    assertEquals(SignatureCheck.MALFORMED_SIGNATURE, EcdsaSecp256k1Verifier.verify(pk, hash, Arrays.copyOf(sig, 65)));
    assertEquals(SignatureCheck.MALFORMED_MESSAGE, EcdsaSecp256k1Verifier.verify(pk, Arrays.copyOf(hash, 31), sig));
    assertEquals(SignatureCheck.MALFORMED_MESSAGE, EcdsaSecp256k1Verifier.verify(pk, Arrays.copyOf(hash, 33), sig));
    byte[] header04 = pk.clone();
    header04[0] = 4;
    assertEquals(SignatureCheck.MALFORMED_KEY, EcdsaSecp256k1Verifier.verify(header04, hash, sig));
    // x = p is not a field element; x = 5 has no point on the curve (5^3 + 7 is not a square).
    byte[] xIsP = concat(new byte[] {2}, be32(CURVE.getCurve().getField().getCharacteristic()));
    assertEquals(SignatureCheck.MALFORMED_KEY, EcdsaSecp256k1Verifier.verify(xIsP, hash, sig));
    byte[] offCurve = concat(new byte[] {2}, be32(BigInteger.valueOf(5)));
    assertEquals(SignatureCheck.MALFORMED_KEY, EcdsaSecp256k1Verifier.verify(offCurve, hash, sig));
    // r or s equal to n do not parse; n - 1 parses and just fails to verify.
    byte[] rIsN = concat(be32(N), Arrays.copyOfRange(sig, 32, 64));
    byte[] sIsN = concat(Arrays.copyOfRange(sig, 0, 32), be32(N));
    byte[] rIsNMinus1 = concat(be32(N.subtract(BigInteger.ONE)), Arrays.copyOfRange(sig, 32, 64));
    assertEquals(SignatureCheck.MALFORMED_SIGNATURE, EcdsaSecp256k1Verifier.verify(pk, hash, rIsN));
    assertEquals(SignatureCheck.MALFORMED_SIGNATURE, EcdsaSecp256k1Verifier.verify(pk, hash, sIsN));
    assertEquals(SignatureCheck.INVALID, EcdsaSecp256k1Verifier.verify(pk, hash, rIsNMinus1));
    assertEquals(SignatureCheck.INVALID, EcdsaSecp256k1Verifier.verify(pk, hash, new byte[64]));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
