package io.plutuscalibrate.reports.diff;

import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.uplc.cek.EvaluationResult;

/**
 * How one script fared under one model: the outcome and the budget spent.
 *
 * <p>Note [Scripts that fail or run out of budget]: a script is evaluated in full under each
 * model, without a limit unless {@code --budget} gives one. Its budget is compared only when it
 * succeeds under both models. A script that fails under a model (an {@code error} term, a failing
 * builtin: mostly the same under both, unless a builtin's semantics differ between the sides'
 * variants) or runs out of the given budget is shown with that outcome and the budget spent when
 * it stopped (for out-of-budget, up to and including the charge that went over), with no change:
 * a partial budget is no cost. Scripts whose outcome differs between the sides come first among
 * the movers, since no change is larger than one that makes a script unusable.
 */
public record ScriptRun(Outcome outcome, ExBudget spent, String reason) {

  public enum Outcome {
    SUCCESS("success"), FAILURE("evaluation failure"), OUT_OF_BUDGET("out of budget");

    private final String text;

    Outcome(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  static ScriptRun of(EvaluationResult r) {
    if (r instanceof EvaluationResult.Success) {
      return new ScriptRun(Outcome.SUCCESS, r.spent(), "");
    } else if (r instanceof EvaluationResult.Failure f) {
      return new ScriptRun(Outcome.FAILURE, r.spent(), f.reason());
    }
    EvaluationResult.OutOfBudget o = (EvaluationResult.OutOfBudget) r;
    return new ScriptRun(Outcome.OUT_OF_BUDGET, r.spent(),
        "limit cpu " + o.limit().cpu() + ", mem " + o.limit().mem());
  }

  public boolean succeeded() {
    return outcome == Outcome.SUCCESS;
  }
}
