package io.plutuscalibrate.reports.diff;

import java.util.Comparator;
import java.util.Optional;

/** One script re-costed under both models. See Note [Scripts that fail or run out of budget]. */
public record ScriptChange(String script, ScriptRun current, ScriptRun proposed) {

  /** Largest movers first: outcome changes, then by the larger relative change, then by name. */
  static final Comparator<ScriptChange> LARGEST_FIRST =
      Comparator.comparing((ScriptChange c) -> !c.outcomeChanged())
          .thenComparing(Comparator.comparingDouble(ScriptChange::magnitude).reversed())
          .thenComparing(ScriptChange::script);

  public boolean outcomeChanged() {
    return current.outcome() != proposed.outcome();
  }

  /** Whether the budgets are comparable: the script succeeded under both models. */
  public boolean comparable() {
    return current.succeeded() && proposed.succeeded();
  }

  public Optional<Change> cpu() {
    return comparable()
        ? Optional.of(new Change(current.spent().cpu(), proposed.spent().cpu())) : Optional.empty();
  }

  public Optional<Change> memory() {
    return comparable()
        ? Optional.of(new Change(current.spent().mem(), proposed.spent().mem())) : Optional.empty();
  }

  /** The larger of the CPU and memory relative changes, 0 when not comparable. */
  public double magnitude() {
    return Math.max(cpu().map(Change::magnitude).orElse(0.0),
        memory().map(Change::magnitude).orElse(0.0));
  }
}
