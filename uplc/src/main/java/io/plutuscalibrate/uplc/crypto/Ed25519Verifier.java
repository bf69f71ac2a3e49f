package io.plutuscalibrate.uplc.crypto;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Set;
import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * Ed25519 signature verification exactly as Plutus's {@code verifyEd25519Signature} performs it.
 *
 * <p>Note [Ed25519 as libsodium verifies it]: Plutus verifies through cardano-crypto-class, which
 * calls libsodium's {@code crypto_sign_verify_detached} (the same rule in every release from
 * 1.0.16 to 1.0.22, built without {@code ED25519_COMPAT}; the unreleased master branch changed it
 * in 2022). RFC 8032 leaves implementations free on several points and
 * libraries disagree on crafted inputs (the "Taming the many EdDSAs" cases): Bouncy Castle 1.87
 * uses the cofactored equation and accepts a small-order R, so it would return True where
 * libsodium returns False. This class therefore reproduces libsodium's rule, on Bouncy Castle's
 * field arithmetic ({@link X25519Field}):
 * <ol>
 *   <li>S (the signature's second half) must be below the group order L;
 *   <li>R (its first half) and the key A must not encode a point of small order, judged on the
 *       encoding with the sign bit ignored, non-canonical encodings of such points included;
 *   <li>A's y coordinate must be canonical (below p) and A must decode to a curve point;
 *   <li>with k = SHA-512(R || A || M) mod L, the canonical encoding of [S]B - [k]A must equal R
 *       byte for byte (the cofactorless equation; a non-canonical R can therefore never verify).
 * </ol>
 * Any rule broken gives False; only wrong lengths of the key (32 bytes) or signature (64 bytes)
 * make the builtin fail. Verification is not constant-time: everything it handles is public.
 */
public final class Ed25519Verifier {
  private Ed25519Verifier() {}

  public static final int PUBLIC_KEY_BYTES = 32;
  public static final int SIGNATURE_BYTES = 64;

  static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
  static final BigInteger L =
      BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));

  /** The y coordinate of one of the two pairs of points of order 8 (the other pair has -y). */
  static final BigInteger ORDER8_Y = new BigInteger(
      "2707385501144840649318225287225658788936804267575313519463743609750303402022");

  /** y coordinates, below 2^255, whose encodings libsodium rejects as small order. */
  private static final Set<BigInteger> SMALL_ORDER_Y = Set.of(
      BigInteger.ZERO, // order 4
      BigInteger.ONE, // the neutral element
      ORDER8_Y,
      P.subtract(ORDER8_Y),
      P.subtract(BigInteger.ONE), // order 2
      P, // 0 again, not canonical
      P.add(BigInteger.ONE)); // 1 again, not canonical

  private static final int[] D = fieldElement(
      BigInteger.valueOf(-121665).multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P));
  private static final int[] D2 = fieldElement(
      BigInteger.valueOf(-2 * 121665).multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P));
  private static final EdPoint BASE = decode(fieldBytes(
      BigInteger.valueOf(4).multiply(BigInteger.valueOf(5).modInverse(P)).mod(P)));

  /** Verifies {@code signature} on {@code message} under {@code publicKey}. */
  public static SignatureCheck verify(byte[] publicKey, byte[] message, byte[] signature) {
    if (publicKey.length != PUBLIC_KEY_BYTES) return SignatureCheck.MALFORMED_KEY;
    if (signature.length != SIGNATURE_BYTES) return SignatureCheck.MALFORMED_SIGNATURE;
    byte[] r = Arrays.copyOfRange(signature, 0, 32);
    BigInteger s = littleEndian(signature, 32, 32);
    if (s.compareTo(L) >= 0 || hasSmallOrder(r)) return SignatureCheck.INVALID;
    if (!isCanonical(publicKey) || hasSmallOrder(publicKey)) return SignatureCheck.INVALID;
    EdPoint a = decode(publicKey);
    if (a == null) return SignatureCheck.INVALID;

    MessageDigest sha512 = sha512();
    sha512.update(r);
    sha512.update(publicKey);
    sha512.update(message);
    BigInteger k = littleEndian(sha512.digest(), 0, 64).mod(L);

    EdPoint check = baseAndPointMult(s, k, a.negate());
    return Arrays.equals(check.encode(), r) ? SignatureCheck.VALID : SignatureCheck.INVALID;
  }

  /** libsodium's {@code ge25519_has_small_order} on an encoding: the sign bit is ignored. */
  static boolean hasSmallOrder(byte[] encoding) {
    return SMALL_ORDER_Y.contains(maskedY(encoding));
  }

  /** libsodium's {@code ge25519_is_canonical}: y, the sign bit ignored, is below p. */
  static boolean isCanonical(byte[] encoding) {
    return maskedY(encoding).compareTo(P) < 0;
  }

  private static BigInteger maskedY(byte[] encoding) {
    return littleEndian(encoding, 0, 32).clearBit(255);
  }

  /**
   * The point whose encoding is given (y with the sign of x in the top bit), or null when y has no
   * matching x. y is taken modulo p; callers check canonicity first where it matters.
   */
  static EdPoint decode(byte[] encoding) {
    int[] y = X25519Field.create();
    X25519Field.decode(encoding, 0, y); // ignores the top bit
    int[] u = X25519Field.create();
    int[] v = X25519Field.create();
    X25519Field.sqr(y, u);
    X25519Field.mul(D, u, v);
    X25519Field.subOne(u); // u = y^2 - 1
    X25519Field.addOne(v); // v = d y^2 + 1
    X25519Field.carry(u);
    X25519Field.carry(v);
    int[] x = X25519Field.create();
    if (!X25519Field.sqrtRatioVar(u, v, x)) return null;
    X25519Field.normalize(x);
    int sign = (encoding[31] >>> 7) & 1;
    if ((x[0] & 1) != sign) {
      X25519Field.negate(x, x);
      X25519Field.normalize(x);
    }
    X25519Field.normalize(y);
    return EdPoint.affine(x, y);
  }

  /** Window widths of the signed-digit (wNAF) recodings of S (base point) and k (key). */
  private static final int BASE_WINDOW = 7;
  private static final int KEY_WINDOW = 5;

  /** The odd multiples B, 3B, ..., (2^(BASE_WINDOW-1) - 1)B and their negations. */
  private static final EdPoint[][] BASE_TABLE = oddMultiples(BASE, BASE_WINDOW);

  /**
   * [a]B + [b]Q for a and b below 2^256: one shared chain of doublings, with additions of odd
   * multiples driven by the wNAF digits of a and b (about 75 additions instead of 190 for
   * plain double-and-add).
   */
  static EdPoint baseAndPointMult(BigInteger a, BigInteger b, EdPoint q) {
    byte[] da = wnaf(a, BASE_WINDOW);
    byte[] db = wnaf(b, KEY_WINDOW);
    EdPoint[][] qTable = oddMultiples(q, KEY_WINDOW);
    EdPoint acc = EdPoint.neutral();
    for (int i = Math.max(da.length, db.length) - 1; i >= 0; i--) {
      acc = acc.twice();
      if (i < da.length && da[i] != 0) acc = acc.add(lookup(BASE_TABLE, da[i]));
      if (i < db.length && db[i] != 0) acc = acc.add(lookup(qTable, db[i]));
    }
    return acc;
  }

  private static EdPoint lookup(EdPoint[][] table, int digit) {
    return digit > 0 ? table[0][digit >> 1] : table[1][(-digit) >> 1];
  }

  /** table[0][i] = (2i+1)P and table[1][i] = -(2i+1)P for 2i+1 below 2^(w-1). */
  private static EdPoint[][] oddMultiples(EdPoint p, int w) {
    int n = 1 << (w - 2);
    EdPoint[][] table = new EdPoint[2][n];
    EdPoint twice = p.twice();
    table[0][0] = p;
    for (int i = 1; i < n; i++) table[0][i] = table[0][i - 1].add(twice);
    for (int i = 0; i < n; i++) table[1][i] = table[0][i].negate();
    return table;
  }

  /** The width-w non-adjacent form of k >= 0: odd digits in (-2^(w-1), 2^(w-1)), least first. */
  static byte[] wnaf(BigInteger k, int w) {
    byte[] digits = new byte[k.bitLength() + 1];
    int window = 1 << w;
    int length = 0;
    for (int i = 0; k.signum() > 0; i++) {
      int d = 0;
      if (k.testBit(0)) {
        d = k.intValue() & (window - 1);
        if (d >= window >> 1) d -= window;
        k = k.subtract(BigInteger.valueOf(d));
      }
      digits[i] = (byte) d;
      k = k.shiftRight(1);
      length = i + 1;
    }
    return java.util.Arrays.copyOf(digits, length);
  }

  static BigInteger littleEndian(byte[] bytes, int offset, int length) {
    byte[] be = new byte[length];
    for (int i = 0; i < length; i++) be[i] = bytes[offset + length - 1 - i];
    return new BigInteger(1, be);
  }

  static byte[] fieldBytes(BigInteger n) {
    byte[] out = new byte[32];
    byte[] be = n.toByteArray();
    for (int i = 0; i < be.length && i < 32; i++) out[i] = be[be.length - 1 - i];
    return out;
  }

  private static int[] fieldElement(BigInteger n) {
    int[] z = X25519Field.create();
    X25519Field.decode(fieldBytes(n), 0, z);
    return z;
  }

  private static MessageDigest sha512() {
    try {
      return MessageDigest.getInstance("SHA-512");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always provides SHA-512", e);
    }
  }

  /**
   * A point of the twisted Edwards curve -x^2 + y^2 = 1 + d x^2 y^2 in extended coordinates
   * (X:Y:Z:T) with x = X/Z, y = Y/Z, xy = T/Z. Immutable: each operation returns a new point.
   * The formulas are those of RFC 8032, section 5.1.4; the addition is complete.
   */
  static final class EdPoint {
    final int[] x;
    final int[] y;
    final int[] z;
    final int[] t;

    private EdPoint(int[] x, int[] y, int[] z, int[] t) {
      this.x = x;
      this.y = y;
      this.z = z;
      this.t = t;
    }

    static EdPoint affine(int[] x, int[] y) {
      int[] z = X25519Field.create();
      X25519Field.one(z);
      int[] t = X25519Field.create();
      X25519Field.mul(x, y, t);
      return new EdPoint(x, y, z, t);
    }

    static EdPoint neutral() {
      int[] x = X25519Field.create();
      int[] y = X25519Field.create();
      X25519Field.one(y);
      return affine(x, y);
    }

    EdPoint negate() {
      int[] nx = X25519Field.create();
      int[] nt = X25519Field.create();
      X25519Field.negate(x, nx);
      X25519Field.negate(t, nt);
      X25519Field.carry(nx);
      X25519Field.carry(nt);
      return new EdPoint(nx, y, z, nt);
    }

    EdPoint add(EdPoint o) {
      int[] a = X25519Field.create();
      int[] b = X25519Field.create();
      int[] c = X25519Field.create();
      int[] d = X25519Field.create();
      int[] tmp = X25519Field.create();
      sub(y, x, a);
      sub(o.y, o.x, tmp);
      X25519Field.mul(a, tmp, a); // A = (Y1-X1)(Y2-X2)
      add(y, x, b);
      add(o.y, o.x, tmp);
      X25519Field.mul(b, tmp, b); // B = (Y1+X1)(Y2+X2)
      X25519Field.mul(t, D2, c);
      X25519Field.mul(c, o.t, c); // C = T1 2d T2
      X25519Field.mul(z, o.z, d);
      add(d, d, d); // D = 2 Z1 Z2
      return finish(a, b, c, d);
    }

    EdPoint twice() {
      int[] a = X25519Field.create();
      int[] b = X25519Field.create();
      int[] c = X25519Field.create();
      int[] h = X25519Field.create();
      int[] e = X25519Field.create();
      int[] g = X25519Field.create();
      int[] f = X25519Field.create();
      X25519Field.sqr(x, a); // A = X1^2
      X25519Field.sqr(y, b); // B = Y1^2
      X25519Field.sqr(z, c);
      add(c, c, c); // C = 2 Z1^2
      add(a, b, h); // H = A + B
      add(x, y, e);
      X25519Field.sqr(e, e);
      sub(h, e, e); // E = H - (X1+Y1)^2
      sub(a, b, g); // G = A - B
      add(c, g, f); // F = C + G
      return product(e, f, g, h);
    }

    /** The shared tail of the addition: E = B-A, F = D-C, G = D+C, H = B+A. */
    private static EdPoint finish(int[] a, int[] b, int[] c, int[] d) {
      int[] e = X25519Field.create();
      int[] f = X25519Field.create();
      int[] g = X25519Field.create();
      int[] h = X25519Field.create();
      sub(b, a, e);
      sub(d, c, f);
      add(d, c, g);
      add(b, a, h);
      return product(e, f, g, h);
    }

    /** X3 = E F, Y3 = G H, T3 = E H, Z3 = F G. */
    private static EdPoint product(int[] e, int[] f, int[] g, int[] h) {
      int[] x3 = X25519Field.create();
      int[] y3 = X25519Field.create();
      int[] z3 = X25519Field.create();
      int[] t3 = X25519Field.create();
      X25519Field.mul(e, f, x3);
      X25519Field.mul(g, h, y3);
      X25519Field.mul(e, h, t3);
      X25519Field.mul(f, g, z3);
      return new EdPoint(x3, y3, z3, t3);
    }

    /** The canonical encoding: y in little-endian, the parity of x in the top bit. */
    byte[] encode() {
      int[] zInv = X25519Field.create();
      X25519Field.inv(z, zInv);
      int[] ax = X25519Field.create();
      int[] ay = X25519Field.create();
      X25519Field.mul(x, zInv, ax);
      X25519Field.mul(y, zInv, ay);
      X25519Field.normalize(ax);
      X25519Field.normalize(ay);
      byte[] out = new byte[32];
      X25519Field.encode(ay, out, 0);
      out[31] |= (byte) ((ax[0] & 1) << 7);
      return out;
    }

    boolean isNeutral() {
      int[] ax = X25519Field.create();
      int[] dy = X25519Field.create();
      X25519Field.copy(x, 0, ax, 0);
      X25519Field.normalize(ax);
      sub(y, z, dy);
      X25519Field.normalize(dy);
      return X25519Field.isZeroVar(ax) && X25519Field.isZeroVar(dy);
    }

    // Sums and differences are carried at once so that products always see small limbs.
    private static void add(int[] p, int[] q, int[] r) {
      X25519Field.add(p, q, r);
      X25519Field.carry(r);
    }

    private static void sub(int[] p, int[] q, int[] r) {
      X25519Field.sub(p, q, r);
      X25519Field.carry(r);
    }
  }
}
