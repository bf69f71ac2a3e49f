package io.plutuscalibrate.uplc.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.uplc.SharedData;
import io.plutuscalibrate.uplc.cek.CekMachine;
import io.plutuscalibrate.uplc.cek.MachineParameters;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The whole Plutus conformance suite (../shared/plutus/conformance/uplc/evaluation) on the machine
 * with the official variant E models, as the suite's budgets were computed: every case must give
 * the expected result and, when it succeeds, the expected budget. Cases of the signature
 * verification and BLS12-381 builtins are run and reported but not required here (the crypto
 * family owns them and has its own tests).
 */
class ConformanceSuiteTest {
  private static final Path ROOT = SharedData.path("conformance/uplc/evaluation");

  /** Directories whose cases are reported but not required. */
  static final Predicate<String> NOT_REQUIRED = name ->
      name.contains("verifyEd25519Signature") || name.contains("verifyEcdsaSecp256k1Signature")
          || name.contains("verifySchnorrSecp256k1Signature") || name.contains("bls12_381")
          || name.contains("bls12-381");

  @Test
  void everyRequiredCasePasses() {
    List<ConformanceCase> cases = ConformanceCase.find(ROOT);
    assertTrue(cases.size() > 800, "found only " + cases.size() + " cases under " + ROOT);
    ConformanceReport report =
        ConformanceRunner.on(CekMachine.create(MachineParameters.defaults())).runAll(cases);

    List<CaseOutcome> required = report.failures(NOT_REQUIRED.negate());
    List<CaseOutcome> other = report.failures(NOT_REQUIRED);
    long notRequiredCases = cases.stream().filter(c -> NOT_REQUIRED.test(c.name())).count();
    System.out.printf("conformance: %d cases, %d passed, %d failed (%d of %d signature/BLS cases"
        + " failed, not required)%n", cases.size(), report.passed(), report.failed(), other.size(),
        notRequiredCases);
    Map<String, Integer> byDir = report.failuresByDirectory(3);
    byDir.forEach((dir, n) -> System.out.println("  failures in " + dir + ": " + n));

    String listing = required.stream()
        .map(o -> o.testCase().name() + "\n    expected: " + o.expected() + "\n    actual:   "
            + o.actual() + (o.detail().isEmpty() ? "" : "\n    (" + o.detail() + ")"))
        .collect(Collectors.joining("\n"));
    assertEquals(0, required.size(), required.size() + " required cases failed:\n" + listing);
  }
}
