package io.plutuscalibrate.uplc.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.acinq.secp256k1.Secp256k1;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import supranational.blst.P1;

/**
 * The two native libraries load from their Maven artifacts alone: jblst copies
 * supranational/blst/Linux/amd64/libblst.so from its jar into a fresh temporary directory
 * (deleted on exit) and loads it; secp256k1-kmp-jni-jvm-extract copies libsecp256k1-jni.so from
 * secp256k1-kmp-jni-jvm-linux into java.io.tmpdir. Nothing is installed on the machine. One call
 * each, checked against a known value.
 */
class NativeLibrariesTest {
  @Test
  void blstLoadsAndComputes() {
    // The compressed G1 generator (ZCash serialisation, as in the Plutus docs).
    assertEquals(
        "97f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb",
        HexFormat.of().formatHex(P1.generator().compress()));
  }

  @Test
  void libsecp256k1LoadsAndComputes() {
    byte[] one = new byte[32];
    one[31] = 1;
    // The public key of secret key 1 is the secp256k1 generator G.
    assertEquals("0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798",
        HexFormat.of().formatHex(Secp256k1.get().pubKeyCompress(Secp256k1.get().pubkeyCreate(one))));
  }
}
