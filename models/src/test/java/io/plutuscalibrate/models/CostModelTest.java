package io.plutuscalibrate.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.plutuscalibrate.models.CostModel.*;
import org.junit.jupiter.api.Test;

/** Costs of the shapes, worked by hand from the formulas of {@code CostingFun/Core.hs}. */
class CostModelTest {
  private static long cost(CostModel m, long... sizes) {
    return m.cost(sizes);
  }

  @Test
  void quadraticMultipliesLeftToRightAsPlutusDoes() {
    QuadraticIn q = new QuadraticIn(0, 10, 2, 3);
    assertEquals(10 + 2 * 5 + 3 * 25, cost(q, 5));
    // Plutus: c0 + (c1 * s + (c2 * s) * s). With c2 = -1 and s = 2^32, (c2 * s) * s is -2^64,
    // which saturates to minBound; c2 * (s * s) would give -maxBound instead.
    QuadraticIn negative = new QuadraticIn(0, 0, 0, -1);
    assertEquals(Long.MIN_VALUE, cost(negative, 1L << 32));
  }

  @Test
  void twoArgumentShapes() {
    assertEquals(7 + 2 * 9, cost(new SubtractedSizes(7, 2, 1), 10, 1));
    assertEquals(7 + 2 * 1, cost(new SubtractedSizes(7, 2, 1), 1, 10));
    assertEquals(5, cost(new LinearOnDiagonal(5, 100, 3), 2, 3));
    assertEquals(100 + 3 * 2, cost(new LinearOnDiagonal(5, 100, 3), 2, 2));
    assertEquals(9, cost(new ConstOffDiagonal(9, new LinearIn(0, 1, 1)), 2, 3));
    assertEquals(3, cost(new ConstOffDiagonal(9, new LinearIn(0, 1, 1)), 2, 2));
    assertEquals(9, cost(new ConstAboveDiagonal(9, new MaxSize(0, 1)), 2, 3));
    assertEquals(3, cost(new ConstAboveDiagonal(9, new AddedSizes(0, 1)), 2, 1));
    assertEquals(9, cost(new ConstBelowDiagonal(9, new MaxSize(0, 1)), 3, 2));
    // above_and_below_diagonal runs the model on (max, min) and never uses the constant.
    assertEquals(100 + 4 - 2, cost(new AboveAndBelowDiagonal(9,
        new QuadraticInXAndY(0, 100, 1, -1, 0, 0, 0)), 2, 4));
    // The official division model floors at its minimum.
    QuadraticInXAndY division = new QuadraticInXAndY(85848, 123203, 1716, 7305, 57, 960, -900);
    assertEquals(85848, cost(division, 1, 100));
    assertEquals(123203 + 1716 * 10 + 7305 * 2 + 57 * 100 + 960 * 20 - 900 * 4,
        cost(division, 10, 2));
    assertEquals(1000 + 2 * 3 + 5 * 7 + 6 * 21,
        cost(new WithInteractionInXAndY(1000, 2, 5, 6), 3, 7));
    assertEquals(4 + 2 * 7, cost(new LinearInY2(4, 2, 100), 3, 7));
  }

  @Test
  void threeArgumentShapes() {
    assertEquals(3, cost(new LiteralInYOrLinearInZ(10, 2), 1, 3, 50));
    assertEquals(10 + 2 * 50, cost(new LiteralInYOrLinearInZ(10, 2), 1, 0, 50));
    assertEquals(1 + 2 * 6, cost(new LinearInMaxYZ(1, 2), 9, 6, 4));
    assertEquals(1 + 2 * 6 + 3 * 4, cost(new LinearInYAndZ(1, 2, 3), 9, 6, 4));
    ExpModCost e = new ExpModCost(607153, 231697, 53144);
    long k = 607153 + 231697L * 2 * 3 + 53144L * 2 * 3 * 3;
    assertEquals(k, cost(e, 3, 2, 3));
    assertEquals(k + k / 2, cost(e, 4, 2, 3));
  }
}
