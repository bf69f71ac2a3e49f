package io.plutuscalibrate.models.fit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The law of a confidence interval for the step costs: over measurements generated from a known
 * step cost, overhead and builtin factor with relative noise (Note [Units of step costs]), the 95%
 * intervals contain the truth close to 95% of the time. Seeded; the bounds are about three
 * binomial standard deviations around 95%.
 */
class StepCostCoverageTest {
  private static final int SETS = 400;
  private static final double LOW = 0.915;
  private static final double HIGH = 0.985;

  @Test
  void intervalsOfTheAveragedCostAndTheBuiltinFactorCover95Percent() {
    Random rng = new Random(31);
    int cost = 0;
    int factor = 0;
    int overhead = 0;
    for (int s = 0; s < SETS; s++) {
      List<ScriptMeasurement> m = SyntheticSteps.quickSweep(rng, SyntheticSteps.uniform(4_700),
          370_000, 0.1, 0.08);
      StepCostFit f = StepCostFitter.fit(m, false, 0.95);
      if (f.averaged().lower() <= 4_700 && 4_700 <= f.averaged().upper()) cost++;
      if (f.builtinFactor().lower() <= 0.1 && 0.1 <= f.builtinFactor().upper()) factor++;
      if (f.overhead().lower() <= 370_000 && 370_000 <= f.overhead().upper()) overhead++;
    }
    check("averaged step cost", cost);
    check("builtin factor", factor);
    check("fixed cost per call", overhead);
  }

  /**
   * In reference units the truth is cost / true factor; the factor is estimated (log-normal error
   * of known standard error). The interval with the factor's uncertainty covers it about 95% of
   * the time; the interval conditional on the estimated factor would not.
   */
  @Test
  void intervalsInReferenceUnitsCoverWithTheFactorsUncertainty() {
    Random rng = new Random(32);
    double trueFactor = 0.7;
    double seLog = 0.12;
    int builtins = 100;
    double truth = 4_700 / trueFactor;
    int with = 0;
    int conditional = 0;
    for (int s = 0; s < SETS; s++) {
      List<ScriptMeasurement> m = SyntheticSteps.quickSweep(rng, SyntheticSteps.uniform(4_700),
          370_000, 0.1, 0.08);
      double estimated = trueFactor * Math.exp(seLog * rng.nextGaussian());
      StepCostFit.Rescaled r = StepCostFitter.fit(m, false, 0.95).inReferenceUnits(
          StepCostFitterTest.rescaling(estimated, seLog, builtins, 0.95));
      if (r.averagedWithFactor().lower() <= truth && truth <= r.averagedWithFactor().upper()) {
        with++;
      }
      if (r.averaged().lower() <= truth && truth <= r.averaged().upper()) conditional++;
    }
    check("averaged step cost in reference units", with);
    assertTrue(conditional < LOW * SETS, "the conditional interval covered " + conditional
        + " of " + SETS + ": the test would not tell the two apart");
  }

  private static void check(String what, int covered) {
    double rate = (double) covered / SETS;
    System.out.printf(Locale.ROOT, "%s: coverage %.3f over %d sets%n", what, rate, SETS);
    assertTrue(rate >= LOW && rate <= HIGH, what + ": coverage " + rate);
  }
}
