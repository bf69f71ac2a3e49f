package io.plutuscalibrate.uplc.builtins;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.crypto.EcdsaSecp256k1Verifier;
import io.plutuscalibrate.uplc.crypto.Ed25519Verifier;
import io.plutuscalibrate.uplc.crypto.SchnorrSecp256k1Verifier;
import io.plutuscalibrate.uplc.crypto.SignatureCheck;

/**
 * The signature-verification builtins: Ed25519, ECDSA on secp256k1 and BIP-340 Schnorr on
 * secp256k1 (PlutusCore.Crypto.Ed25519 and Secp256k1). Each takes a key, a message and a
 * signature, measured as bytestrings, and returns whether the signature verifies; a key,
 * signature or message that cannot even be parsed (wrong length, not a curve point, ...) makes
 * the call fail. The exact rules of each are in its verifier class.
 *
 * <p>Under variants D and E the message of the Ed25519 and Schnorr builtins is a {@code CByteString}
 * (see Note [On-chain bounds in variants D and E] in {@link TypedArgs}).
 */
final class SignatureBuiltins {
  private SignatureBuiltins() {}

  static void register(BuiltinTable.Builder table, SemanticsVariant variant) {
    boolean bounded = TypedArgs.boundsArguments(variant);
    table.define(DefaultFun.verifyEd25519Signature,
        (args, ctx) -> outcome("Ed25519 signature verification", Ed25519Verifier.verify(
            Args.bytes(args[0]), TypedArgs.bytes(args[1], bounded), Args.bytes(args[2]))),
        SizeMeasure.DEFAULT, SizeMeasure.DEFAULT, SizeMeasure.DEFAULT);
    table.define(DefaultFun.verifyEcdsaSecp256k1Signature,
        (args, ctx) -> outcome("ECDSA SECP256k1 signature verification", EcdsaSecp256k1Verifier.verify(
            Args.bytes(args[0]), Args.bytes(args[1]), Args.bytes(args[2]))),
        SizeMeasure.DEFAULT, SizeMeasure.DEFAULT, SizeMeasure.DEFAULT);
    table.define(DefaultFun.verifySchnorrSecp256k1Signature,
        (args, ctx) -> outcome("Schnorr SECP256k1 signature verification", SchnorrSecp256k1Verifier.verify(
            Args.bytes(args[0]), TypedArgs.bytes(args[1], bounded), Args.bytes(args[2]))),
        SizeMeasure.DEFAULT, SizeMeasure.DEFAULT, SizeMeasure.DEFAULT);
  }

  /** The builtin's result, or its failure with the message Plutus logs. */
  private static CekValue outcome(String location, SignatureCheck check) {
    return switch (check) {
      case VALID -> BoolConstant.TRUE;
      case INVALID -> BoolConstant.FALSE;
      case MALFORMED_KEY -> throw Args.fail(location + ": Invalid verification key.");
      case MALFORMED_SIGNATURE -> throw Args.fail(location + ": Invalid signature.");
      case MALFORMED_MESSAGE -> throw Args.fail(location + ": Invalid message hash.");
    };
  }
}
