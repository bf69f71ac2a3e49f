package io.plutuscalibrate.reports.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class FitReportReaderTest {
  private static JsonNode tree() throws Exception {
    return new ObjectMapper().readTree(FitReports.SMALL.formatted("00ff"));
  }

  @Test
  void readsInputsParametersAndRegressions() throws Exception {
    FitSummary f = FitReportReader.read(tree(), "fit-report.json");
    assertEquals("bench.csv", f.inputPath());
    assertEquals("00ff", f.inputSha256());
    assertEquals(57, f.inputRows());
    assertEquals(700000.0, f.callOverheadPs().get("Nop2o"));
    assertTrue(Double.isNaN(f.rescaleFactor()));
    assertEquals(1, f.warnings().size());
    assertEquals(4, f.builtins().size());
    FitSummary.Builtin add = f.builtin("addInteger").orElseThrow();
    assertTrue(add.fitted());
    assertEquals("max_size", add.type());
    assertEquals(0.99, add.lowestRSquared());
    FitSummary.Parameter slope = add.parameters().get(1);
    assertEquals("slope", slope.name());
    assertEquals(400, slope.value());
    assertEquals(389.0, slope.lower());
    assertTrue(slope.hasInterval());
    FitSummary.Builtin ite = f.builtin("ifThenElse").orElseThrow();
    assertFalse(ite.parameters().get(0).hasInterval());
    assertTrue(Double.isNaN(ite.regressions().get(0).residualStandardError()));
    assertTrue(Double.isNaN(ite.lowestRSquared()), "a mean has no R²");
    FitSummary.Builtin none = f.builtin("mkCons").orElseThrow();
    assertFalse(none.fitted());
    assertEquals("no rows for benchmark MkCons", none.message());
    assertNull(add.message());
  }

  @Test
  void aMissingFieldIsNamedWithItsPath() throws Exception {
    ObjectNode t = (ObjectNode) tree();
    ((ObjectNode) t.at("/builtins/addInteger/parameters/slope")).remove("value");
    ReportInputException e = assertThrows(ReportInputException.class,
        () -> FitReportReader.read(t, "fit-report.json"));
    assertEquals("fit-report.json: builtins.addInteger.parameters.slope.value: expected an"
        + " integer, found nothing", e.getMessage());
    ObjectNode u = (ObjectNode) tree();
    ((ObjectNode) u.at("/input")).put("rows", "many");
    e = assertThrows(ReportInputException.class, () -> FitReportReader.read(u, "f"));
    assertEquals("f: input.rows: expected an integer, found string", e.getMessage());
  }
}
