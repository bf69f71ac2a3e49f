package io.plutuscalibrate.uplc.builtins;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.CekValue;
import java.math.BigInteger;

/**
 * Unlifting into the bounded Haskell types some builtins declare instead of {@code Integer} and
 * {@code ByteString}: {@code Int} (64-bit), {@code Word8}, and the on-chain bytestring
 * {@code CByteString}. A value outside the type's range is an evaluation failure, as Plutus's
 * {@code readKnown} makes it.
 *
 * <p>Note [On-chain bytestring bound]: under semantics variants D and E ({@code ensurable} in
 * {@code PlutusCore.Default.Builtins}), many bytestring arguments are unlifted as
 * {@code CByteString} ({@code PlutusCore.Default.Universe.Cardano}), whose {@code readKnown} fails
 * for a bytestring longer than {@code maxBoundByteString} = 65536 bytes. Variants A to C read a
 * plain {@code ByteString} with no bound. Results stay plain {@code ByteString}s for the builtins
 * of the extended families, so only arguments are checked here.
 *
 * <p>Note [Sizes of bounded arguments]: {@code ExMemoryUsage} gives {@code Int} and {@code Word8}
 * the constant size 1. {@link SizeMeasure#DEFAULT} measures the underlying integer constant, which
 * is 1 for every integer below 2^64 in absolute value, hence for every value these types accept; a
 * larger integer fails to unlift. So the builtins declare {@code DEFAULT} for such arguments, and
 * the size-measure test checks the equality over the accepted range. (Plutus charges nothing for a
 * call whose unlifting fails, the call being a failure either way.)
 */
final class BoundedArgs {
  private BoundedArgs() {}

  /** {@code maxBoundByteString}: the longest on-chain bytestring argument, in bytes. */
  static final int MAX_ONCHAIN_BYTESTRING = 65536;

  /** Whether the variant reads bytestring arguments as {@code CByteString}. */
  static boolean boundsByteStrings(SemanticsVariant variant) {
    return variant == SemanticsVariant.D || variant == SemanticsVariant.E;
  }

  /**
   * A bytestring argument as the variant reads it: see Note [On-chain bytestring bound]. The
   * array must not be modified.
   */
  static byte[] bytes(CekValue v, SemanticsVariant variant) {
    byte[] b = Args.bytes(v);
    if (b.length > MAX_ONCHAIN_BYTESTRING && boundsByteStrings(variant)) {
      throw Args.fail("bytestring argument of " + b.length + " bytes exceeds the on-chain bound of "
          + MAX_ONCHAIN_BYTESTRING);
    }
    return b;
  }

  /** An {@code Int} argument: an integer in [-2^63, 2^63 - 1]. */
  static long int64(CekValue v) {
    BigInteger i = Args.integer(v);
    if (i.bitLength() > 63) {
      throw Args.fail("integer " + i + " is outside the Int64 range");
    }
    return i.longValue();
  }

  /** A {@code Word8} argument: an integer in [0, 255]. */
  static int word8(CekValue v) {
    BigInteger i = Args.integer(v);
    if (i.signum() < 0 || i.bitLength() > 8) {
      throw Args.fail("integer " + i + " is outside the Word8 range [0, 255]");
    }
    return i.intValue();
  }
}
