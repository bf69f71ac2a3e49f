package io.plutuscalibrate.models.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected values computed with R 4.2.2: quantile(x, p) (type 7) and mean(x). */
class RStatsTest {
  @Test
  void quantileIsRsTypeSeven() {
    double[] oneToTen = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    assertEquals(8.1999999999999993, RStats.quantile(oneToTen, 0.8), 0); // quantile(1:10, 0.8)
    assertEquals(3.25, RStats.quantile(oneToTen, 0.25), 1e-15); // quantile(1:10, 0.25)
    assertEquals(7.75, RStats.quantile(oneToTen, 0.75), 1e-15);
    assertEquals(5, RStats.quantile(new double[] {5}, 0.8), 0);
    assertEquals(0.15000000000000002, RStats.quantile(new double[] {0.1, 0.5, 0.2}, 0.25), 0);
    assertEquals(10, RStats.quantile(oneToTen, 1.0), 0);
    assertEquals(1, RStats.quantile(oneToTen, 0.0), 0);
    assertEquals(Double.NaN, RStats.quantile(new double[0], 0.5));
  }

  @Test
  void meanOfEqualValuesIsThatValueExactly() {
    double[] v = new double[449];
    java.util.Arrays.fill(v, 0.001);
    assertEquals(0.001, RStats.mean(v), 0);
    assertEquals(Double.NaN, RStats.mean(new double[0]));
    // mean(c(1e16, 1, -1e16, 3)) is 1 in R (long double sums); a double sum gives 0.75.
    assertEquals(1, RStats.mean(new double[] {1e16, 1, -1e16, 3}), 0);
  }
}
