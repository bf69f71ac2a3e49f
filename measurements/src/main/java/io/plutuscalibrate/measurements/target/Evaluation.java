package io.plutuscalibrate.measurements.target;

import io.plutuscalibrate.models.ExBudget;
import java.util.Map;

/**
 * The outcome of one evaluation of a loaded program, as a target reports it: the kind of result
 * ({@code success}, {@code failure} or {@code out-of-budget}), the budget spent, the steps of each
 * kind (keys as in the machine-costs JSON without {@code cek}/{@code Cost}: {@code const},
 * {@code apply}, ...; empty when the target does not report them) and a failure's reason.
 */
public record Evaluation(String result, ExBudget budget, Map<String, Long> steps, String reason) {
  public static final String SUCCESS = "success";
  public static final String FAILURE = "failure";
  public static final String OUT_OF_BUDGET = "out-of-budget";

  public Evaluation {
    steps = Map.copyOf(steps);
    reason = reason == null ? "" : reason;
  }

  public boolean isSuccess() {
    return SUCCESS.equals(result);
  }
}
