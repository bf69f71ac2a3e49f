package io.plutuscalibrate.models.ledger;

import static io.plutuscalibrate.models.ledger.PlutusLedgerLanguage.PlutusV1;
import static io.plutuscalibrate.models.ledger.PlutusLedgerLanguage.PlutusV3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.OfficialModels;
import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.models.json.CostModelFormatException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterChangeActionTest {

  private static String costModels() throws Exception {
    return CostModelsFile.write(List.of(
        LedgerArrays.encode(PlutusV1, 332, OfficialModels.builtinCostModel(SemanticsVariant.D),
            OfficialModels.machineCosts(SemanticsVariant.D)),
        LedgerArrays.encode(PlutusV3, 350, OfficialModels.builtinCostModel(SemanticsVariant.E),
            OfficialModels.machineCosts(SemanticsVariant.E))));
  }

  private static String action(String tag, String costModelsField) {
    return "{\"tag\": \"" + tag + "\", \"contents\": [{\"govActionIx\": 0, \"txId\": \"c21b\"},"
        + " {" + costModelsField + "}, \"fa24fb\"]}";
  }

  @Test
  void readsTheCostModelsOfAnActionFileView() throws Exception {
    String json = "{\n  \"anchor\": {\"dataHash\": \"99\", \"url\": \"ipfs://x\"},\n"
        + "  \"deposit\": 100000000000,\n  \"governance action\": "
        + action("ParameterChange", "\"costModels\": " + costModels())
        + ",\n  \"return address\": {\"network\": \"Mainnet\"}\n}";
    Map<PlutusLedgerLanguage, CostModelArray> cm = ParameterChangeAction.costModels(json, "a.json");
    assertEquals(List.of(PlutusV1, PlutusV3), List.copyOf(cm.keySet()));
    assertEquals(332, cm.get(PlutusV1).size());
    assertEquals(350, cm.get(PlutusV3).size());
    assertEquals(CostModelsFile.parse(costModels(), "x"), cm);
  }

  @Test
  void readsABareOrGovStateAction() throws Exception {
    String bare = action("ParameterChange", "\"maxTxSize\": 16384, \"costModels\": "
        + "{\"PlutusV3\": [1, -900]}");
    assertEquals(List.of(1L, -900L),
        ParameterChangeAction.costModels(bare, "b.json").get(PlutusV3).values());
    String govState = "{\"action\": " + bare.replace("{\"govActionIx\": 0, \"txId\": \"c21b\"}",
        "null") + ", \"deposit\": 1}";
    assertEquals(List.of(1L, -900L),
        ParameterChangeAction.costModels(govState, "g.json").get(PlutusV3).values());
  }

  @Test
  void anotherActionIsAnError() {
    CostModelFormatException e = assertThrows(CostModelFormatException.class,
        () -> ParameterChangeAction.costModels("{\"governance action\": {\"tag\": \"InfoAction\"}}",
            "i.json"));
    assertEquals("governance action.tag", e.path());
    assertEquals("a \"ParameterChange\" governance action", e.expected());
    assertEquals("the string \"InfoAction\"", e.found());
  }

  @Test
  void aParameterChangeWithoutCostModelsIsAnError() {
    CostModelFormatException e = assertThrows(CostModelFormatException.class,
        () -> ParameterChangeAction.costModels(action("ParameterChange", "\"maxTxSize\": 1"),
            "p.json"));
    assertEquals("contents[1]", e.path());
    assertEquals("a field \"costModels\"", e.expected());
    CostModelFormatException bad = assertThrows(CostModelFormatException.class,
        () -> ParameterChangeAction.costModels(
            action("ParameterChange", "\"costModels\": {\"PlutusV3\": [1, \"x\"]}"), "p.json"));
    assertEquals("contents[1].costModels.PlutusV3[1]", bad.path());
    assertTrue(bad.line() > 0);
  }

  @Test
  void locateFindsTheCostModelsObjectWithItsPath() throws Exception {
    String json = "{\"governance action\": " + action("ParameterChange",
        "\"costModels\": {\"PlutusV3\": {\"a-b\": 1}}") + "}";
    ParameterChangeAction.CostModelsAt at = ParameterChangeAction.locate(
        io.plutuscalibrate.models.json.JsonDocument.parse(json, "l.json"));
    assertEquals("governance action.contents[1].costModels", at.path());
    assertEquals(1, at.node().get("PlutusV3").get("a-b").asLong());
  }
}
