package io.plutuscalibrate.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.plutuscalibrate.models.json.BuiltinCostModelJson;
import io.plutuscalibrate.models.json.MachineCostsJson;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class OfficialModelsTest {

  @ParameterizedTest
  @EnumSource(SemanticsVariant.class)
  void theBundledFilesAreTheOfficialOnes(SemanticsVariant v) throws Exception {
    assertEquals(Files.readString(SharedData.path("cost-model/" + v.builtinCostModelFile())),
        OfficialModels.builtinCostModelText(v));
    assertEquals(Files.readString(SharedData.path("cost-model/" + v.machineCostsFile())),
        OfficialModels.machineCostsText(v));
  }

  @ParameterizedTest
  @EnumSource(SemanticsVariant.class)
  void eachVariantLoadsItsOwnFiles(SemanticsVariant v) throws Exception {
    assertEquals(BuiltinCostModelJson.read(SharedData.path("cost-model/" + v.builtinCostModelFile())),
        OfficialModels.builtinCostModel(v));
    assertEquals(MachineCostsJson.read(SharedData.path("cost-model/" + v.machineCostsFile())),
        OfficialModels.machineCosts(v));
  }

  @Test
  void modelsAreCachedAndTheNewestIsE() {
    assertSame(OfficialModels.builtinCostModel(SemanticsVariant.C),
        OfficialModels.builtinCostModel(SemanticsVariant.C));
    assertSame(OfficialModels.builtinCostModel(SemanticsVariant.E),
        OfficialModels.newestBuiltinCostModel());
    assertSame(OfficialModels.machineCosts(SemanticsVariant.E), OfficialModels.newestMachineCosts());
    assertNotEquals(OfficialModels.builtinCostModel(SemanticsVariant.C),
        OfficialModels.builtinCostModel(SemanticsVariant.E));
    assertEquals(new ExBudget(23000, 100),
        OfficialModels.machineCosts(SemanticsVariant.A).get(StepKind.VAR));
  }
}
