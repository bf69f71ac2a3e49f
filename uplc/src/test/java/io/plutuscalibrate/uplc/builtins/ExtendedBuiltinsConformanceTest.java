package io.plutuscalibrate.uplc.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.uplc.SharedData;
import io.plutuscalibrate.uplc.cek.CekMachine;
import io.plutuscalibrate.uplc.cek.EvaluationResult;
import io.plutuscalibrate.uplc.cek.MachineParameters;
import io.plutuscalibrate.uplc.conformance.CaseOutcome;
import io.plutuscalibrate.uplc.conformance.ConformanceCase;
import io.plutuscalibrate.uplc.conformance.ConformanceRunner;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.core.Type;
import io.plutuscalibrate.uplc.text.UplcParser;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Plutus conformance cases of the hash, bitwise, conversion and value builtins
 * ({@code builtin/semantics/<builtin>}), on the machine with the official cost models E: each
 * result and each budget as expected.
 */
class ExtendedBuiltinsConformanceTest {
  private static final List<String> BUILTINS = List.of(
      "sha2_256", "sha3_256", "blake2b_224", "blake2b_256", "keccak_256", "ripemd_160",
      "integerToByteString", "byteStringToInteger",
      "andByteString", "orByteString", "xorByteString", "complementByteString", "readBit",
      "writeBits", "replicateByte", "shiftByteString", "rotateByteString", "countSetBits",
      "findFirstSetBit",
      "insertCoin", "lookupCoin", "unionValue", "valueContains", "valueData", "unValueData",
      "scaleValue");

  private static final CekMachine MACHINE = CekMachine.create(MachineParameters.defaults());
  private static final ConformanceRunner RUNNER = ConformanceRunner.on(MACHINE);

  @TestFactory
  Stream<DynamicTest> casesPass() {
    return BUILTINS.stream().flatMap(name -> {
      Path dir = SharedData.path("conformance/uplc/evaluation/builtin/semantics/" + name);
      List<ConformanceCase> cases = ConformanceCase.find(dir);
      assertFalse(cases.isEmpty(), "no conformance cases under " + dir);
      return cases.stream().map(c -> DynamicTest.dynamicTest(name + "/" + c.name(), () -> {
        CaseOutcome outcome = RUNNER.run(c);
        assertTrue(outcome.passed(), outcome::toString);
      }));
    });
  }

  /**
   * policies and assetCount have no conformance cases and no costing function yet: the machine
   * runs them and charges {@code unimplementedCostingFun} (10^11 CPU and memory) on top of the
   * startup cost (100, 100) and three steps of 16000 CPU and 100 memory (apply, builtin, constant).
   */
  @Test
  void policiesAndAssetCountRunWithTheUnimplementedCost() {
    String value = "(con value [(#, [(#, 7)]), (#aa, [(#aa, 1), (#bb, 2)])])";
    ExBudget budget = new ExBudget(100 + 3 * 16000 + 100_000_000_000L, 100 + 3 * 100 + 100_000_000_000L);
    assertEquals(new Term.Const(Calls.i(3)), run("[(builtin assetCount) " + value + "]", budget));
    assertEquals(new Term.Const(ListConstant.of(Type.BYTESTRING, List.of(ByteStringConstant.EMPTY,
        Calls.bs("aa")))), run("[(builtin policies) " + value + "]", budget));
  }

  private static Term run(String source, ExBudget expectedBudget) {
    Term term = UplcParser.parseTerm(source, "test").orElseThrow();
    EvaluationResult r = MACHINE.evaluate(term, null);
    EvaluationResult.Success s = assertInstanceOf(EvaluationResult.Success.class, r, r::toString);
    assertEquals(expectedBudget, s.spent());
    return s.term();
  }
}
