package io.plutuscalibrate.reports.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.CostModel;
import io.plutuscalibrate.models.CostingFun;
import io.plutuscalibrate.models.fit.BenchmarkData;
import io.plutuscalibrate.models.fit.BenchmarkRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PricingCheckTest {
  private static final CostModel MEM = new CostModel.ConstantCost(1);

  /** A row of {@code name/sizes} taking {@code micros} µs (bounds ± 1%). */
  static BenchmarkRow row(int line, String name, double micros, long... sizes) {
    double[] s = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    StringBuilder b = new StringBuilder(name);
    for (int i = 0; i < sizes.length; i++) {
      s[i] = sizes[i];
      b.append('/').append(sizes[i]);
    }
    return new BenchmarkRow(line, b.toString(), name, s[0], s[1], s[2], s[3], micros,
        micros * 0.99, micros * 1.01);
  }

  static List<BenchmarkRow> nops(double micros) {
    List<BenchmarkRow> rows = new ArrayList<>();
    for (int a = 1; a <= 6; a++) {
      long[] ones = new long[Math.min(a, 4)];
      java.util.Arrays.fill(ones, 1);
      rows.add(row(a, "Nop" + a + "o", micros, ones));
    }
    return rows;
  }

  private static BuiltinCostModel model() {
    Map<String, CostingFun> m = new LinkedHashMap<>();
    // 1 µs + 1 ns per word of the larger argument; 2 µs flat.
    m.put("addInteger", new CostingFun(new CostModel.MaxSize(1_000_000, 1_000), MEM));
    m.put("ifThenElse", new CostingFun(new CostModel.ConstantCost(2_000_000), MEM));
    m.put("subtractInteger", new CostingFun(new CostModel.MaxSize(1_000_000, 1_000), MEM));
    m.put("sha2_256", new CostingFun(new CostModel.LinearIn(0, 500_000, 10_000), MEM));
    return BuiltinCostModel.of(m);
  }

  @Test
  void comparesTimeLessTheOverheadOfTheSameArity() {
    List<BenchmarkRow> rows = new ArrayList<>(nops(0.5));
    rows.add(row(10, "AddInteger", 0.5 + 1.1, 100, 50)); // charged 1.1 µs: exactly priced
    rows.add(row(11, "AddInteger", 0.5 + 2.2, 100, 50)); // twice the charge
    rows.add(row(12, "IfThenElse", 0.5 + 1.0, 1, 1, 1)); // half the charge
    PricingResult r = PricingCheck.check(BenchmarkData.of("t", rows, List.of()), model(),
        Scale.fixed(1));
    assertEquals(3, r.points().size());
    PricedPoint top = r.points().get(0);
    assertEquals("AddInteger/100/50", top.benchmark());
    assertEquals("addInteger", top.builtin());
    assertEquals(1_100_000, top.charged());
    assertEquals(2.2e6, top.measured(), 1e-3);
    assertEquals(2.0, top.relative(), 1e-9);
    assertEquals(1_100_000, top.shortfall(1), 1e-3);
    assertTrue(top.certain(1));
    assertEquals(1, r.underpriced().size(), "exactly priced is not underpriced");
    assertEquals(0.5, r.points().get(2).relative(), 1e-9);
    assertEquals(List.of("addInteger", "ifThenElse"),
        r.builtins().stream().map(BuiltinPricing::builtin).toList());
    assertEquals(List.of("subtractInteger", "sha2_256"), r.builtinsWithoutData());
  }

  @Test
  void autoScaleDividesByTheMedianOverBuiltins() {
    // Everything takes about three times its charge, but sha2_256 takes six: only it stands out.
    List<BenchmarkRow> rows = new ArrayList<>(nops(0));
    for (int i = 0; i < 5; i++) {
      rows.add(row(10 + i, "AddInteger", 2.9 * (1 + 0.01 * i), 10 * i, 1));
    }
    rows.add(row(20, "IfThenElse", 6.0, 1, 1, 1));
    rows.add(row(21, "Sha2_256", 6 * 0.51, 1));
    BenchmarkData data = BenchmarkData.of("t", rows, List.of());
    PricingResult fixed = PricingCheck.check(data, model(), Scale.fixed(1));
    assertEquals(7, fixed.underpriced().size(), "all underpriced in absolute terms");
    PricingResult auto = PricingCheck.check(data, model(), Scale.AUTO);
    assertEquals(3.0, auto.factor(), 1e-9);
    assertEquals(List.of("Sha2_256/1"),
        auto.underpriced().stream().map(PricedPoint::benchmark).toList());
    assertEquals(2.0, auto.points().get(0).relative(), 1e-9);
  }

  @Test
  void benchmarksWithoutABuiltinAreListedNotChecked() {
    List<BenchmarkRow> rows = new ArrayList<>(nops(0));
    rows.add(row(10, "UnitTerm", 1.0, 1));
    rows.add(row(11, "AddInteger", 1.0, 1, 1));
    PricingResult r = PricingCheck.check(BenchmarkData.of("t", rows, List.of()), model(),
        Scale.fixed(1));
    assertEquals(List.of("UnitTerm"), r.unpricedBenchmarks());
    assertEquals(1, r.points().size());
  }

  @Test
  void aCostThatNeedsAMissingSizeIsSkippedWithAWarning() {
    List<BenchmarkRow> rows = new ArrayList<>(nops(0));
    rows.add(row(10, "AddInteger", 1.0, 5)); // max_size needs y
    rows.add(row(11, "IfThenElse", 1.0, 5)); // a constant needs none
    PricingResult r = PricingCheck.check(BenchmarkData.of("t", rows, List.of()), model(),
        Scale.fixed(1));
    assertEquals(List.of("IfThenElse/5"), r.points().stream().map(PricedPoint::benchmark).toList());
    assertTrue(r.warnings().stream().anyMatch(w -> w.contains("AddInteger: 1 point(s) skipped")),
        r.warnings().toString());
  }

  @Test
  void missingNopBenchmarksAreWarnedAbout() {
    List<BenchmarkRow> rows = List.of(row(1, "IfThenElse", 1.0, 1, 1, 1));
    PricingResult r = PricingCheck.check(BenchmarkData.of("t", rows, List.of()), model(),
        Scale.fixed(1));
    assertTrue(r.warnings().stream().anyMatch(w -> w.contains("Nop3o not found")));
    assertEquals(1e6, r.points().get(0).measured(), 1e-6);
  }

  @Test
  void freeCallsThatTakeTimeRankFirst() {
    Map<String, CostingFun> m = new LinkedHashMap<>(model().asMap());
    m.put("ifThenElse", new CostingFun(new CostModel.ConstantCost(0), MEM));
    List<BenchmarkRow> rows = new ArrayList<>(nops(0));
    rows.add(row(10, "AddInteger", 50.0, 1, 1));
    rows.add(row(11, "IfThenElse", 0.1, 1, 1, 1));
    PricingResult r = PricingCheck.check(BenchmarkData.of("t", rows, List.of()),
        BuiltinCostModel.of(m), Scale.fixed(1));
    assertEquals("IfThenElse/1/1/1", r.points().get(0).benchmark());
    assertTrue(Double.isInfinite(r.points().get(0).relative()));
  }

  @Test
  void namesMapToTheCostModelsNames() {
    assertEquals("addInteger", PricingCheck.builtinOf("AddInteger"));
    assertEquals("bls12_381_G1_add", PricingCheck.builtinOf("Bls12_381_G1_add"));
    assertEquals("iData", PricingCheck.builtinOf("IData"));
    assertEquals("verifyEd25519Signature", PricingCheck.builtinOf("VerifyEd25519Signature"));
  }

  @Test
  void scaleParsing() {
    assertTrue(Scale.parse("auto").auto());
    assertTrue(Scale.parse(" AUTO ").auto());
    assertEquals(2.5, Scale.parse("2.5").factor());
    assertFalse(Scale.parse("1").auto());
    for (String bad : new String[] {"0", "-1", "fast", "NaN", "Infinity", ""}) {
      assertThrows(IllegalArgumentException.class, () -> Scale.parse(bad), bad);
    }
  }
}
