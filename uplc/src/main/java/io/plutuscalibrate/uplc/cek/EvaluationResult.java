package io.plutuscalibrate.uplc.cek;

import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.uplc.core.Term;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of evaluating a term: its value as a term, an evaluation failure, or running out of
 * the budget limit. Each carries the budget spent, the lines logged by {@code trace} and the tally
 * of what was charged. The machine returns these; it never throws for a failing program.
 */
public sealed interface EvaluationResult {

  /** The budget charged, startup included. See Note [Cost slippage] in {@link CekMachine}. */
  ExBudget spent();

  /** The lines logged, in order. */
  List<String> logs();

  /** What the spent budget was charged for. */
  StepTally tally();

  /**
   * The term evaluated to a value; {@code term} is the value discharged as Plutus's
   * {@code dischargeCekValue} does (closures' environments substituted into their bodies).
   */
  record Success(Term term, ExBudget spent, List<String> logs, StepTally tally)
      implements EvaluationResult {
    public Success {
      Objects.requireNonNull(term);
      logs = List.copyOf(logs);
    }
  }

  /** Evaluation failed: the {@code error} term, a failing builtin, or an ill-formed step. */
  record Failure(String reason, ExBudget spent, List<String> logs, StepTally tally)
      implements EvaluationResult {
    public Failure {
      Objects.requireNonNull(reason);
      logs = List.copyOf(logs);
    }
  }

  /**
   * The budget charged went over {@code limit} (in CPU or memory). {@code spent} includes the
   * charge that went over, as Haskell's restricting mode reports it.
   */
  record OutOfBudget(ExBudget limit, ExBudget spent, List<String> logs, StepTally tally)
      implements EvaluationResult {
    public OutOfBudget {
      Objects.requireNonNull(limit);
      logs = List.copyOf(logs);
    }
  }

  /** Whether this is a {@link Success}. */
  default boolean isSuccess() {
    return this instanceof Success;
  }
}
