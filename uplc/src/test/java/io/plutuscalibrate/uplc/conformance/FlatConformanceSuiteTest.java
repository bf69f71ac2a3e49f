package io.plutuscalibrate.uplc.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.plutuscalibrate.uplc.SharedData;
import io.plutuscalibrate.uplc.cek.CekMachine;
import io.plutuscalibrate.uplc.cek.MachineParameters;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The whole conformance suite in its flat form (as Plutus's runner with --format=flat): every
 * NAME.flat case gives the result in NAME.flat.expected and the budget in NAME.budget.expected,
 * under the official variant E models the budgets were computed with.
 */
class FlatConformanceSuiteTest {
  @Test
  void everyFlatCasePasses() {
    List<ConformanceCase> cases =
        ConformanceCase.find(SharedData.path("conformance"), ConformanceCase.FLAT);
    ConformanceReport report =
        ConformanceRunner.on(CekMachine.create(MachineParameters.defaults())).runAll(cases);
    System.out.printf("flat conformance: %d passed, %d failed%n", report.passed(), report.failed());
    assertEquals(819, cases.size(), "flat cases found");
    assertEquals("", report.failures().stream()
        .map(o -> o.testCase().name() + ": expected " + o.expected() + ", got " + o.actual()
            + " (" + o.detail() + ")")
        .collect(Collectors.joining("\n")));
  }
}
