package io.plutuscalibrate.uplc.builtins;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.Type;
import java.math.BigInteger;

/**
 * Unlifting that {@link Args} does not cover: the fixed-width Haskell types some denotations take
 * ({@code Int}, {@code Word8}, {@code Word64}), the on-chain bounds of variants D and E, and lists
 * of a given element type. Every failure here is an unlifting failure, which Plutus does not log.
 *
 * <p>Note [Fixed-width arguments]: a denotation that takes {@code Int} (an Int64), {@code Word8}
 * or {@code Word64} reads an integer constant and fails when it is outside that type's range
 * ({@code readKnownAsInteger}); there is no wrapping. Such an argument is measured as 1
 * ({@link SizeMeasure#ONE}).
 *
 * <p>Note [On-chain bounds in variants D and E]: since Plutus commit 6ce5fe508d ("update default
 * universe plumbing"), the denotations of most integer and bytestring builtins take
 * {@code CInteger} and {@code CByteString} under variants D and E ({@code ensurable}): an integer
 * argument must lie in [-2^262143, 2^262143 - 1] and a bytestring argument must be at most 65536
 * bytes long, else the call fails. Results are not bounded. The size measures are those of
 * {@code Integer} and {@code ByteString} (the newtypes derive them). Variants A to C are
 * unbounded.
 */
public final class TypedArgs {
  private TypedArgs() {}

  /** The largest bytestring a {@code CByteString} argument may hold. */
  public static final int MAX_BOUNDED_BYTESTRING = 65536;

  /** {@code 2^262143 - 1} and {@code -2^262143} both have a bit length of 262143. */
  public static final int MAX_BOUNDED_INTEGER_BITS = 262143;

  /** Whether the variant bounds {@code CInteger}/{@code CByteString} arguments (Haskell's {@code ensurable}). */
  public static boolean boundsArguments(SemanticsVariant variant) {
    return variant == SemanticsVariant.D || variant == SemanticsVariant.E;
  }

  /** An integer argument, bounded as a {@code CInteger} when {@code bounded}. */
  public static BigInteger integer(CekValue v, boolean bounded) {
    BigInteger i = Args.integer(v);
    if (bounded && i.bitLength() > MAX_BOUNDED_INTEGER_BITS) {
      throw Args.fail("Integer out of bounds");
    }
    return i;
  }

  /** A bytestring argument, bounded as a {@code CByteString} when {@code bounded}. */
  public static byte[] bytes(CekValue v, boolean bounded) {
    byte[] b = Args.bytes(v);
    if (bounded && b.length > MAX_BOUNDED_BYTESTRING) {
      throw Args.fail("ByteString overflow");
    }
    return b;
  }

  /** A Haskell {@code Int} (64 bits); see Note [Fixed-width arguments]. */
  public static long int64(CekValue v) {
    BigInteger i = Args.integer(v);
    if (i.bitLength() > 63) throw Args.fail(i + " is not within the bounds of Int64");
    return i.longValue();
  }

  /** A Haskell {@code Word8}; see Note [Fixed-width arguments]. */
  public static int word8(CekValue v) {
    BigInteger i = Args.integer(v);
    if (i.signum() < 0 || i.bitLength() > 8) throw Args.fail(i + " is not within the bounds of Word8");
    return i.intValue();
  }

  /** A Haskell {@code Word64}, kept as a BigInteger; see Note [Fixed-width arguments]. */
  public static BigInteger word64(CekValue v) {
    BigInteger i = Args.integer(v);
    if (i.signum() < 0 || i.bitLength() > 64) throw Args.fail(i + " is not within the bounds of Word64");
    return i;
  }

  /** A list whose elements have the given type (a monomorphic list argument such as {@code [Data]}). */
  public static ListConstant listOf(CekValue v, Type elementType) {
    ListConstant l = Args.list(v);
    if (!l.elementType().equals(elementType)) {
      throw Args.fail("type mismatch: expected " + Type.list(elementType) + ", got " + l.type());
    }
    return l;
  }
}
