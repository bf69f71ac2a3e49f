package io.plutuscalibrate.reports.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.models.OfficialModels;
import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.reports.SharedData;
import io.plutuscalibrate.uplc.cek.CekMachine;
import io.plutuscalibrate.uplc.cek.MachineParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptRecostingTest {
  @TempDir Path dir;

  private static final Path RESOURCES =
      Path.of("src/test/resources/io/plutuscalibrate/reports/diff");

  @Test
  void theValidationScriptsUnderCAndE() throws Exception {
    ScriptSet scripts = ScriptSet.load(SharedData.path("validation"));
    assertEquals(39, scripts.scripts().size());
    DiffReport r = ModelDiff.compare(
        SideLoader.load(List.of(SharedData.path("cost-model/builtinCostModelC.json")),
            VariantChoice.defaults()),
        SideLoader.load(List.of(SharedData.path("cost-model/builtinCostModelE.json")),
            VariantChoice.defaults()),
        new DiffOptions(Set.of(), Optional.of(scripts), Optional.empty()));
    ScriptRecosting s = r.comparisons().get(0).scripts().orElseThrow();
    assertEquals(39, s.summary().scripts());
    assertEquals(39, s.summary().comparable());
    assertEquals(0, s.summary().outcomeChanged());
    // C and E differ only in CPU parameters: memory is the same for every script.
    assertEquals(0, s.summary().memUp() + s.summary().memDown());
    assertEquals(39, s.summary().cpuUp() + s.summary().cpuDown(),
        "every validation script divides or compares bytestrings");
    // Each budget is what the machine charges under that side's model and variant.
    CekMachine c = CekMachine.create(MachineParameters.forVariant(SemanticsVariant.C));
    CekMachine e = CekMachine.create(MachineParameters.forVariant(SemanticsVariant.E));
    for (ScriptChange x : s.scripts()) {
      ScriptSet.Script script = scripts.scripts().stream()
          .filter(y -> y.name().equals(x.script())).findFirst().orElseThrow();
      assertEquals(c.evaluate(script.program().term()).spent(), x.current().spent(), x.script());
      assertEquals(e.evaluate(script.program().term()).spent(), x.proposed().spent(), x.script());
    }
    // Largest movers first.
    for (int i = 1; i < s.scripts().size(); i++) {
      assertTrue(s.scripts().get(i - 1).magnitude() >= s.scripts().get(i).magnitude());
    }
  }

  @Test
  void aScriptThatRunsOutOfBudgetUnderOneModelComesFirstWithNoChange() throws Exception {
    ScriptSet scripts = ScriptSet.load(RESOURCES.resolve("small-scripts"));
    Side cur = SideLoader.load(List.of(RESOURCES.resolve("small-current.json")),
        VariantChoice.defaults());
    Side prop = SideLoader.load(List.of(RESOURCES.resolve("small-proposed.json")),
        VariantChoice.defaults());
    ScriptRecosting free = ModelDiff.compare(cur, prop,
        new DiffOptions(Set.of(), Optional.of(scripts), Optional.empty()))
        .comparisons().get(0).scripts().orElseThrow();
    ScriptChange add = free.scripts().get(0);
    assertEquals("add.uplc", add.script());
    long before = add.current().spent().cpu();
    long after = add.proposed().spent().cpu();
    assertTrue(before < after);
    // A CPU limit between the two budgets: fits the current model, not the proposed one.
    ScriptRecosting limited = ModelDiff.compare(cur, prop,
        new DiffOptions(Set.of(), Optional.of(scripts),
            Optional.of(ExBudget.of(before, 1_000_000))))
        .comparisons().get(0).scripts().orElseThrow();
    ScriptChange first = limited.scripts().get(0);
    assertEquals("add.uplc", first.script());
    assertTrue(first.outcomeChanged());
    assertEquals(ScriptRun.Outcome.SUCCESS, first.current().outcome());
    assertEquals(ScriptRun.Outcome.OUT_OF_BUDGET, first.proposed().outcome());
    assertFalse(first.comparable());
    assertTrue(first.cpu().isEmpty());
    assertEquals(1, limited.summary().outcomeChanged());
    // The failing script fails under both: shown, not compared.
    ScriptChange fails = limited.scripts().get(1);
    assertEquals(ScriptRun.Outcome.FAILURE, fails.current().outcome());
    assertFalse(fails.outcomeChanged());
    assertTrue(fails.memory().isEmpty());
  }

  @Test
  void aScriptsDirectoryMustHoldReadablePrograms() throws Exception {
    assertTrue(assertThrows(DiffInputException.class, () -> ScriptSet.load(dir))
        .getMessage().contains("no program files"));
    assertTrue(assertThrows(DiffInputException.class,
        () -> ScriptSet.load(dir.resolve("absent"))).getMessage().contains("no such directory"));
    Files.writeString(dir.resolve("bad.uplc"), "(program 1.0.0 (lam x))");
    String m = assertThrows(DiffInputException.class, () -> ScriptSet.load(dir)).getMessage();
    assertTrue(m.contains("bad.uplc"), m);
    assertFalse(m.contains("\n"), m);
  }

  @Test
  void officialMachineCostsAreUsedWhenNoneAreGiven() throws Exception {
    Side a = SideLoader.load(List.of(SharedData.path("cost-model/builtinCostModelA.json")),
        VariantChoice.defaults());
    SideModel m = a.models(Set.of()).get(Side.READABLE);
    assertEquals(SemanticsVariant.A, m.variant().variant());
    assertEquals(OfficialModels.machineCosts(SemanticsVariant.A), m.machine());
    assertFalse(m.machineGiven());
  }
}
