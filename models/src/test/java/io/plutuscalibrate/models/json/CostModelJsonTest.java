package io.plutuscalibrate.models.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.CostModel;
import io.plutuscalibrate.models.SharedData;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CostModelJsonTest {

  @Test
  void theRegistryCoversEveryTagAndEveryShapeRecord() {
    Set<String> tags = new HashSet<>();
    Set<Class<?>> records = new HashSet<>();
    for (CostModel m : RandomModels.oneOfEachTag()) {
      tags.add(m.tag());
      records.add(m.getClass());
    }
    Set<String> registered = new HashSet<>();
    for (Shape s : Shape.values()) {
      registered.add(s.tag);
    }
    assertEquals(27, registered.size());
    assertEquals(registered, tags);
    assertEquals(Set.of(CostModel.class.getPermittedSubclasses()), records);
  }

  @Test
  void everyShapeSurvivesTheTree() throws Exception {
    for (CostModel m : RandomModels.oneOfEachTag()) {
      assertEquals(m, CostModelJson.fromTree(
          JsonDocument.ofTree(CostModelJson.toTree(m), "t"), CostModelJson.toTree(m), ""));
    }
  }

  @Test
  void nestedModelsAreWrittenWithSortedKeys() {
    CostModel m = new CostModel.ConstOffDiagonal(5, new CostModel.LinearIn(0, 1, 2));
    assertEquals("{\"arguments\":{\"constant\":5,\"model\":{\"arguments\":"
            + "{\"intercept\":1,\"slope\":2},\"type\":\"linear_in_x\"}},\"type\":\"const_off_diagonal\"}",
        CostModelJson.toTree(m).toString());
    CostModel q = new CostModel.QuadraticInYAndZ(1, 2, 3, 4, 5, 6, 7);
    assertEquals("{\"arguments\":{\"c00\":2,\"c01\":4,\"c02\":7,\"c10\":3,\"c11\":6,\"c20\":5,"
        + "\"minimum\":1},\"type\":\"quadratic_in_y_and_z\"}", CostModelJson.toTree(q).toString());
  }

  /** Law: parse . write = id on models, and write . parse . write = write on text. */
  @Test
  void randomModelsSurviveWriteThenRead() throws Exception {
    for (long seed = 0; seed < 300; seed++) {
      BuiltinCostModel model = new RandomModels(seed).builtinCostModel();
      String text = BuiltinCostModelJson.write(model);
      BuiltinCostModel back = BuiltinCostModelJson.parse(text, "seed " + seed);
      assertEquals(model, back, "seed " + seed);
      assertEquals(text, BuiltinCostModelJson.write(back), "seed " + seed);
      assertEquals(java.util.List.copyOf(model.builtins()), java.util.List.copyOf(back.builtins()));
    }
  }

  @Test
  void anEmptyModelIsAnEmptyObject() throws Exception {
    BuiltinCostModel empty = BuiltinCostModel.of(Map.of());
    assertEquals("{}\n", BuiltinCostModelJson.write(empty));
    assertEquals(empty, BuiltinCostModelJson.parse("{ }", "empty"));
  }

  @Test
  void readsTheRFitLayoutOfSingleCostingFunctions() throws Exception {
    Map<String, CostModel> cpu =
        CostModelJson.readByBuiltin(SharedData.path("r-fit/r-fitted-cpu.json"));
    assertEquals(102, cpu.size());
    assertEquals("addInteger", cpu.keySet().iterator().next());
    assertEquals(new CostModel.MaxSize(100788, 420), cpu.get("addInteger"));
    assertTrue(cpu.get("divideInteger") instanceof CostModel.ConstAboveDiagonal);
  }
}
