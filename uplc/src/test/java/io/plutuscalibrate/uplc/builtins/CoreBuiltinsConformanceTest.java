package io.plutuscalibrate.uplc.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.uplc.SharedData;
import io.plutuscalibrate.uplc.cek.CekMachine;
import io.plutuscalibrate.uplc.cek.MachineParameters;
import io.plutuscalibrate.uplc.conformance.CaseOutcome;
import io.plutuscalibrate.uplc.conformance.ConformanceCase;
import io.plutuscalibrate.uplc.conformance.ConformanceReport;
import io.plutuscalibrate.uplc.conformance.ConformanceRunner;
import io.plutuscalibrate.uplc.core.DefaultFun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plutus-conformance cases of the core builtin families (builtin/semantics/NAME): result and
 * budget, with the official variant E cost models, as the suite computes them.
 */
class CoreBuiltinsConformanceTest {
  private static final CekMachine MACHINE = CekMachine.create(MachineParameters.defaults());
  private static final String SEMANTICS = "conformance/uplc/evaluation/builtin/semantics/";

  /** The directories of the core builtins, and of the cases that combine them. */
  static final List<String> DIRECTORIES = List.of(
      "addInteger", "subtractInteger", "subtractInteger-non-iter", "multiplyInteger",
      "divideInteger", "quotientInteger", "remainderInteger", "modInteger", "equalsInteger",
      "lessThanInteger", "lessThanEqualsInteger", "expModInteger",
      "appendByteString", "consByteString", "sliceByteString", "lengthOfByteString",
      "indexByteString", "equalsByteString", "lessThanByteString", "lessThanEqualsByteString",
      "appendString", "equalsString", "encodeUtf8", "decodeUtf8",
      "ifThenElse", "chooseUnit", "trace",
      "fstPair", "sndPair", "pairOfPairAndList",
      "chooseList", "mkCons", "headList", "tailList", "nullList", "dropList", "listOfList",
      "listOfPair",
      "chooseDataByteString", "chooseDataConstr", "chooseDataInteger", "chooseDataList",
      "constrData", "mapData", "listData", "iData", "bData", "unConstrData", "unMapData",
      "unListData", "unIData", "unBData", "equalsData", "mkPairData", "mkNilData",
      "mkNilPairData",
      "lengthOfArray", "listToArray", "indexArray");

  static List<String> directories() {
    return DIRECTORIES;
  }

  @ParameterizedTest
  @MethodSource("directories")
  void casesPass(String directory) {
    Path root = SharedData.path(SEMANTICS + directory);
    List<ConformanceCase> cases = ConformanceCase.find(root);
    assertFalse(cases.isEmpty(), "no cases under " + root);
    ConformanceReport report = ConformanceRunner.on(MACHINE).runAll(cases);
    String failures = report.failures().stream().map(CaseOutcome::toString)
        .collect(Collectors.joining("\n"));
    assertEquals(0, report.failed(), failures);
    assertEquals(cases.size(), report.passed());
  }

  @Test
  void everyCoreBuiltinWithCasesIsRun() {
    Path root = SharedData.path(SEMANTICS);
    List<String> missing = CoreSizeMeasuresTest.coreBuiltins().stream()
        .map(DefaultFun::name)
        .filter(name -> Files.isDirectory(root.resolve(name)) && !DIRECTORIES.contains(name))
        .toList();
    assertTrue(missing.isEmpty(), "conformance directories not run: " + missing);
  }
}
