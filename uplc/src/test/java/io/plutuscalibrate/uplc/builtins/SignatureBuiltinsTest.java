package io.plutuscalibrate.uplc.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;

class SignatureBuiltinsTest {
  private static CekValue call(SemanticsVariant variant, DefaultFun fun, CekValue... args) {
    BuiltinSpec spec = BuiltinTable.forVariant(variant).find(fun).orElseThrow();
    return spec.meaning().apply(args, message -> {});
  }

  private static ByteStringConstant bs(String hex) {
    return ByteStringConstant.of(HexFormat.of().parseHex(hex));
  }

  private static final ByteStringConstant ED_KEY = bs("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025");
  private static final ByteStringConstant ED_SIG = bs("6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");

  @Test
  void ed25519() {
    for (SemanticsVariant v : SemanticsVariant.values()) {
      assertEquals(BoolConstant.TRUE, call(v, DefaultFun.verifyEd25519Signature, ED_KEY, bs("af82"), ED_SIG));
      assertEquals(BoolConstant.FALSE, call(v, DefaultFun.verifyEd25519Signature, ED_KEY, bs("af83"), ED_SIG));
    }
    assertThrows(BuiltinFailure.class, () -> call(SemanticsVariant.E, DefaultFun.verifyEd25519Signature,
        bs("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb9115489080"), bs("af82"), ED_SIG));
    assertThrows(BuiltinFailure.class, () -> call(SemanticsVariant.E, DefaultFun.verifyEd25519Signature,
        ED_KEY, bs("af82"), bs("00")));
    assertThrows(BuiltinFailure.class, () -> call(SemanticsVariant.E, DefaultFun.verifyEd25519Signature,
        IntegerConstant.of(1), bs("af82"), ED_SIG));
  }

  /** Under D and E the message is a CByteString: 65536 bytes verify, 65537 fail to unlift. */
  @Test
  void ed25519MessageBoundDependsOnVariant() {
    byte[] sk = new byte[32];
    byte[] pk = new byte[32];
    Ed25519.generatePublicKey(sk, 0, pk, 0);
    for (int length : new int[] {65536, 65537}) {
      byte[] msg = new byte[length];
      byte[] sig = new byte[64];
      Ed25519.sign(sk, 0, msg, 0, msg.length, sig, 0);
      CekValue[] args = {ByteStringConstant.of(pk), ByteStringConstant.of(msg), ByteStringConstant.of(sig)};
      for (SemanticsVariant v : List.of(SemanticsVariant.A, SemanticsVariant.B, SemanticsVariant.C)) {
        assertEquals(BoolConstant.TRUE, call(v, DefaultFun.verifyEd25519Signature, args));
      }
      for (SemanticsVariant v : List.of(SemanticsVariant.D, SemanticsVariant.E)) {
        if (length <= 65536) {
          assertEquals(BoolConstant.TRUE, call(v, DefaultFun.verifyEd25519Signature, args));
        } else {
          assertThrows(BuiltinFailure.class, () -> call(v, DefaultFun.verifyEd25519Signature, args));
        }
      }
    }
  }

  @Test
  void ecdsa() {
    ByteStringConstant pk = bs("0284bf7562262bbd6940085748f3be6afa52ae317155181ece31b66351ccffa4b0");
    ByteStringConstant hash = bs("b7fc7c76b1d560fbbb039f2658d175e0cc8cbc0d49b0ff3078efb73cba0bdefb");
    ByteStringConstant sig = bs("048056c4326fa161cbac89e385314b390790fb8fa3b36458700ad28b83178c10"
        + "4c5abfd0d978e821ee673f94b85761f5d8e480a3ed623f216123e61031029b65");
    assertEquals(BoolConstant.TRUE, call(SemanticsVariant.C, DefaultFun.verifyEcdsaSecp256k1Signature, pk, hash, sig));
    assertEquals(BoolConstant.FALSE, call(SemanticsVariant.C, DefaultFun.verifyEcdsaSecp256k1Signature, pk,
        bs("c7fc7c76b1d560fbbb039f2658d175e0cc8cbc0d49b0ff3078efb73cba0bdefb"), sig));
    // A 33-byte message is not a hash: failure, not False.
    assertThrows(BuiltinFailure.class, () -> call(SemanticsVariant.C, DefaultFun.verifyEcdsaSecp256k1Signature,
        pk, bs("00b7fc7c76b1d560fbbb039f2658d175e0cc8cbc0d49b0ff3078efb73cba0bdefb"), sig));
    assertThrows(BuiltinFailure.class, () -> call(SemanticsVariant.C, DefaultFun.verifyEcdsaSecp256k1Signature,
        bs("0484bf7562262bbd6940085748f3be6afa52ae317155181ece31b66351ccffa4b0"), hash, sig));
  }

  @Test
  void schnorr() {
    ByteStringConstant pk = bs("778CAA53B4393AC467774D09497A87224BF9FAB6F6E68B23086497324D6FD117");
    ByteStringConstant sig = bs("5130F39A4059B43BC7CAC09A19ECE52B5D8699D1A71E3C52DA9AFDB6B50AC370"
        + "C4A482B77BF960F8681540E25B6771ECE1E5A37FD80E5A51897C5566A97EA5A5");
    ByteStringConstant msg = bs("0102030405060708090A0B0C0D0E0F1011");
    assertEquals(BoolConstant.TRUE, call(SemanticsVariant.E, DefaultFun.verifySchnorrSecp256k1Signature, pk, msg, sig));
    assertEquals(BoolConstant.FALSE, call(SemanticsVariant.E, DefaultFun.verifySchnorrSecp256k1Signature, pk, bs("01"), sig));
    assertThrows(BuiltinFailure.class, () -> call(SemanticsVariant.E, DefaultFun.verifySchnorrSecp256k1Signature,
        bs("EEFDEA4CDB677750A420FEE807EACF21EB9898AE79B9768766E4FAA04A2D4A34"), msg, sig));
    assertThrows(BuiltinFailure.class, () -> call(SemanticsVariant.E, DefaultFun.verifySchnorrSecp256k1Signature,
        ByteStringConstant.of(new byte[32]), ByteStringConstant.of(new byte[65537]), sig));
  }

  @Test
  void everyArgumentIsMeasuredAsABytestring() {
    for (DefaultFun fun : List.of(DefaultFun.verifyEd25519Signature, DefaultFun.verifyEcdsaSecp256k1Signature,
        DefaultFun.verifySchnorrSecp256k1Signature)) {
      for (SemanticsVariant v : SemanticsVariant.values()) {
        BuiltinSpec spec = BuiltinTable.forVariant(v).find(fun).orElseThrow();
        assertEquals(List.of(SizeMeasure.DEFAULT, SizeMeasure.DEFAULT, SizeMeasure.DEFAULT), spec.sizes());
      }
    }
  }
}
