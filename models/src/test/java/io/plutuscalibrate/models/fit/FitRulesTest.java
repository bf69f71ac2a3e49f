package io.plutuscalibrate.models.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.CostModel;
import io.plutuscalibrate.models.OfficialModels;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FitRulesTest {
  @Test
  void everyBuiltinOfTheNewestModelHasOneRuleOfItsShape() {
    BuiltinCostModel newest = OfficialModels.newestBuiltinCostModel();
    List<String> ruled = FitRules.official().stream().map(FitRule::builtin)
        .collect(Collectors.toList());
    assertEquals(List.copyOf(newest.builtins()).stream().sorted().toList(),
        ruled.stream().sorted().toList());
    for (FitRule rule : FitRules.official()) {
      CostModel official = newest.get(rule.builtin()).cpu();
      assertEquals(official.tag(), rule.tag(), rule.builtin());
      long[] zeros = new long[rule.parameterNames().size()];
      CostModel built = CostModelFitter.build(rule, zeros);
      assertTrue(FitResult.sameShape(official, built), rule.builtin() + ": " + built);
    }
  }

  @Test
  void parameterNamesFollowTheJsonLayout() {
    assertEquals(List.of("arguments"),
        FitRules.forBuiltin("lengthOfByteString").orElseThrow().parameterNames());
    assertEquals(List.of("constant", "intercept", "slope"),
        FitRules.forBuiltin("equalsString").orElseThrow().parameterNames());
    assertEquals(List.of("constant", "model.minimum", "model.c00", "model.c10", "model.c01",
        "model.c20", "model.c11", "model.c02"),
        FitRules.forBuiltin("divideInteger").orElseThrow().parameterNames());
    assertEquals(List.of("constant", "model.intercept", "model.slope1", "model.slope2"),
        FitRules.forBuiltin("valueContains").orElseThrow().parameterNames());
  }

  @Test
  void inconsistentRulesAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> FitRule.of("x", 7, FitShape.LINEAR_IN_X).build());
    assertThrows(IllegalArgumentException.class,
        () -> FitRule.of("x", 2, FitShape.QUADRATIC_IN_X_AND_Y).build());
    assertThrows(IllegalArgumentException.class, () -> FitRule.of("x", 2, FitShape.LINEAR_IN_Y)
        .split(Wrapper.LINEAR_ON_DIAGONAL, Selection.OFF_DIAGONAL, Selection.DIAGONAL, true)
        .build());
    assertThrows(IllegalArgumentException.class,
        () -> FitRule.of("x", 2, FitShape.QUADRATIC_IN_Y).fan().build());
  }

  @Test
  void rulesSayWhatTheyDo() {
    assertEquals("lm(t ~ pmax(x_mem, y_mem)) on AddInteger; Nop2o overhead subtracted;"
        + " negative coefficients raised to 1 ns",
        FitRules.forBuiltin("subtractInteger").orElseThrow().describe());
  }
}
