package io.plutuscalibrate.reports.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.CostModel;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConfidenceBandTest {
  static FitSummary.Parameter p(String name, long value, double lower, double upper) {
    return new FitSummary.Parameter(name, value, value, (upper - lower) / 4, lower, upper, "t",
        false);
  }

  @Test
  void linearBandIsTheRangeOverTheBox() {
    CostModel m = new CostModel.LinearIn(0, 1000, 20);
    ConfidenceBand b = ConfidenceBand.of(m, List.of(p("intercept", 1000, 900, 1100),
        p("slope", 20, 18, 22)));
    long[] s = {50, 0, 0, 0, 0, 0};
    assertEquals(1000 + 20 * 50, b.fitted(s));
    assertEquals(900 + 18 * 50, b.lower(s));
    assertEquals(1100 + 22 * 50, b.upper(s));
    assertTrue(b.varies());
  }

  @Test
  void aParameterWithoutIntervalStaysFixed() {
    CostModel m = new CostModel.LinearIn(1, 1000, 20);
    ConfidenceBand b = ConfidenceBand.of(m, List.of(p("intercept", 1000, 900, 1100),
        new FitSummary.Parameter("slope", 20, 20, Double.NaN, Double.NaN, Double.NaN, "none",
            false)));
    long[] s = {0, 10, 0, 0, 0, 0};
    assertEquals(900 + 200, b.lower(s));
    assertEquals(1100 + 200, b.upper(s));
    assertEquals(List.of("slope"), b.fixedParameters());
  }

  @Test
  void constantCostAndNestedParametersAreFound() {
    ConfidenceBand c = ConfidenceBand.of(new CostModel.ConstantCost(500),
        List.of(p("arguments", 500, 450.2, 549.7)));
    long[] s = {1, 1, 1, 1, 1, 1};
    assertEquals(450, c.lower(s));
    assertEquals(550, c.upper(s));
    CostModel nested = new CostModel.ConstAboveDiagonal(300,
        new CostModel.QuadraticInXAndY(12, 10, 1, 1, 0, 0, 0));
    ConfidenceBand n = ConfidenceBand.of(nested, List.of(p("constant", 300, 250, 350),
        p("model.minimum", 12, 12, 12), p("model.c00", 10, 5, 15)));
    assertEquals(250, n.lower(new long[] {1, 2, 0, 0, 0, 0}), "x < y: the constant");
    assertEquals(350, n.upper(new long[] {1, 2, 0, 0, 0, 0}));
    assertEquals(12, n.lower(new long[] {3, 2, 0, 0, 0, 0}), "5 + 3 + 2 is below the floor");
    assertEquals(15 + 3 + 2, n.upper(new long[] {3, 2, 0, 0, 0, 0}));
  }

  @Test
  void unknownParametersAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> ConfidenceBand.of(
        new CostModel.LinearIn(0, 1, 2), List.of(p("c00", 1, 0, 2))));
    assertThrows(IllegalArgumentException.class, () -> ConfidenceBand.of(
        new CostModel.LinearIn(0, 1, 2), List.of(p("model.intercept", 1, 0, 2))));
  }

  /** Law: a fitted value inside every interval lies inside the band, at every size. */
  @Test
  void theFittedFunctionLiesInTheBandWhenItsParametersLieInTheirIntervals() {
    SplittableRandom rng = new SplittableRandom(11);
    for (int trial = 0; trial < 300; trial++) {
      long i0 = rng.nextLong(0, 1_000_000);
      long s1 = rng.nextLong(-1000, 1000);
      long s2 = rng.nextLong(-1000, 1000);
      CostModel m = new CostModel.LinearInXAndY(i0, s1, s2);
      List<FitSummary.Parameter> ps = List.of(
          p("intercept", i0, i0 - rng.nextDouble(0, 5000), i0 + rng.nextDouble(0, 5000)),
          p("slope1", s1, s1 - rng.nextDouble(0, 50), s1 + rng.nextDouble(0, 50)),
          p("slope2", s2, s2 - rng.nextDouble(0, 50), s2 + rng.nextDouble(0, 50)));
      ConfidenceBand b = ConfidenceBand.of(m, ps);
      long[] s = {rng.nextLong(0, 10_000), rng.nextLong(0, 10_000), 0, 0, 0, 0};
      long v = b.fitted(s);
      assertTrue(b.lower(s) <= v && v <= b.upper(s), "trial " + trial);
    }
  }

  @Test
  void noIntervalsNoBand() {
    ConfidenceBand b = ConfidenceBand.of(new CostModel.ConstantCost(5), List.of(
        new FitSummary.Parameter("arguments", 5, 5, Double.NaN, Double.NaN, Double.NaN, "none",
            false)));
    assertFalse(b.varies());
  }
}
