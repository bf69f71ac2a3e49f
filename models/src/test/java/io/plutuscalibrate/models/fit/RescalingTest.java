package io.plutuscalibrate.models.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.OfficialModels;
import io.plutuscalibrate.models.SharedData;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RescalingTest {
  static final CostModelFitter.Options NO_BOOTSTRAP =
      new CostModelFitter.Options(0, 1, 0.95, false);
  static BenchmarkData data;
  static FitResult fit;

  @BeforeAll
  static void read() throws Exception {
    data = BenchmarkCsv.read(SharedData.path("cost-model/benching-conway.csv"));
    fit = CostModelFitter.fit(data, FitRules.official(), NO_BOOTSTRAP);
  }

  @Test
  void theOfficialDataIsOnTheOfficialMachine() {
    Rescaling r = Rescaling.estimate(fit, data, OfficialModels.newestBuiltinCostModel(), 0.95);
    assertEquals(1, r.factor(), 0.001, r.toString());
    assertTrue(r.lower() <= r.factor() && r.factor() <= r.upper());
    assertEquals(102, r.ratios().size());
    // Left out: builtins whose official model is not this data's fit (see OfficialFitTest).
    assertTrue(r.excluded().containsAll(List.of("appendString", "encodeUtf8")), r.excluded()
        .toString());
  }

  @Test
  void aMachineTwiceAsSlowIsFoundAndItsFitRescaled() {
    BenchmarkData slow = data.scaled(2.0);
    FitResult slowFit = CostModelFitter.fit(slow, FitRules.official(), NO_BOOTSTRAP);
    BuiltinCostModel reference = fit.candidate(OfficialModels.newestBuiltinCostModel());
    Rescaling r = Rescaling.estimate(slowFit, slow, reference, 0.95);
    // Exactly 2 up to the rounding of each model to whole picoseconds.
    assertEquals(2, r.factor(), 0.005, r.toString());
    assertTrue(r.lower() <= r.factor() && r.factor() <= r.upper());
    assertTrue(r.excluded().size() <= 2, r.excluded().toString());
    FitResult back = slowFit.dividedBy(r.factor());
    int compared = 0;
    for (BuiltinFit f : back.fits().values()) {
      BuiltinFit original = fit.fit(f.builtin()).orElseThrow();
      for (int i = 0; i < f.parameters().size(); i++) {
        ParameterFit p = f.parameters().get(i);
        long want = original.parameters().get(i).value();
        if (p.adjusted()) continue; // the 1 ns floor is not a time of the machine
        assertTrue(Math.abs(p.value() - want) <= Math.max(2, Math.abs(want) * 0.02),
            f.builtin() + "." + p.name() + ": " + p.value() + " vs " + want);
        compared++;
      }
    }
    assertTrue(compared > 150);
  }

  @Test
  void tooFewCommonBuiltinsIsAnError() {
    FitResult one = CostModelFitter.fit(data,
        List.of(FitRules.forBuiltin("addInteger").orElseThrow()), NO_BOOTSTRAP);
    assertThrows(IllegalArgumentException.class,
        () -> Rescaling.estimate(one, data, OfficialModels.newestBuiltinCostModel(), 0.95));
  }
}
