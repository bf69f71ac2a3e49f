package io.plutuscalibrate.models.ledger;

import static io.plutuscalibrate.models.ledger.PlutusLedgerLanguage.PlutusV1;
import static io.plutuscalibrate.models.ledger.PlutusLedgerLanguage.PlutusV2;
import static io.plutuscalibrate.models.ledger.PlutusLedgerLanguage.PlutusV3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.models.OfficialModels;
import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.models.json.CostModelFormatException;
import io.plutuscalibrate.models.json.JsonText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostModelsFileTest {

  private static CostModelArray official(PlutusLedgerLanguage l, int count) throws Exception {
    SemanticsVariant v = l.newestVariant();
    return LedgerArrays.encode(l, count, OfficialModels.builtinCostModel(v),
        OfficialModels.machineCosts(v));
  }

  @Test
  void writesListsByLanguageAndReadsThemBack(@TempDir Path dir) throws Exception {
    CostModelArray v1 = official(PlutusV1, 332);
    CostModelArray v3 = official(PlutusV3, 297);
    CostModelArray v2 = official(PlutusV2, 185);
    String text = CostModelsFile.write(List.of(v3, v1, v2));
    assertTrue(text.startsWith("{\n  \"PlutusV1\": [\n    100788,\n    420,\n"), text);
    assertTrue(text.endsWith("  ]\n}\n"));
    assertTrue(text.indexOf("PlutusV2") < text.indexOf("PlutusV3"));
    Map<PlutusLedgerLanguage, CostModelArray> back = CostModelsFile.parse(text, "cm.json");
    assertEquals(List.of(PlutusV1, PlutusV2, PlutusV3), List.copyOf(back.keySet()));
    assertEquals(v1, back.get(PlutusV1));
    assertEquals(v2, back.get(PlutusV2));
    assertEquals(v3, back.get(PlutusV3));
    Path file = dir.resolve("cost-models.json");
    CostModelsFile.write(List.of(v3), file);
    assertEquals(Map.of(PlutusV3, v3), CostModelsFile.read(file));
  }

  @Test
  void negativeValuesSurvive() throws Exception {
    CostModelArray v3 = official(PlutusV3, 355);
    assertTrue(v3.values().contains(-900L));
    assertEquals(v3, CostModelsFile.parse(CostModelsFile.write(List.of(v3)), "x").get(PlutusV3));
  }

  @Test
  void readsTheMapFormInAnyOrder() throws Exception {
    CostModelArray v3 = official(PlutusV3, 297);
    List<String> names = ParamNames.of(PlutusV3).names(297);
    ObjectNode map = JsonNodeFactory.instance.objectNode();
    for (int i = names.size() - 1; i >= 0; i--) {
      map.put(names.get(i), v3.values().get(i));
    }
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.set("PlutusV3", map);
    assertEquals(v3, CostModelsFile.parse(JsonText.write(root), "map.json").get(PlutusV3));
  }

  @Test
  void aMapWithGapsHasNoArray() {
    String text = "{\"PlutusV3\": {\"addInteger-cpu-arguments-intercept\": 1,"
        + " \"addInteger-memory-arguments-intercept\": 3}}";
    CostModelFormatException e = assertThrows(CostModelFormatException.class,
        () -> CostModelsFile.parse(text, "gap.json"));
    assertEquals("PlutusV3", e.path());
    assertEquals("no value for addInteger-cpu-arguments-slope", e.found());
    assertTrue(e.expected().contains("position 3"), e.getMessage());
  }

  @Test
  void anUnknownParameterName() {
    CostModelFormatException e = assertThrows(CostModelFormatException.class,
        () -> CostModelsFile.parse("{\"PlutusV1\": {\n \"addInteger-cpu-arguments-c00\": 1}}",
            "u.json"));
    assertEquals("PlutusV1.addInteger-cpu-arguments-c00", e.path());
    assertEquals(2, e.line());
    assertEquals("a PlutusV1 cost-model parameter name", e.expected());
  }

  @Test
  void anUnknownLanguage() {
    CostModelFormatException e = assertThrows(CostModelFormatException.class,
        () -> CostModelsFile.parse("{\"PlutusV9\": [1]}", "l.json"));
    assertEquals("PlutusV9", e.path());
    assertTrue(e.expected().contains("PlutusV1, PlutusV2, PlutusV3, PlutusV4"));
  }

  @Test
  void aNonIntegerValueIsLocated() {
    CostModelFormatException e = assertThrows(CostModelFormatException.class,
        () -> CostModelsFile.parse("{\"PlutusV2\": [\n  1,\n  2.5\n]}", "n.json"));
    assertEquals("n.json:3:3: PlutusV2[1]: expected an integer, found the number 2.5, which is"
        + " not an integer", e.getMessage());
    assertEquals("an array", assertThrows(CostModelFormatException.class,
        () -> CostModelsFile.parse("{\"PlutusV2\": 5}", "n.json")).expected());
  }

  @Test
  void everyLanguageIsOptional() throws Exception {
    assertEquals(Map.of(), CostModelsFile.parse("{}", "e.json"));
    assertEquals("{}\n", CostModelsFile.write(List.of()));
  }

  @Test
  void theFileIsUtf8Text(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"PlutusV1\": [1, \"two\"]}");
    CostModelFormatException e =
        assertThrows(CostModelFormatException.class, () -> CostModelsFile.read(file));
    assertTrue(e.getMessage().startsWith(file + ":1:18: PlutusV1[1]: expected an integer"),
        e.getMessage());
  }
}
