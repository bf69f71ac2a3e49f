package io.plutuscalibrate.uplc.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.plutuscalibrate.uplc.SharedData;
import io.plutuscalibrate.uplc.cek.CekMachine;
import io.plutuscalibrate.uplc.cek.MachineParameters;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The conformance cases of the cryptographic builtins (builtin/semantics/verify* and
 * bls12_381*): result and budget of every case, with the official variant-E cost models that the
 * expected budgets were computed with.
 */
class CryptoConformanceTest {
  private static final String ROOT = "conformance/uplc/evaluation/builtin/semantics/";
  private static final List<String> DIRECTORIES = List.of(
      "verifyEd25519Signature", "verifyEcdsaSecp256k1Signature", "verifySchnorrSecp256k1Signature",
      "bls12_381-cardano-crypto-tests",
      "bls12_381_G1_add", "bls12_381_G1_compress", "bls12_381_G1_equal", "bls12_381_G1_hashToGroup",
      "bls12_381_G1_multiScalarMul", "bls12_381_G1_neg", "bls12_381_G1_scalarMul", "bls12_381_G1_uncompress",
      "bls12_381_G2_add", "bls12_381_G2_compress", "bls12_381_G2_equal", "bls12_381_G2_hashToGroup",
      "bls12_381_G2_multiScalarMul", "bls12_381_G2_neg", "bls12_381_G2_scalarMul", "bls12_381_G2_uncompress",
      "bls12_381_millerLoop");

  @Test
  void everyCaseMatchesResultAndBudget() {
    CekMachine machine = CekMachine.create(MachineParameters.defaults());
    ConformanceRunner runner = ConformanceRunner.on(machine);
    int cases = 0;
    StringBuilder failures = new StringBuilder();
    for (String dir : DIRECTORIES) {
      List<ConformanceCase> found = ConformanceCase.find(SharedData.path(ROOT + dir));
      cases += found.size();
      ConformanceReport report = runner.runAll(found);
      failures.append(report.failures().stream().map(o -> dir + ": " + o + "\n").collect(Collectors.joining()));
    }
    assertEquals("", failures.toString());
    // 32 Ed25519, 23 ECDSA, 21 Schnorr and 141 BLS12-381 cases: none may go missing unnoticed.
    assertEquals(217, cases);
  }
}
