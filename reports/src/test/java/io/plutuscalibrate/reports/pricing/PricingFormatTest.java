package io.plutuscalibrate.reports.pricing;

import static io.plutuscalibrate.reports.pricing.PricingCheckTest.nops;
import static io.plutuscalibrate.reports.pricing.PricingCheckTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plutuscalibrate.models.OfficialModels;
import io.plutuscalibrate.models.fit.BenchmarkData;
import io.plutuscalibrate.models.fit.BenchmarkRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PricingFormatTest {
  private static final PricingInputs IN = new PricingInputs("bench.csv", "ab12", 9, "model E");

  private static PricingResult result() {
    List<BenchmarkRow> rows = new ArrayList<>(nops(0.8));
    // addInteger in E: 100788 + 420 * max(x, y) ps.
    rows.add(row(10, "AddInteger", 0.8 + 0.2, 1, 1)); // about twice its charge
    rows.add(row(11, "AddInteger", 0.8 + 0.1, 2, 2));
    rows.add(row(12, "UnitTerm", 1, 1));
    return PricingCheck.check(BenchmarkData.of("bench.csv", rows, List.of()),
        OfficialModels.newestBuiltinCostModel(), Scale.fixed(1));
  }

  @Test
  void textHasTheSummaryAndTables() {
    String t = PricingFormat.text(result(), IN, 20);
    assertTrue(t.startsWith("Pricing check: 2 points of bench.csv against model E\n"), t);
    assertTrue(t.contains("Machine factor 1.000 (given)"), t);
    assertTrue(t.contains("Underpriced: 1 of 2 points (1 by more than 10%), in 1 of 1 builtins."), t);
    assertTrue(t.contains("AddInteger/1/1"), t);
    assertTrue(t.contains("Benchmarks that name no builtin of the model (not checked): UnitTerm"), t);
  }

  @Test
  void markdownTablesHaveOneRowPerEntry() {
    String md = PricingFormat.markdown(result(), IN, 20);
    assertTrue(md.startsWith("# Pricing check\n"), md);
    assertTrue(md.contains("| builtin | costing | points | under | median | worst | worst point |"));
    assertEquals(1, md.lines().filter(l -> l.startsWith("| addInteger |")).count(), md);
    assertEquals(1, md.lines().filter(l -> l.startsWith("| AddInteger/1/1 |")).count(), md);
  }

  @Test
  void jsonListsEveryUnderpricedPointInPicoseconds() throws Exception {
    JsonNode j = new ObjectMapper().readTree(PricingFormat.json(result(), IN));
    assertEquals("bench.csv", j.at("/benchmarks/path").asText());
    assertEquals("ab12", j.at("/benchmarks/sha256").asText());
    assertEquals(1.0, j.at("/scale/factor").asDouble());
    assertEquals(2, j.at("/summary/pointsChecked").asInt());
    assertEquals(1, j.at("/underpricedPoints").size());
    JsonNode p = j.at("/underpricedPoints/0");
    assertEquals("AddInteger/1/1", p.get("benchmark").asText());
    assertEquals(100788 + 420, p.get("charged").asLong());
    assertEquals(200_000, p.get("measured").asDouble(), 1e-3);
    assertEquals(800_000, j.at("/callOverhead/Nop2o").asDouble(), 1e-3);
    assertEquals("UnitTerm", j.at("/notChecked/benchmarksWithoutBuiltin/0").asText());
  }
}
