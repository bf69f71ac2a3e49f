package io.plutuscalibrate.uplc.builtins;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.Type;
import java.math.BigInteger;

/**
 * Unlifting helpers of the cryptographic builtins beyond {@link Args}: the on-chain bytestring of
 * variants D and E, lists of a given element type, and the scalar bound of the BLS12-381
 * multiplications.
 */
final class CryptoArgs {
  private CryptoArgs() {}

  /** {@code maxBoundByteString} of PlutusCore.Default.Universe.Cardano. */
  static final int MAX_ONCHAIN_BYTESTRING = 65536;

  /**
   * {@code msmMaxScalarWords} (PlutusCore.Crypto.BLS12_381.Bounds): scalars of the bounded BLS12-381
   * multiplications lie in [-2^4095, 2^4095 - 1], that is, have a bit length of at most 4095.
   */
  static final int MAX_SCALAR_BITS = 64 * 64 - 1;

  /**
   * A bytestring argument that variants D and E unlift as {@code CByteString}: longer than 65536
   * bytes, it fails there. The array must not be modified.
   */
  static byte[] onChainBytes(CekValue v, SemanticsVariant variant) {
    byte[] b = Args.bytes(v);
    boolean bounded = variant == SemanticsVariant.D || variant == SemanticsVariant.E;
    if (bounded && b.length > MAX_ONCHAIN_BYTESTRING) {
      throw Args.fail("ByteString overflow: " + b.length + " bytes, at most "
          + MAX_ONCHAIN_BYTESTRING + " allowed");
    }
    return b;
  }

  /** A list argument whose element type must be exactly {@code element}. */
  static ListConstant listOf(CekValue v, Type element) {
    ListConstant list = Args.list(v);
    if (!list.elementType().equals(element)) {
      throw Args.fail("type mismatch: expected " + Type.list(element) + ", got " + list.type());
    }
    return list;
  }

  /** Whether a scalar is outside the bound of the bounded multiplications. */
  static boolean scalarOutOfBounds(BigInteger scalar) {
    return scalar.bitLength() > MAX_SCALAR_BITS;
  }

  /** The integers of a list already checked to hold integers. */
  static BigInteger[] integers(ListConstant list) {
    BigInteger[] out = new BigInteger[list.length()];
    int i = 0;
    for (Constant c : list) out[i++] = Args.integer(c);
    return out;
  }
}
