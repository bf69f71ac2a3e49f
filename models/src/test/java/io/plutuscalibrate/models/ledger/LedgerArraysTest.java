package io.plutuscalibrate.models.ledger;

import static io.plutuscalibrate.models.ledger.PlutusLedgerLanguage.PlutusV1;
import static io.plutuscalibrate.models.ledger.PlutusLedgerLanguage.PlutusV2;
import static io.plutuscalibrate.models.ledger.PlutusLedgerLanguage.PlutusV3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.CostModel;
import io.plutuscalibrate.models.CostingFun;
import io.plutuscalibrate.models.MachineCosts;
import io.plutuscalibrate.models.OfficialModels;
import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.models.SharedData;
import io.plutuscalibrate.models.json.BuiltinCostModelJson;
import io.plutuscalibrate.models.json.MachineCostsJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LedgerArraysTest {

  private static BuiltinCostModel builtins(SemanticsVariant v) throws Exception {
    return BuiltinCostModelJson.read(SharedData.path("cost-model/" + v.builtinCostModelFile()));
  }

  private static MachineCosts machine(SemanticsVariant v) throws Exception {
    return MachineCostsJson.read(SharedData.path("cost-model/" + v.machineCostsFile()));
  }

  /** Value at a 1-based position, the way positions are quoted in the ledger's discussions. */
  private static long at(CostModelArray a, int position) {
    return a.values().get(position - 1);
  }

  @Test
  void plutusV3At297FromVariantCIsTheLedgersFlattening() throws Exception {
    CostModelArray a = LedgerArrays.encode(PlutusV3, 297, builtins(SemanticsVariant.C),
        machine(SemanticsVariant.C));
    assertEquals(297, a.size());
    List<String> names = ParamNamesTest.sharedNames(PlutusV3);
    // addInteger: max_size 100788 + 420 x, memory max_size 1 + 1 x.
    assertEquals("addInteger-cpu-arguments-intercept", names.get(0));
    assertEquals(List.of(100788L, 420L, 1L, 1L), a.values().subList(0, 4));
    // bData: constant_cost, the payload itself is the parameter.
    assertEquals("bData-cpu-arguments", names.get(12));
    assertEquals(11183, at(a, 13));
    // 18..33: the eight original machine costs, alphabetically; startup is 100/100.
    for (int p = 18; p <= 33; p++) {
      String name = names.get(p - 1);
      assertTrue(name.startsWith("cek"), name);
      boolean startup = name.startsWith("cekStartupCost");
      long expected = name.endsWith("CPU") ? (startup ? 100 : 16000) : 100;
      assertEquals(expected, at(a, p), name);
    }
    assertEquals("cekStartupCost-exBudgetCPU", names.get(29));
    // divideInteger: const_above_diagonal (constant 85848) over quadratic_in_x_and_y.
    assertEquals("divideInteger-cpu-arguments-constant", names.get(49));
    assertEquals(85848, at(a, 50));
    assertEquals("divideInteger-cpu-arguments-model-arguments-c02", names.get(52));
    assertEquals(-900, at(a, 53));
    assertEquals("divideInteger-cpu-arguments-model-arguments-c11", names.get(54));
    assertEquals(549, at(a, 55));
    assertEquals("divideInteger-cpu-arguments-model-arguments-minimum", names.get(56));
    assertEquals(85848, at(a, 57));
    // 194..197: cekConstrCost and cekCaseCost.
    assertEquals(List.of("cekConstrCost-exBudgetCPU", "cekConstrCost-exBudgetMemory",
        "cekCaseCost-exBudgetCPU", "cekCaseCost-exBudgetMemory"), names.subList(193, 197));
    assertEquals(List.of(16000L, 100L, 16000L, 100L), a.values().subList(193, 197));
    // Every position holds the model's parameter of that name.
    Map<String, Long> params = CostModelParams.extract(builtins(SemanticsVariant.C),
        machine(SemanticsVariant.C));
    for (int i = 0; i < 297; i++) {
      assertEquals(params.get(names.get(i)), a.values().get(i), names.get(i));
    }
  }

  @Test
  void variantEDiffersFromCInTheDivisionCoefficient() throws Exception {
    CostModelArray e = LedgerArrays.encode(PlutusV3, 297, builtins(SemanticsVariant.E),
        machine(SemanticsVariant.E));
    assertEquals(960, at(e, 55));
  }

  @Test
  void plutusV1AndV2OriginalArraysFromVariantA() throws Exception {
    CostModelArray v1 = LedgerArrays.encode(PlutusV1, 166, builtins(SemanticsVariant.A),
        machine(SemanticsVariant.A));
    CostModelArray v2 = LedgerArrays.encode(PlutusV2, 175, builtins(SemanticsVariant.A),
        machine(SemanticsVariant.A));
    assertEquals(166, v1.size());
    assertEquals(175, v2.size());
    // Variant A's machine steps cost 23000.
    assertEquals(23000, at(v1, 18));
    assertEquals(100, at(v1, 31));
    // V1/V2 divideInteger CPU: const_above_diagonal over multiplied_sizes (intercept, slope).
    List<String> names = ParamNamesTest.sharedNames(PlutusV1);
    assertEquals("divideInteger-cpu-arguments-model-arguments-slope", names.get(51));
    Map<String, Long> params =
        CostModelParams.extract(builtins(SemanticsVariant.A), machine(SemanticsVariant.A));
    for (int i = 0; i < 166; i++) {
      assertEquals(params.get(names.get(i)), v1.values().get(i), names.get(i));
    }
    List<String> v2names = ParamNamesTest.sharedNames(PlutusV2);
    for (int i = 0; i < 175; i++) {
      assertEquals(params.get(v2names.get(i)), v2.values().get(i), v2names.get(i));
    }
  }

  /** Law: for each language, batch count and variant the ledger uses, array -> model -> array. */
  @Test
  void everyBatchOfEveryLanguageRoundTrips() throws Exception {
    int checked = 0;
    for (PlutusLedgerLanguage l : PlutusLedgerLanguage.values()) {
      for (SemanticsVariant v : l.variants()) {
        for (int count : ParamNames.of(l).batchCounts()) {
          CostModelArray a = LedgerArrays.encode(l, count, builtins(v), machine(v));
          DecodedCostModel d = LedgerArrays.decode(a, v);
          assertEquals(a, LedgerArrays.encode(l, count, d.builtinCostModel(), d.machineCosts()),
              l + " " + v + " " + count);
          assertTrue(d.endsABatch());
          assertEquals(ParamNames.of(l).size() - count, d.missing().size());
          checked++;
        }
        // At the full count nothing is missing and the model comes back unchanged.
        DecodedCostModel full = LedgerArrays.decode(LedgerArrays.encode(l, builtins(v), machine(v)), v);
        assertEquals(builtins(v), full.builtinCostModel(), l + " " + v);
        assertEquals(machine(v), full.machineCosts());
        assertTrue(full.warnings().isEmpty());
      }
    }
    assertEquals(3 * 3 + 3 * 5 + 2 * 4 + 1 * 4, checked);
  }

  /** Law: decode then encode gives back any array of a batch length, whatever its values. */
  @Test
  void randomArraysRoundTrip() throws Exception {
    Random random = new Random(42);
    for (int trial = 0; trial < 40; trial++) {
      PlutusLedgerLanguage l = PlutusLedgerLanguage.values()[random.nextInt(4)];
      SemanticsVariant v = l.variants().get(random.nextInt(l.variants().size()));
      List<Integer> counts = ParamNames.of(l).batchCounts();
      int count = counts.get(random.nextInt(counts.size()));
      List<Long> values = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        values.add(random.nextBoolean() ? random.nextLong() : (long) random.nextInt(1000) - 100);
      }
      CostModelArray a = new CostModelArray(l, values);
      DecodedCostModel d = LedgerArrays.decode(a, v);
      assertEquals(a, LedgerArrays.encode(l, count, d.builtinCostModel(), d.machineCosts()));
    }
  }

  @Test
  void decodingTakesTheShapesFromTheVariant() throws Exception {
    CostModelArray a = LedgerArrays.encode(PlutusV3, 297, builtins(SemanticsVariant.C),
        machine(SemanticsVariant.C));
    CostModel inC = LedgerArrays.decode(a, SemanticsVariant.C).builtinCostModel()
        .get("divideInteger").cpu();
    CostModel inE = LedgerArrays.decode(a, SemanticsVariant.E).builtinCostModel()
        .get("divideInteger").cpu();
    assertTrue(inC instanceof CostModel.ConstAboveDiagonal, inC.toString());
    assertTrue(inE instanceof CostModel.AboveAndBelowDiagonal, inE.toString());
    assertEquals(((CostModel.ConstAboveDiagonal) inC).model(),
        ((CostModel.AboveAndBelowDiagonal) inE).model());
  }

  @Test
  void aShortArrayReportsItsMissingNamesAndCostsThemMaxBound() throws Exception {
    CostModelArray full = LedgerArrays.encode(PlutusV3, builtins(SemanticsVariant.E),
        machine(SemanticsVariant.E));
    CostModelArray shorter = new CostModelArray(PlutusV3, full.values().subList(0, 290));
    DecodedCostModel d = LedgerArrays.decode(shorter, SemanticsVariant.E);
    List<String> names = ParamNames.of(PlutusV3).names();
    assertEquals(names.subList(290, 355), d.missing());
    assertEquals(0, d.ignored());
    assertFalse(d.endsABatch());
    Map<String, Long> params = CostModelParams.extract(d.builtinCostModel(), d.machineCosts());
    assertEquals(Long.MAX_VALUE, params.get(names.get(290)));
    assertEquals(full.values().get(289), params.get(names.get(289)));
    assertEquals(1, d.warnings().size());
    assertTrue(d.warnings().get(0).startsWith(
        "Too few cost model parameters passed, expected 355 but got 290"), d.warnings().get(0));
  }

  @Test
  void aLongArrayIgnoresItsExtras() throws Exception {
    CostModelArray full = LedgerArrays.encode(PlutusV1, builtins(SemanticsVariant.D),
        machine(SemanticsVariant.D));
    List<Long> longer = new ArrayList<>(full.values());
    longer.addAll(List.of(1L, 2L, 3L));
    DecodedCostModel d = LedgerArrays.decode(new CostModelArray(PlutusV1, longer),
        SemanticsVariant.D);
    assertEquals(3, d.ignored());
    assertTrue(d.missing().isEmpty());
    assertEquals(builtins(SemanticsVariant.D), d.builtinCostModel());
    assertTrue(d.warnings().get(0).contains("expected 337 but got 340"), d.warnings().get(0));
  }

  @Test
  void aCountThatEndsNoBatchIsRefused() throws Exception {
    CostModelParamsException e = assertThrows(CostModelParamsException.class,
        () -> LedgerArrays.encode(PlutusV3, 296, builtins(SemanticsVariant.C),
            machine(SemanticsVariant.C)));
    assertEquals("PlutusV3 has no array of 296 parameters: the counts that end a deployment"
        + " batch are [251, 297, 350, 355]", e.getMessage());
  }

  @Test
  void aModelOfOtherShapesIsRefusedWithTheNamesConcerned() throws Exception {
    CostModelParamsException e = assertThrows(CostModelParamsException.class,
        () -> LedgerArrays.encode(PlutusV1, 166, builtins(SemanticsVariant.E),
            machine(SemanticsVariant.E)));
    assertTrue(e.names().contains("divideInteger-cpu-arguments-model-arguments-intercept"));
    assertTrue(e.names().contains("divideInteger-cpu-arguments-model-arguments-c00"));
    assertTrue(e.getMessage().contains("it lacks divideInteger-cpu-arguments-model-arguments-"
        + "intercept"), e.getMessage());
    assertTrue(e.getMessage().contains("the order has no place for"), e.getMessage());
  }

  @Test
  void aModelWithoutABuiltinIsRefused() throws Exception {
    Map<String, CostingFun> fewer = new LinkedHashMap<>(builtins(SemanticsVariant.E).asMap());
    fewer.remove("addInteger");
    CostModelParamsException e = assertThrows(CostModelParamsException.class,
        () -> LedgerArrays.encode(PlutusV3, 297, BuiltinCostModel.of(fewer),
            machine(SemanticsVariant.E)));
    assertEquals(List.of("addInteger-cpu-arguments-intercept", "addInteger-cpu-arguments-slope",
        "addInteger-memory-arguments-intercept", "addInteger-memory-arguments-slope"), e.names());
  }

  @Test
  void aVariantTheLanguageDoesNotUseCannotDecodeIt() throws Exception {
    CostModelArray a = LedgerArrays.encode(PlutusV3, 297, builtins(SemanticsVariant.C),
        machine(SemanticsVariant.C));
    CostModelParamsException e = assertThrows(CostModelParamsException.class,
        () -> LedgerArrays.decode(a, SemanticsVariant.A));
    assertTrue(e.getMessage().contains("divideInteger-cpu-arguments-model-arguments-c00"));
    assertTrue(e.getMessage().contains("[C, E]"), e.getMessage());
  }

  @Test
  void flatteningNamesEveryIntegerOfTheFiles() throws Exception {
    for (SemanticsVariant v : SemanticsVariant.values()) {
      Map<String, Long> params = CostModelParams.extract(builtins(v), machine(v));
      String text = OfficialModels.builtinCostModelText(v);
      long integers = java.util.regex.Pattern.compile(":\\s*-?\\d+").matcher(text).results().count();
      assertEquals(integers + 20, params.size(), v.toString());
      assertEquals(100L, params.get("cekStartupCost-exBudgetMemory"));
      assertFalse(params.keySet().stream().anyMatch(n -> n.endsWith("-type")));
    }
    assertEquals(11183L, CostModelParams.extract(builtins(SemanticsVariant.E),
        machine(SemanticsVariant.E)).get("bData-cpu-arguments"));
    assertNotEquals(CostModelParams.extract(builtins(SemanticsVariant.C), machine(SemanticsVariant.C)),
        CostModelParams.extract(builtins(SemanticsVariant.E), machine(SemanticsVariant.E)));
  }
}
