package io.plutuscalibrate.models.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.models.SharedData;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ParamNamesTest {

  /** The names of the shared reference list, read without our parser. */
  static List<String> sharedNames(PlutusLedgerLanguage l) throws Exception {
    return Files.readAllLines(SharedData.path("ledger/param-names-V" + (l.ordinal() + 1) + ".txt"))
        .stream().filter(s -> !s.startsWith("#") && !s.isBlank()).toList();
  }

  @ParameterizedTest
  @EnumSource(PlutusLedgerLanguage.class)
  void theBundledOrderIsTheReferenceOrder(PlutusLedgerLanguage l) throws Exception {
    assertEquals(sharedNames(l), ParamNames.of(l).names());
    assertEquals(ParamNames.parse(l, Files.readString(
            SharedData.path("ledger/param-names-V" + (l.ordinal() + 1) + ".txt"))).batches(),
        ParamNames.of(l).batches());
  }

  @Test
  void batchCountsComeFromTheComments() {
    assertEquals(List.of(166, 332, 337), ParamNames.of(PlutusLedgerLanguage.PlutusV1).batchCounts());
    assertEquals(List.of(175, 185, 279, 332, 337),
        ParamNames.of(PlutusLedgerLanguage.PlutusV2).batchCounts());
    assertEquals(List.of(251, 297, 350, 355),
        ParamNames.of(PlutusLedgerLanguage.PlutusV3).batchCounts());
    assertEquals(List.of(251, 297, 350, 355),
        ParamNames.of(PlutusLedgerLanguage.PlutusV4).batchCounts());
    assertEquals(355, ParamNames.of(PlutusLedgerLanguage.PlutusV4).size());
    assertEquals(ParamNames.of(PlutusLedgerLanguage.PlutusV3).names(),
        ParamNames.of(PlutusLedgerLanguage.PlutusV4).names());
  }

  @Test
  void batchesCarryTheirHeadings() {
    List<ParamNames.Batch> v1 = ParamNames.of(PlutusLedgerLanguage.PlutusV1).batches();
    assertEquals(new ParamNames.Batch(166, ""), v1.get(0));
    assertEquals(new ParamNames.Batch(332, "End of original cost model parameters; "
        + "Remaining parameters to be deployed in PV11"), v1.get(1));
    assertEquals(new ParamNames.Batch(297, "Plomin"),
        ParamNames.of(PlutusLedgerLanguage.PlutusV3).batches().get(1));
    assertTrue(ParamNames.of(PlutusLedgerLanguage.PlutusV2).batches().get(1).comment()
        .contains("integerToByteString"));
  }

  @Test
  void theMachineCostsSitAtTheirKnownPositions() {
    for (PlutusLedgerLanguage l : List.of(PlutusLedgerLanguage.PlutusV1,
        PlutusLedgerLanguage.PlutusV2, PlutusLedgerLanguage.PlutusV3)) {
      ParamNames n = ParamNames.of(l);
      // 1-based 18..33, between blake2b_256 and chooseData (the Alonzo block is alphabetical).
      assertEquals(17, n.indexOf("cekApplyCost-exBudgetCPU"));
      assertEquals(32, n.indexOf("cekVarCost-exBudgetMemory"));
      assertTrue(n.names().get(16).startsWith("blake2b_256"));
      assertTrue(n.names().get(33).startsWith("chooseData"));
    }
    assertEquals(175, ParamNames.of(PlutusLedgerLanguage.PlutusV1).indexOf("cekConstrCost-exBudgetCPU"));
    assertEquals(185, ParamNames.of(PlutusLedgerLanguage.PlutusV2).indexOf("cekConstrCost-exBudgetCPU"));
    assertEquals(193, ParamNames.of(PlutusLedgerLanguage.PlutusV3).indexOf("cekConstrCost-exBudgetCPU"));
    assertEquals(-1, ParamNames.of(PlutusLedgerLanguage.PlutusV3).indexOf("noSuchName-cpu"));
  }

  @Test
  void parsingRejectsWhatIsNotAName() {
    assertThrows(IllegalStateException.class,
        () -> ParamNames.parse(PlutusLedgerLanguage.PlutusV1, "a-b\nnot a name\n"));
    assertThrows(IllegalStateException.class,
        () -> ParamNames.parse(PlutusLedgerLanguage.PlutusV1, "a-b\na-b\n"));
    ParamNames p = ParamNames.parse(PlutusLedgerLanguage.PlutusV1,
        "# head\na-b\n\n# one\n# two\nc-d\ne-f\n# trailing\n");
    assertEquals(List.of(new ParamNames.Batch(1, "head"), new ParamNames.Batch(3, "one; two")),
        p.batches());
  }

  @Test
  void languagesKnowTheirVariants() {
    assertEquals(List.of(SemanticsVariant.A, SemanticsVariant.B, SemanticsVariant.D),
        PlutusLedgerLanguage.PlutusV2.variants());
    assertEquals(SemanticsVariant.D, PlutusLedgerLanguage.PlutusV1.newestVariant());
    assertEquals(SemanticsVariant.E, PlutusLedgerLanguage.PlutusV3.newestVariant());
    assertEquals(List.of(SemanticsVariant.E), PlutusLedgerLanguage.PlutusV4.variants());
  }
}
