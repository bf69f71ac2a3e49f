package io.plutuscalibrate.reports.diff;

import static io.plutuscalibrate.models.ledger.PlutusLedgerLanguage.PlutusV1;
import static io.plutuscalibrate.models.ledger.PlutusLedgerLanguage.PlutusV3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.OfficialModels;
import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.models.json.BuiltinCostModelJson;
import io.plutuscalibrate.models.json.MachineCostsJson;
import io.plutuscalibrate.models.ledger.CostModelArray;
import io.plutuscalibrate.models.ledger.CostModelsFile;
import io.plutuscalibrate.models.ledger.LedgerArrays;
import io.plutuscalibrate.models.ledger.ParamNames;
import io.plutuscalibrate.models.ledger.PlutusLedgerLanguage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the sides: kinds of files, what a side may hold, malformed input, array findings. */
class SideLoaderTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private static CostModelArray array(
      PlutusLedgerLanguage l, int count, SemanticsVariant v)
      throws Exception {
    return LedgerArrays.encode(l, count, OfficialModels.builtinCostModel(v),
        OfficialModels.machineCosts(v));
  }

  private Path builtinsE() throws IOException {
    return file("builtinsE.json",
        BuiltinCostModelJson.write(OfficialModels.builtinCostModel(SemanticsVariant.E)));
  }

  private static Side load(Path... files) throws DiffInputException {
    return SideLoader.load(List.of(files), VariantChoice.defaults());
  }

  private static String error(Path... files) {
    return assertThrows(DiffInputException.class, () -> load(files)).getMessage();
  }

  @Test
  void recognisesEachKindOfFile() throws Exception {
    Path builtins = builtinsE();
    Path machine = file("machine.json",
        MachineCostsJson.write(OfficialModels.machineCosts(SemanticsVariant.E)));
    Path models = file("models.json", CostModelsFile.write(List.of(array(PlutusV3, 355,
        SemanticsVariant.E))));
    Side s = load(builtins, machine, models);
    assertEquals(List.of(InputKind.BUILTIN_COST_MODEL, InputKind.MACHINE_COSTS,
        InputKind.COST_MODELS_FILE), s.files().stream().map(Side.SideFile::kind).toList());
    assertTrue(s.readable().orElseThrow().machine().isPresent());
    assertEquals(Set.of(PlutusV3), s.arrays().keySet());
  }

  @Test
  void readsTheCostModelsOfAGovernanceAction() throws Exception {
    String costModels = CostModelsFile.write(List.of(array(PlutusV1, 332, SemanticsVariant.D),
        array(PlutusV3, 350, SemanticsVariant.E)));
    Path action = file("action.json", "{\"anchor\": {\"url\": \"ipfs://x\"}, \"deposit\": 1,"
        + " \"governance action\": {\"tag\": \"ParameterChange\", \"contents\": [null,"
        + " {\"costModels\": " + costModels + "}, null]}}");
    Side s = load(action);
    assertEquals(InputKind.GOVERNANCE_ACTION, s.files().get(0).kind());
    assertEquals(List.of(332, 350),
        s.sortedArrays().stream().map(a -> a.values().size()).toList());
    // The proposal against the official E model: one comparison per language of the action.
    DiffReport r = ModelDiff.compare(load(builtinsE()), s, DiffOptions.defaults());
    assertEquals(List.of("PlutusV1", "PlutusV3"),
        r.comparisons().stream().map(Comparison::name).toList());
    Comparison v3 = r.comparisons().get(1);
    ArrayCheck check = v3.proposed().orElseThrow().arrayCheck().orElseThrow();
    assertEquals(350, check.given());
    assertEquals(355, check.expected());
    assertTrue(check.endsABatch());
    // The 5 parameters of batch 7 (multiIndexArray) are missing: charged at maxBound.
    assertEquals(5, check.missing().size());
    assertEquals(check.missing(), v3.parameters().stream()
        .filter(p -> p.proposed().orElseThrow() == Long.MAX_VALUE).map(ParameterChange::name)
        .toList());
    assertEquals(5, v3.parameters().size());
    // --language narrows the comparisons to the languages asked for.
    DiffReport only = ModelDiff.compare(load(builtinsE()), s,
        new DiffOptions(Set.of(PlutusV3), Optional.empty(), Optional.empty()));
    assertEquals(List.of("PlutusV3"), only.comparisons().stream().map(Comparison::name).toList());
  }

  @Test
  void readsTheCostModelsOfProtocolParameters() throws Exception {
    String costModels = CostModelsFile.write(List.of(array(PlutusV3, 297, SemanticsVariant.E)));
    Side s = load(file("pp.json", "{\"maxTxSize\": 16384, \"costModels\": " + costModels
        + ", \"protocolVersion\": {\"major\": 10, \"minor\": 0}}"));
    assertEquals(InputKind.PROTOCOL_PARAMETERS, s.files().get(0).kind());
    assertEquals(297, s.arrays().get(PlutusV3).values().size());
    assertTrue(error(file("none.json", "{\"costModels\": {}}"))
        .endsWith("none.json: costModels: expected the cost models of at least one language,"
            + " found none"));
  }

  @Test
  void aMapReportsUnknownNamesOrderAndGaps() throws Exception {
    List<String> names = ParamNames.of(PlutusV3).names();
    List<Long> values = array(PlutusV3, 355, SemanticsVariant.E).values();
    Map<String, Long> map = new LinkedHashMap<>();
    for (int i = 0; i < 297; i++) {
      map.put(names.get(i), values.get(i));
    }
    map.remove(names.get(5));
    map.put("bogus-cpu-arguments", 3L);
    // Entry i is now name i + 1 from 5 on: move name 12 before name 11, which is then out of order.
    List<Map.Entry<String, Long>> entries = new ArrayList<>(map.entrySet());
    entries.add(10, entries.remove(11));
    StringBuilder json = new StringBuilder("{\"PlutusV3\": {");
    for (int i = 0; i < entries.size(); i++) {
      json.append(i == 0 ? "" : ", ").append('"').append(entries.get(i).getKey()).append("\": ")
          .append(entries.get(i).getValue());
    }
    json.append("}}");
    Side s = load(file("map.json", json.toString()));
    LedgerInput in = s.arrays().get(PlutusV3);
    assertEquals(LedgerInput.Form.MAP, in.form());
    assertEquals(List.of("bogus-cpu-arguments"), in.unknownNames());
    assertEquals(List.of(names.get(11)), in.outOfOrder());
    assertEquals(List.of(names.get(5)), in.gaps());
    assertEquals(297, in.values().size());
    assertEquals(Long.MAX_VALUE, in.values().get(5));
    ArrayCheck check = s.models(Set.of()).get("PlutusV3").arrayCheck().orElseThrow();
    assertFalse(check.fits());
    assertEquals(4, check.findings().size(), check.findings().toString());
    assertTrue(check.findings().get(0).contains("297 ends a deployment batch"));
  }

  @Test
  void aReadableModelAndItsArrayAgreeOrSayWhereNot() throws Exception {
    Path builtins = builtinsE();
    Path good = file("good.json", CostModelsFile.write(List.of(array(PlutusV3, 355,
        SemanticsVariant.E))));
    List<ConsistencyCheck> agree = load(builtins, good).consistency(Set.of());
    assertEquals(1, agree.size());
    assertTrue(agree.get(0).agrees(), agree.toString());
    assertFalse(agree.get(0).machineChecked(), "no machine costs on the readable side");

    // One value changed in the array: the readable diff would not show it.
    List<Long> values = new ArrayList<>(array(PlutusV3, 355, SemanticsVariant.E).values());
    int slope = ParamNames.of(PlutusV3).indexOf("addInteger-cpu-arguments-slope");
    values.set(slope, values.get(slope) + 1);
    Path bad = file("bad.json",
        CostModelsFile.write(List.of(new CostModelArray(PlutusV3, values))));
    ConsistencyCheck c = load(builtins, bad).consistency(Set.of()).get(0);
    assertFalse(c.agrees());
    assertEquals(List.of(new ConsistencyCheck.ValueMismatch("addInteger-cpu-arguments-slope",
        values.get(slope) - 1, values.get(slope))), c.mismatches());

    // The readable model has C's shapes; the array is decoded as E: same names and values for
    // all but the changed ones, and the two diagonal shapes differ.
    Path builtinsC = file("builtinsC.json",
        BuiltinCostModelJson.write(OfficialModels.builtinCostModel(SemanticsVariant.C)));
    ConsistencyCheck shapes = load(builtinsC, good).consistency(Set.of()).get(0);
    assertEquals(List.of("divideInteger", "modInteger"),
        shapes.shapeMismatches().stream().map(ShapeChange::builtin).toList());
    assertEquals(7, shapes.mismatches().size());
    assertTrue(shapes.readableLacks().isEmpty() && shapes.arrayCannotCarry().isEmpty());
  }

  @Test
  void malformedInputIsOneLineNamingTheFileAndWhatIsWrong() throws Exception {
    String notJson = error(file("broken.json", "{\"addInteger\": {\"cpu\": ]"));
    assertTrue(notJson.startsWith(dir.resolve("broken.json") + ":1:"), notJson);
    assertTrue(notJson.contains("expected well-formed JSON"), notJson);

    String fraction = error(file("fraction.json", "{\"sha2_256\": {\n"
        + "  \"cpu\": {\"arguments\": {\"intercept\": 1.5, \"slope\": 1},"
        + " \"type\": \"linear_in_x\"},\n"
        + "  \"memory\": {\"arguments\": 4, \"type\": \"constant_cost\"}}}"));
    assertTrue(fraction.contains("fraction.json:2:"), fraction);
    assertTrue(fraction.contains("sha2_256.cpu.arguments.intercept"), fraction);
    assertTrue(fraction.contains("not an integer"), fraction);

    String element = error(file("list.json", "{\"PlutusV3\": [1, \"x\"]}"));
    assertTrue(element.contains("PlutusV3[1]: expected an integer"), element);

    String language = error(file("v9.json", "{\"PlutusV9\": [1]}"));
    assertTrue(language.contains("expected a Plutus ledger language"), language);

    assertTrue(error(file("empty.json", "")).contains("an empty file"));
    assertTrue(error(file("array.json", "[1, 2]")).contains("expected a JSON object"));
    assertTrue(error(file("nothing.json", "{}")).contains("an empty object"));
    assertEquals(dir.resolve("absent.json") + ": no such file", error(dir.resolve("absent.json")));
    assertTrue(error(dir).contains("cannot read the file"));

    String action = error(file("info.json", "{\"tag\": \"InfoAction\"}"));
    assertTrue(action.contains("expected a \"ParameterChange\" governance action"), action);

    for (String m : List.of(notJson, fraction, element, language, action)) {
      assertFalse(m.contains("\n") || m.contains("Exception"), m);
    }
  }

  @Test
  void aSideHoldsOneOfEachAndNotMachineCostsAlone() throws Exception {
    Path b = builtinsE();
    assertTrue(error(b, b).contains("a side has one file of builtin cost model"));
    Path machine = file("machine.json",
        MachineCostsJson.write(OfficialModels.machineCosts(SemanticsVariant.E)));
    assertTrue(error(machine).contains("CEK machine costs go with a builtin cost model"));
  }

  @Test
  void aVariantThatCannotReadTheArrayIsAnInputError() throws Exception {
    Path v3 = file("v3.json", CostModelsFile.write(List.of(array(PlutusV3, 355,
        SemanticsVariant.E))));
    Side s = SideLoader.load(List.of(v3), VariantChoice.parse("--current-variant", List.of("D")));
    String m = assertThrows(DiffInputException.class, () -> s.models(Set.of())).getMessage();
    assertTrue(m.startsWith(v3 + ": semantics variant D cannot read a PlutusV3 array"), m);
    assertThrows(DiffInputException.class,
        () -> VariantChoice.parse("--current-variant", List.of("F")));
    assertThrows(DiffInputException.class,
        () -> VariantChoice.parse("--current-variant", List.of("PlutusV7=C")));
    assertEquals(SemanticsVariant.C, VariantChoice.parse("--x", List.of("v3=c"))
        .forLanguage(PlutusV3).variant());
  }

  @Test
  void aLanguageOnNeitherSideIsAnInputError() throws Exception {
    Side e = load(builtinsE());
    String m = assertThrows(DiffInputException.class, () -> ModelDiff.compare(e, e,
        new DiffOptions(Set.of(PlutusV3), Optional.empty(), Optional.empty())))
        .getMessage();
    assertTrue(m.startsWith("--language PlutusV3: neither side has a PlutusV3 array"), m);
  }

  @Test
  void aLanguageOnOneSideOnlyIsReportedAsAddedOrRemoved() throws Exception {
    Path one = file("one.json", CostModelsFile.write(List.of(array(PlutusV3, 355,
        SemanticsVariant.E))));
    Path two = file("two.json", CostModelsFile.write(List.of(array(PlutusV1, 337,
        SemanticsVariant.D), array(PlutusV3, 355, SemanticsVariant.E))));
    DiffReport r = ModelDiff.compare(load(one), load(two), DiffOptions.defaults());
    assertEquals(2, r.comparisons().size());
    Comparison v1 = r.comparisons().get(0);
    assertTrue(v1.current().isEmpty() && v1.proposed().isPresent());
    assertTrue(v1.differs());
    assertFalse(r.comparisons().get(1).differs());
  }
}
