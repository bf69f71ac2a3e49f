package io.plutuscalibrate.models.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.CostModel;
import io.plutuscalibrate.models.CostingFun;
import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.models.MachineCosts;
import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.models.SharedData;
import io.plutuscalibrate.models.StepKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Reading then writing each official file gives it back byte for byte. */
class OfficialFilesRoundTripTest {

  private static String text(Path p) throws Exception {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @EnumSource(SemanticsVariant.class)
  void builtinCostModelIsReproducedByteForByte(SemanticsVariant v) throws Exception {
    Path file = SharedData.path("cost-model/" + v.builtinCostModelFile());
    BuiltinCostModel model = BuiltinCostModelJson.read(file);
    assertEquals(102, model.builtins().size());
    assertEquals(text(file), BuiltinCostModelJson.write(model));
  }

  @ParameterizedTest
  @EnumSource(SemanticsVariant.class)
  void machineCostsAreReproducedByteForByte(SemanticsVariant v) throws Exception {
    Path file = SharedData.path("cost-model/" + v.machineCostsFile());
    MachineCosts costs = MachineCostsJson.read(file);
    assertEquals(text(file), MachineCostsJson.write(costs));
  }

  @ParameterizedTest
  @EnumSource(SemanticsVariant.class)
  void treeRoundTripGivesTheSameModel(SemanticsVariant v) throws Exception {
    BuiltinCostModel model =
        BuiltinCostModelJson.read(SharedData.path("cost-model/" + v.builtinCostModelFile()));
    assertEquals(model, BuiltinCostModelJson.fromTree(BuiltinCostModelJson.toTree(model), "tree"));
    MachineCosts costs =
        MachineCostsJson.read(SharedData.path("cost-model/" + v.machineCostsFile()));
    assertEquals(costs, MachineCostsJson.fromTree(MachineCostsJson.toTree(costs), "tree"));
  }

  @Test
  void readsTheNestedAndThreeArgumentShapesOfVariantE() throws Exception {
    BuiltinCostModel e =
        BuiltinCostModelJson.read(SharedData.path("cost-model/builtinCostModelE.json"));
    assertEquals(new CostingFun(new CostModel.MaxSize(100788, 420), new CostModel.MaxSize(1, 1)),
        e.get("addInteger"));
    assertEquals(new CostModel.AboveAndBelowDiagonal(85848,
            new CostModel.QuadraticInXAndY(85848, 123203, 1716, 7305, 57, 960, -900)),
        e.get("divideInteger").cpu());
    assertEquals(new CostModel.SubtractedSizes(0, 1, 1), e.get("divideInteger").memory());
    assertEquals(new CostModel.ExpModCost(607153, 231697, 53144), e.get("expModInteger").cpu());
    assertEquals(new CostModel.LinearIn(2, 0, 1), e.get("expModInteger").memory());
    assertEquals(new CostingFun(new CostModel.QuadraticIn(2, 1293828, 28716, 63),
        new CostModel.LiteralInYOrLinearInZ(0, 1)), e.get("integerToByteString"));
    assertEquals(new CostModel.LinearOnDiagonal(30623, 28755, 75),
        e.get("equalsByteString").cpu());
    assertEquals(new CostModel.ConstAboveDiagonal(213283,
        new CostModel.LinearInXAndY(618401, 1998, 28258)), e.get("valueContains").cpu());
    assertEquals(new CostModel.WithInteractionInXAndY(1000, 172116, 183150, 6),
        e.get("unionValue").cpu());
    assertEquals(new CostModel.LinearIn(3, 356924, 18413), e.get("insertCoin").cpu());
    // File order, not alphabetical order.
    assertEquals("multiIndexArray", e.builtins().stream().reduce((a, b) -> b).orElseThrow());
  }

  @Test
  void readsTheLinearInY2OfVariantD() throws Exception {
    BuiltinCostModel d =
        BuiltinCostModelJson.read(SharedData.path("cost-model/builtinCostModelD.json"));
    assertEquals(new CostingFun(
            new CostModel.AboveAndBelowDiagonal(85848, new CostModel.MultipliedSizes(228465, 122)),
            new CostModel.LinearInY2(0, 1, 1)),
        d.get("modInteger"));
  }

  @Test
  void readsMachineCosts() throws Exception {
    MachineCosts a = MachineCostsJson.read(SharedData.path("cost-model/cekMachineCostsA.json"));
    MachineCosts e = MachineCostsJson.read(SharedData.path("cost-model/cekMachineCostsE.json"));
    assertEquals(new ExBudget(100, 100), e.startup());
    assertEquals(new ExBudget(23000, 100), a.get(StepKind.APPLY));
    Map<StepKind, ExBudget> expected = new HashMap<>();
    for (StepKind k : StepKind.values()) {
      expected.put(k, k == StepKind.STARTUP ? new ExBudget(100, 100) : new ExBudget(16000, 100));
    }
    assertEquals(MachineCosts.of(expected), e);
  }
}
