package io.plutuscalibrate.reports.compare;

/**
 * Where the run-to-run variance of a between-batch interval comes from; see Note [Runs are the
 * unit] in {@link CompareAnalysis}.
 */
public enum Basis {
  /** Both batches have two or more runs: each batch's own spread between runs (Welch). */
  RUNS,
  /** A batch with a single run borrows the pooled spread between runs of the other batches. */
  POOLED,
  /**
   * No batch has two runs: only the within-run error (criterion's interval or the raw samples),
   * which underestimates the difference between runs.
   */
  WITHIN_RUN;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
