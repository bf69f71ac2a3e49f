package io.plutuscalibrate.uplc.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.uplc.crypto.Ed25519Verifier.EdPoint;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Random;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;

class Ed25519VerifierTest {
  private static byte[] hex(String s) {
    return HexFormat.of().parseHex(s);
  }

  private static SignatureCheck verify(String pk, String msg, String sig) {
    return Ed25519Verifier.verify(hex(pk), hex(msg), hex(sig));
  }

  // RFC 8032, section 7.1: TEST 1, 2, 3 and TEST SHA(abc).
  @Test
  void rfc8032Vectors() {
    assertEquals(SignatureCheck.VALID, verify(
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"));
    assertEquals(SignatureCheck.VALID, verify(
        "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
        "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"));
    assertEquals(SignatureCheck.VALID, verify(
        "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
        "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"));
    assertEquals(SignatureCheck.VALID, verify(
        "ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf",
        "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
        "dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b58909351fc9ac90b3ecfdfbc7c66431e0303dca179c138ac17ad9bef1177331a704"));
  }

  @Test
  void wrongMessageOrFlippedBitIsInvalid() {
    String pk = "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025";
    String sig = "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a";
    assertEquals(SignatureCheck.INVALID, verify(pk, "af83", sig));
    byte[] s = hex(sig);
    for (int bit = 0; bit < 512; bit += 7) {
      byte[] t = s.clone();
      t[bit / 8] ^= (byte) (1 << (bit % 8));
      assertEquals(SignatureCheck.INVALID, Ed25519Verifier.verify(hex(pk), hex("af82"), t), "bit " + bit);
    }
  }

  @Test
  void onlyLengthsAreMalformed() {
    byte[] pk = new byte[32];
    assertEquals(SignatureCheck.MALFORMED_KEY, Ed25519Verifier.verify(new byte[31], new byte[0], new byte[64]));
    assertEquals(SignatureCheck.MALFORMED_KEY, Ed25519Verifier.verify(new byte[33], new byte[0], new byte[64]));
    assertEquals(SignatureCheck.MALFORMED_SIGNATURE, Ed25519Verifier.verify(pk, new byte[0], new byte[63]));
    assertEquals(SignatureCheck.MALFORMED_SIGNATURE, Ed25519Verifier.verify(pk, new byte[0], new byte[65]));
    // The all-zero key encodes a small-order point: a well-formed input, so just False.
    assertEquals(SignatureCheck.INVALID, Ed25519Verifier.verify(pk, new byte[0], new byte[64]));
  }

  /**
   * The twelve edge cases of "Taming the many EdDSAs" (Chalkias, Garillot, Nikolaenko), from
   * github.com/novifinancial/ed25519-speccheck cases.json, with the verdicts that repository
   * records for LibSodium: only case 3 (mixed-order A and R, valid under both equations) passes.
   * Bouncy Castle 1.87 accepts cases 2, 4 and 5 as well; see Note [Ed25519 as libsodium verifies it].
   */
  @Test
  void speccheckEdgeCasesMatchLibsodium() {
    String[][] cases = {
      {"8c93255d71dcab10e8f379c26200f3c7bd5f09d9bc3068d3ef4edeb4853022b6", "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa", "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a0000000000000000000000000000000000000000000000000000000000000000"},
      {"9bd9f44f4dcc75bd531b56b2cd280b0bb38fc1cd6d1230e14861d861de092e79", "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa", "f7badec5b8abeaf699583992219b7b223f1df3fbbea919844e3f7c554a43dd43a5bb704786be79fc476f91d3f3f89b03984d8068dcf1bb7dfc6637b45450ac04"},
      {"aebf3f2601a0c8c5d39cc7d8911642f740b78168218da8471772b35f9d35b9ab", "f7badec5b8abeaf699583992219b7b223f1df3fbbea919844e3f7c554a43dd43", "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa8c4bd45aecaca5b24fb97bc10ac27ac8751a7dfe1baff8b953ec9f5833ca260e"},
      {"9bd9f44f4dcc75bd531b56b2cd280b0bb38fc1cd6d1230e14861d861de092e79", "cdb267ce40c5cd45306fa5d2f29731459387dbf9eb933b7bd5aed9a765b88d4d", "9046a64750444938de19f227bb80485e92b83fdb4b6506c160484c016cc1852f87909e14428a7a1d62e9f22f3d3ad7802db02eb2e688b6c52fcd6648a98bd009"},
      {"e47d62c63f830dc7a6851a0b1f33ae4bb2f507fb6cffec4011eaccd55b53f56c", "cdb267ce40c5cd45306fa5d2f29731459387dbf9eb933b7bd5aed9a765b88d4d", "160a1cb0dc9c0258cd0a7d23e94d8fa878bcb1925f2c64246b2dee1796bed5125ec6bc982a269b723e0668e540911a9a6a58921d6925e434ab10aa7940551a09"},
      {"e47d62c63f830dc7a6851a0b1f33ae4bb2f507fb6cffec4011eaccd55b53f56c", "cdb267ce40c5cd45306fa5d2f29731459387dbf9eb933b7bd5aed9a765b88d4d", "21122a84e0b5fca4052f5b1235c80a537878b38f3142356b2c2384ebad4668b7e40bc836dac0f71076f9abe3a53f9c03c1ceeeddb658d0030494ace586687405"},
      {"85e241a07d148b41e47d62c63f830dc7a6851a0b1f33ae4bb2f507fb6cffec40", "442aad9f089ad9e14647b1ef9099a1ff4798d78589e66f28eca69c11f582a623", "e96f66be976d82e60150baecff9906684aebb1ef181f67a7189ac78ea23b6c0e547f7690a0e2ddcd04d87dbc3490dc19b3b3052f7ff0538cb68afb369ba3a514"},
      {"85e241a07d148b41e47d62c63f830dc7a6851a0b1f33ae4bb2f507fb6cffec40", "442aad9f089ad9e14647b1ef9099a1ff4798d78589e66f28eca69c11f582a623", "8ce5b96c8f26d0ab6c47958c9e68b937104cd36e13c33566acd2fe8d38aa19427e71f98a473474f2f13f06f97c20d58cc3f54b8bd0d272f42b695dd7e89a8c22"},
      {"9bedc267423725d473888631ebf45988bad3db83851ee85c85e241a07d148b41", "f7badec5b8abeaf699583992219b7b223f1df3fbbea919844e3f7c554a43dd43", "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff03be9678ac102edcd92b0210bb34d7428d12ffc5df5f37e359941266a4e35f0f"},
      {"9bedc267423725d473888631ebf45988bad3db83851ee85c85e241a07d148b41", "f7badec5b8abeaf699583992219b7b223f1df3fbbea919844e3f7c554a43dd43", "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffca8c5b64cd208982aa38d4936621a4775aa233aa0505711d8fdcfdaa943d4908"},
      {"e96b7021eb39c1a163b6da4e3093dcd3f21387da4cc4572be588fafae23c155b", "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "a9d55260f765261eb9b84e106f665e00b867287a761990d7135963ee0a7d59dca5bb704786be79fc476f91d3f3f89b03984d8068dcf1bb7dfc6637b45450ac04"},
      {"39a591f5321bbe07fd5a23dc2f39d025d74526615746727ceefd6e82ae65c06f", "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "a9d55260f765261eb9b84e106f665e00b867287a761990d7135963ee0a7d59dca5bb704786be79fc476f91d3f3f89b03984d8068dcf1bb7dfc6637b45450ac04"},
    };
    StringBuilder verdicts = new StringBuilder();
    for (String[] c : cases) {
      verdicts.append(verify(c[1], c[0], c[2]) == SignatureCheck.VALID ? 'V' : 'X');
    }
    assertEquals("XXXVXXXXXXXX", verdicts.toString());
  }

  /** On keys and signatures made honestly, the cofactored and cofactorless rules agree. */
  @Test
  void agreesWithBouncyCastleOnHonestSignatures() {
    Random random = new Random(20260425);
    for (int i = 0; i < 100; i++) {
      byte[] sk = new byte[32];
      random.nextBytes(sk);
      byte[] pk = new byte[32];
      Ed25519.generatePublicKey(sk, 0, pk, 0);
      byte[] msg = new byte[random.nextInt(100)];
      random.nextBytes(msg);
      byte[] sig = new byte[64];
      Ed25519.sign(sk, 0, msg, 0, msg.length, sig, 0);
      assertEquals(SignatureCheck.VALID, Ed25519Verifier.verify(pk, msg, sig));
      // Damage one of the three inputs; both implementations must reject it.
      byte[][] inputs = {pk.clone(), msg.length == 0 ? new byte[] {1} : msg.clone(), sig.clone()};
      int which = random.nextInt(3);
      byte[] victim = inputs[which];
      victim[random.nextInt(victim.length)] ^= (byte) (1 << random.nextInt(8));
      boolean bc = Ed25519.verify(inputs[2], 0, inputs[0], 0, inputs[1], 0, inputs[1].length);
      boolean ours = Ed25519Verifier.verify(inputs[0], inputs[1], inputs[2]) == SignatureCheck.VALID;
      assertEquals(bc, ours, "case " + i);
      assertFalse(ours, "case " + i);
    }
  }

  @Test
  void blacklistedYValuesHaveSmallOrder() {
    BigInteger y8 = Ed25519Verifier.ORDER8_Y;
    for (BigInteger y : new BigInteger[] {y8, Ed25519Verifier.P.subtract(y8)}) {
      for (int sign = 0; sign < 2; sign++) {
        byte[] enc = Ed25519Verifier.fieldBytes(y);
        enc[31] |= (byte) (sign << 7);
        EdPoint p = Ed25519Verifier.decode(enc);
        assertNotNull(p);
        EdPoint p4 = p.twice().twice();
        assertFalse(p4.isNeutral(), "order 8, not 4");
        assertTrue(p4.twice().isNeutral(), "order 8");
        assertTrue(Ed25519Verifier.hasSmallOrder(enc));
      }
    }
    byte[] one = Ed25519Verifier.fieldBytes(BigInteger.ONE);
    assertTrue(Ed25519Verifier.decode(one).isNeutral());
  }

  /** The plain double-and-add that the wNAF multiplication must agree with. */
  private static EdPoint referenceMult(BigInteger a, EdPoint p, BigInteger b, EdPoint q) {
    EdPoint acc = EdPoint.neutral();
    for (int i = Math.max(a.bitLength(), b.bitLength()) - 1; i >= 0; i--) {
      acc = acc.twice();
      if (a.testBit(i)) acc = acc.add(p);
      if (b.testBit(i)) acc = acc.add(q);
    }
    return acc;
  }

  private static String hexOf(EdPoint p) {
    return HexFormat.of().formatHex(p.encode());
  }

  @Test
  void windowedMultiplicationAgreesWithDoubleAndAdd() {
    EdPoint b = Ed25519Verifier.decode(Ed25519Verifier.fieldBytes(
        BigInteger.valueOf(4).multiply(BigInteger.valueOf(5).modInverse(Ed25519Verifier.P)).mod(Ed25519Verifier.P)));
    // A point with a torsion component: the key of speccheck case 3 (mixed order).
    EdPoint q = Ed25519Verifier.decode(hex("cdb267ce40c5cd45306fa5d2f29731459387dbf9eb933b7bd5aed9a765b88d4d"));
    Random random = new Random(8032);
    BigInteger[] edge = {BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO.pow(256).subtract(BigInteger.ONE),
        Ed25519Verifier.L, Ed25519Verifier.L.subtract(BigInteger.ONE), BigInteger.valueOf(63), BigInteger.valueOf(64)};
    for (int i = 0; i < 40; i++) {
      BigInteger x = i < edge.length ? edge[i] : new BigInteger(256, random);
      BigInteger y = i < edge.length ? edge[edge.length - 1 - i] : new BigInteger(256, random);
      assertEquals(hexOf(referenceMult(x, b, y, q)), hexOf(Ed25519Verifier.baseAndPointMult(x, y, q)), "case " + i);
    }
  }

  @Test
  void wnafDigitsRecomposeTheScalar() {
    Random random = new Random(5);
    for (int i = 0; i < 50; i++) {
      BigInteger k = new BigInteger(256, random);
      for (int w : new int[] {2, 5, 7}) {
        byte[] digits = Ed25519Verifier.wnaf(k, w);
        BigInteger sum = BigInteger.ZERO;
        for (int j = digits.length - 1; j >= 0; j--) {
          sum = sum.shiftLeft(1).add(BigInteger.valueOf(digits[j]));
          assertTrue(digits[j] == 0 || (digits[j] % 2 != 0 && Math.abs(digits[j]) < (1 << (w - 1))));
        }
        assertEquals(k, sum);
      }
    }
  }

  @Test
  void arithmeticLaws() {
    byte[] base = Ed25519Verifier.fieldBytes(
        BigInteger.valueOf(4).multiply(BigInteger.valueOf(5).modInverse(Ed25519Verifier.P)).mod(Ed25519Verifier.P));
    EdPoint b = Ed25519Verifier.decode(base);
    // [L]B is the neutral element; [2]B computed by doubling and by addition agree.
    assertTrue(Ed25519Verifier.baseAndPointMult(Ed25519Verifier.L, BigInteger.ZERO, b).isNeutral());
    assertEquals(HexFormat.of().formatHex(b.twice().encode()), HexFormat.of().formatHex(b.add(b).encode()));
    // The encoding of B round-trips.
    assertEquals(HexFormat.of().formatHex(base), HexFormat.of().formatHex(b.encode()));
    // [a]B + [b](-B) = [a - b]B
    BigInteger x = new BigInteger("123456789123456789123456789");
    BigInteger y = new BigInteger("987654321");
    assertEquals(hexOf(Ed25519Verifier.baseAndPointMult(x.subtract(y), BigInteger.ZERO, b)),
        hexOf(Ed25519Verifier.baseAndPointMult(x, y, b.negate())));
  }
}
