package io.plutuscalibrate.reports.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.MachineCosts;
import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.models.json.BuiltinCostModelJson;
import io.plutuscalibrate.models.json.MachineCostsJson;
import io.plutuscalibrate.models.ledger.CostModelsFile;
import io.plutuscalibrate.models.ledger.LedgerArrays;
import io.plutuscalibrate.models.ledger.ParamNames;
import io.plutuscalibrate.models.ledger.PlutusLedgerLanguage;
import io.plutuscalibrate.reports.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when": a diff of builtinCostModelC.json against builtinCostModelE.json lists
 * exactly the parameters that differ between the two files, and a diff of two ledger cost-model
 * files built from them lists the same changes.
 */
class OfficialModelsDiffTest {
  @TempDir Path dir;

  private static final Path C = SharedData.path("cost-model/builtinCostModelC.json");
  private static final Path E = SharedData.path("cost-model/builtinCostModelE.json");

  /**
   * The expected changes, computed without any of the project's model code: both files flattened
   * generically with Jackson (object keys joined with '-', integer leaves kept, as the ledger
   * names parameters), then every name whose value differs or that one side lacks, with the two
   * values (null where absent).
   */
  private static Map<String, List<Long>> expectedChanges(Path current, Path proposed)
      throws IOException {
    Map<String, Long> c = flatten(current);
    Map<String, Long> p = flatten(proposed);
    Map<String, List<Long>> out = new TreeMap<>();
    Set<String> names = new TreeSet<>(c.keySet());
    names.addAll(p.keySet());
    for (String n : names) {
      Long a = c.get(n);
      Long b = p.get(n);
      if (a == null || !a.equals(b)) {
        List<Long> pair = new ArrayList<>();
        pair.add(a);
        pair.add(b);
        out.put(n, pair);
      }
    }
    return out;
  }

  private static Map<String, Long> flatten(Path file) throws IOException {
    Map<String, Long> out = new LinkedHashMap<>();
    flatten(new ObjectMapper().readTree(file.toFile()), "", out);
    return out;
  }

  private static void flatten(JsonNode node, String prefix, Map<String, Long> out) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = prefix.isEmpty() ? e.getKey() : prefix + "-" + e.getKey();
      if (e.getValue().isObject()) {
        flatten(e.getValue(), name, out);
      } else if (e.getValue().isIntegralNumber()) {
        out.put(name, e.getValue().longValue());
      }
    }
  }

  /** The changes a comparison reports, in the same form as {@link #expectedChanges}. */
  private static Map<String, List<Long>> reported(Comparison c) {
    Map<String, List<Long>> out = new TreeMap<>();
    for (ParameterChange p : c.parameters()) {
      List<Long> pair = new ArrayList<>();
      pair.add(p.current().orElse(null));
      pair.add(p.proposed().orElse(null));
      out.put(p.name(), pair);
    }
    return out;
  }

  /** Builtin and resource of every shape change, from the files' "type" strings. */
  private static Set<String> expectedShapeChanges(Path current, Path proposed) throws IOException {
    JsonNode c = new ObjectMapper().readTree(current.toFile());
    JsonNode p = new ObjectMapper().readTree(proposed.toFile());
    Set<String> out = new TreeSet<>();
    for (Iterator<String> it = c.fieldNames(); it.hasNext(); ) {
      String b = it.next();
      for (String r : List.of("cpu", "memory")) {
        if (p.has(b) && !types(c.get(b).get(r)).equals(types(p.get(b).get(r)))) {
          out.add(b + " " + r);
        }
      }
    }
    return out;
  }

  private static String types(JsonNode model) {
    JsonNode inner = model.get("arguments").get("model");
    return model.get("type").asText() + (inner == null ? "" : "(" + types(inner) + ")");
  }

  private static Set<String> shapeChanges(Comparison c) {
    Set<String> out = new TreeSet<>();
    c.shapes().forEach(s -> out.add(s.builtin() + " " + s.resource()));
    return out;
  }

  private static DiffReport diff(List<Path> current, VariantChoice cv, List<Path> proposed,
      VariantChoice pv) throws DiffInputException {
    return ModelDiff.compare(SideLoader.load(current, cv), SideLoader.load(proposed, pv),
        DiffOptions.defaults());
  }

  @Test
  void readableCAgainstEListsExactlyTheParametersThatDiffer() throws Exception {
    Map<String, List<Long>> expected = expectedChanges(C, E);
    DiffReport r = diff(List.of(C), VariantChoice.defaults(), List.of(E), VariantChoice.defaults());
    assertEquals(1, r.comparisons().size());
    Comparison c = r.comparisons().get(0);
    assertEquals(expected, reported(c));
    // The figure, for the record: C and E differ in 7 parameters (divideInteger, modInteger,
    // quotientInteger and remainderInteger's c11; equalsByteString's three CPU parameters),
    // all of them values of parameters both files have.
    assertEquals(7, expected.size());
    assertEquals(7, c.count(ParameterChange.Kind.CHANGED));
    assertEquals(Set.of("divideInteger cpu", "modInteger cpu"), shapeChanges(c));
    assertEquals(expectedShapeChanges(C, E), shapeChanges(c));
    assertTrue(c.builtinsAdded().isEmpty() && c.builtinsRemoved().isEmpty());
    assertFalse(c.machineCompared(), "no machine costs were given");
    assertTrue(r.differs());
    // The readable models are recognised as the official C and E (their variants).
    assertEquals(SemanticsVariant.C, c.current().orElseThrow().variant().variant());
    assertEquals(SemanticsVariant.E, c.proposed().orElseThrow().variant().variant());
  }

  @Test
  void costModelsFilesBuiltFromCAndEListTheSameChanges() throws Exception {
    Path cFile = costModelsFile("c.json", SemanticsVariant.C);
    Path eFile = costModelsFile("e.json", SemanticsVariant.E);
    Map<String, List<Long>> expected = expectedChanges(C, E);
    // Which parameters of the JSON diff could not appear in a V3 array diff: those whose names
    // the V3 order lacks. At 355, the count of V3's last batch, there are none: every parameter
    // of C and E is in the V3 order (both files have the same 335 builtin parameters, all
    // named by V3; a count of 297 would have dropped the builtins of the later batches).
    for (String name : expected.keySet()) {
      assertTrue(ParamNames.of(PlutusLedgerLanguage.PlutusV3).indexOf(name) >= 0, name);
    }
    // Each side decoded with its own variant: the current array as C, the proposed as E.
    DiffReport r = diff(List.of(cFile), VariantChoice.parse("--current-variant", List.of("V3=C")),
        List.of(eFile), VariantChoice.defaults());
    assertEquals(1, r.comparisons().size());
    Comparison c = r.comparisons().get(0);
    assertEquals("PlutusV3", c.name());
    assertTrue(c.machineCompared(), "arrays carry machine costs");
    // The machine costs of C and E are equal, so the changes are exactly the JSON diff's.
    assertEquals(expected, reported(c));
    assertEquals(Set.of("divideInteger cpu", "modInteger cpu"), shapeChanges(c));
    assertTrue(c.current().orElseThrow().arrayCheck().orElseThrow().fits());
    assertTrue(c.proposed().orElseThrow().arrayCheck().orElseThrow().fits());

    // Both decoded with the default (E): same values, and no shape changes, since an array's
    // shapes come from the variant it is decoded with.
    DiffReport both = diff(List.of(cFile), VariantChoice.defaults(), List.of(eFile),
        VariantChoice.defaults());
    assertEquals(expected, reported(both.comparisons().get(0)));
    assertTrue(both.comparisons().get(0).shapes().isEmpty());
  }

  @Test
  void aReadableModelAgainstAnArrayListsTheSameChanges() throws Exception {
    Path eFile = costModelsFile("e.json", SemanticsVariant.E);
    DiffReport r = diff(List.of(C), VariantChoice.defaults(), List.of(eFile),
        VariantChoice.defaults());
    Comparison c = r.comparisons().get(0);
    assertEquals("PlutusV3", c.name());
    // The readable side gave no machine costs and takes C's official ones, equal to E's.
    assertEquals(expectedChanges(C, E), reported(c));
  }

  @Test
  void aModelAgainstItselfHasNoDifferences() throws Exception {
    DiffReport r = diff(List.of(E), VariantChoice.defaults(), List.of(E), VariantChoice.defaults());
    assertFalse(r.differs());
    assertTrue(r.comparisons().get(0).parameters().isEmpty());
    assertTrue(r.comparisons().get(0).predicted().isEmpty());
  }

  private Path costModelsFile(String name, SemanticsVariant v) throws Exception {
    BuiltinCostModel b = BuiltinCostModelJson.read(
        SharedData.path("cost-model/builtinCostModel" + v + ".json"));
    MachineCosts m =
        MachineCostsJson.read(SharedData.path("cost-model/cekMachineCosts" + v + ".json"));
    Path file = dir.resolve(name);
    CostModelsFile.write(
        List.of(LedgerArrays.encode(PlutusLedgerLanguage.PlutusV3, 355, b, m)), file);
    return file;
  }
}
