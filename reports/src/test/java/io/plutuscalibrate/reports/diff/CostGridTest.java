package io.plutuscalibrate.reports.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.CostModel;
import io.plutuscalibrate.models.CostingFun;
import io.plutuscalibrate.models.ExBudget;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CostGridTest {
  private static final CostModel FOUR = new CostModel.ConstantCost(4);

  private static CostingFun cpu(CostModel m) {
    return new CostingFun(m, FOUR);
  }

  private static String key(long[] sizes) {
    return java.util.Arrays.toString(sizes);
  }

  @Test
  void gridDependsOnArity() {
    CostingFun lin = cpu(new CostModel.LinearIn(0, 10, 1));
    CostingFun lin2 = cpu(new CostModel.LinearIn(0, 10, 2));
    assertEquals(7, CostGrid.evaluate("sha2_256", lin, lin2).points().size());
    BuiltinCostChange two = CostGrid.evaluate("addInteger",
        cpu(new CostModel.MaxSize(10, 1)), cpu(new CostModel.MaxSize(10, 2)));
    assertEquals(49, two.points().size());
    Set<String> pairs = new HashSet<>();
    two.points().forEach(p -> pairs.add(key(p.sizes())));
    // The diagonal and both sides of it.
    assertTrue(pairs.containsAll(Set.of("[1, 1]", "[64, 64]", "[1, 64]", "[64, 1]")));
    assertEquals(343, CostGrid.evaluate("expModInteger",
        cpu(new CostModel.ExpModCost(1, 2, 3)), cpu(new CostModel.ExpModCost(1, 2, 4)))
        .points().size());
    // insertCoin has four arguments: 1, 8 and 64 each.
    assertEquals(81, CostGrid.evaluate("insertCoin", cpu(new CostModel.LinearIn(3, 1, 1)),
        cpu(new CostModel.LinearIn(3, 1, 2))).points().size());
    // Constant on both sides: one point, whatever the arity.
    assertEquals(1, CostGrid.evaluate("verifyEd25519Signature", cpu(new CostModel.ConstantCost(1)),
        cpu(new CostModel.ConstantCost(2))).points().size());
  }

  @Test
  void anUnknownBuiltinTakesTheArityItsShapesRead() {
    CostingFun u = cpu(new CostModel.LinearIn(3, 1, 1));
    assertEquals(4, CostGrid.arity("notABuiltin", u, u));
    CostingFun z = cpu(new CostModel.QuadraticIn(2, 1, 1, 1));
    assertEquals(3, CostGrid.arity("notABuiltin", z, cpu(FOUR)));
    assertEquals(2, CostGrid.arity("notABuiltin", cpu(new CostModel.MinSize(1, 1)), cpu(FOUR)));
  }

  @Test
  void pointsAreTheCostsOfBothSidesAndTheSummaryFindsTheWorst() {
    // A diagonal shape change: const_above_diagonal to above_and_below_diagonal. Below the
    // diagonal (x < y) the current cost is the constant and the proposed one the quadratic at
    // (y, x): at (32, 64), 123203 + 1716*64 + 7305*32 + 57*64^2 + 960*64*32 - 900*32^2.
    CostModel q = new CostModel.QuadraticInXAndY(85848, 123203, 1716, 7305, 57, 960, -900);
    BuiltinCostChange b = CostGrid.evaluate("divideInteger",
        cpu(new CostModel.ConstAboveDiagonal(85848, q)),
        cpu(new CostModel.AboveAndBelowDiagonal(85848, q)));
    BuiltinCostChange.Point p = b.points().stream()
        .filter(x -> key(x.sizes()).equals("[32, 64]")).findFirst().orElseThrow();
    long expected = 123203 + 1716 * 64 + 7305 * 32 + 57 * 64 * 64 + 960 * 64 * 32 - 900 * 32 * 32;
    assertEquals(new ExBudget(85848, 4), p.current());
    assertEquals(new ExBudget(expected, 4), p.proposed());
    // On and above the diagonal (x >= y) both are the same quadratic: 28 points unchanged.
    assertEquals(21, b.cpu().changedPoints());
    assertEquals(0, b.memory().changedPoints());
    assertEquals(0.0, b.cpu().min().orElseThrow());
    // The worst point has the largest relative change of all.
    double worst = b.cpu().worst().cpu().magnitude();
    for (BuiltinCostChange.Point x : b.points()) {
      assertTrue(x.cpu().magnitude() <= worst);
    }
    assertEquals("[32, 64]", key(b.cpu().worst().sizes()));
  }

  @Test
  void fromZeroCountsAsNewAndRanksFirst() {
    BuiltinCostChange b = CostGrid.evaluate("appendByteString",
        new CostingFun(FOUR, new CostModel.AddedSizes(0, 0)),
        new CostingFun(FOUR, new CostModel.AddedSizes(5, 0)));
    assertEquals(49, b.memory().newPoints());
    assertTrue(b.memory().min().isEmpty(), "no point has a ratio");
    assertEquals("[1, 1]", key(b.memory().worst().sizes()));
  }
}
