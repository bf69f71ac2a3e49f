package io.plutuscalibrate.uplc.builtins;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.Type;
import java.math.BigInteger;

/**
 * The logical and bitwise bytestring builtins of CIP-122 and CIP-123; the operations themselves
 * are in {@link Bitwise}. The declarations follow {@code toBuiltinMeaning} in
 * {@code PlutusCore.Default.Builtins}, including what changes under variants D and E: bounded
 * bytestring arguments (Note [On-chain bounds in variants D and E] in {@link TypedArgs}),
 * writeBits' input limit, and the shift and rotation amounts being read as {@code Int} instead of
 * {@code IntegerCostedLiterally}. {@code Int} and {@code Word8} arguments are measured as 1 (Note
 * [Fixed-width arguments]).
 */
public final class BitwiseBuiltins {
  private BitwiseBuiltins() {}

  public static void register(BuiltinTable.Builder table, SemanticsVariant variant) {
    boolean bounded = TypedArgs.boundsArguments(variant);

    table.define(DefaultFun.andByteString,
        (args, ctx) -> bytes(Bitwise.and(Args.bool(args[0]),
            TypedArgs.bytes(args[1], bounded), TypedArgs.bytes(args[2], bounded))),
        SizeMeasure.DEFAULT, SizeMeasure.DEFAULT, SizeMeasure.DEFAULT);
    table.define(DefaultFun.orByteString,
        (args, ctx) -> bytes(Bitwise.or(Args.bool(args[0]),
            TypedArgs.bytes(args[1], bounded), TypedArgs.bytes(args[2], bounded))),
        SizeMeasure.DEFAULT, SizeMeasure.DEFAULT, SizeMeasure.DEFAULT);
    table.define(DefaultFun.xorByteString,
        (args, ctx) -> bytes(Bitwise.xor(Args.bool(args[0]),
            TypedArgs.bytes(args[1], bounded), TypedArgs.bytes(args[2], bounded))),
        SizeMeasure.DEFAULT, SizeMeasure.DEFAULT, SizeMeasure.DEFAULT);
    table.define(DefaultFun.complementByteString,
        (args, ctx) -> bytes(Bitwise.complement(TypedArgs.bytes(args[0], bounded))),
        SizeMeasure.DEFAULT);

    // The index is an Int.
    table.define(DefaultFun.readBit,
        (args, ctx) -> BoolConstant.of(
            Bitwise.readBit(TypedArgs.bytes(args[0], bounded), TypedArgs.int64(args[1]))),
        SizeMeasure.DEFAULT, SizeMeasure.ONE);

    // Variants D and E check the input's length in the meaning (a costed failure), not when
    // unlifting; the others accept any length.
    table.define(DefaultFun.writeBits,
        (args, ctx) -> {
          ByteStringConstant input = Args.byteString(args[0]);
          ListConstant indices = TypedArgs.listOf(args[1], Type.INTEGER);
          boolean bit = Args.bool(args[2]);
          if (bounded && input.length() > Bitwise.MAXIMUM_INPUT_LENGTH) {
            throw Args.fail("writeBits: input of " + input.length() + " bytes exceeds "
                + Bitwise.MAXIMUM_INPUT_LENGTH);
          }
          byte[] out = Bitwise.writeBits(input.bytes(), indices, bit);
          return out == input.bytes() ? input : ByteStringConstant.wrap(out);
        },
        SizeMeasure.DEFAULT, SizeMeasure.DEFAULT, SizeMeasure.DEFAULT);

    // The count is NumBytesCostedAsNumWords, the byte a Word8.
    table.define(DefaultFun.replicateByte,
        (args, ctx) -> bytes(
            Bitwise.replicateByte(Args.integer(args[0]), TypedArgs.word8(args[1]))),
        SizeMeasure.NUM_BYTES_AS_WORDS, SizeMeasure.ONE);

    // The bytestring is a plain ByteString in every variant; the amount is IntegerCostedLiterally
    // before variant D and an Int from D on.
    SizeMeasure amountSize = bounded ? SizeMeasure.ONE : SizeMeasure.INTEGER_LITERALLY;
    table.define(DefaultFun.shiftByteString,
        (args, ctx) -> {
          ByteStringConstant input = Args.byteString(args[0]);
          byte[] out = Bitwise.shift(input.bytes(), amount(args[1], bounded));
          return out == input.bytes() ? input : ByteStringConstant.wrap(out);
        },
        SizeMeasure.DEFAULT, amountSize);
    table.define(DefaultFun.rotateByteString,
        (args, ctx) -> {
          ByteStringConstant input = Args.byteString(args[0]);
          byte[] out = Bitwise.rotate(input.bytes(), amount(args[1], bounded));
          return out == input.bytes() ? input : ByteStringConstant.wrap(out);
        },
        SizeMeasure.DEFAULT, amountSize);

    table.define(DefaultFun.countSetBits,
        (args, ctx) -> IntegerConstant.of(Bitwise.countSetBits(TypedArgs.bytes(args[0], bounded))),
        SizeMeasure.DEFAULT);
    table.define(DefaultFun.findFirstSetBit,
        (args, ctx) -> IntegerConstant.of(
            Bitwise.findFirstSetBit(TypedArgs.bytes(args[0], bounded))),
        SizeMeasure.DEFAULT);
  }

  private static ByteStringConstant bytes(byte[] fresh) {
    return ByteStringConstant.wrap(fresh);
  }

  private static BigInteger amount(CekValue v, boolean asInt) {
    return asInt ? BigInteger.valueOf(TypedArgs.int64(v)) : Args.integer(v);
  }
}
