package io.plutuscalibrate.reports.compare;

import io.plutuscalibrate.reports.drift.Ratio;

/**
 * The difference between a batch and the reference batch (the first one).
 *
 * @param batch the batch compared with the reference
 * @param ratio its level over the reference's, with a 95% interval
 * @param basis where the interval's run-to-run variance comes from
 */
public record Difference(String batch, Ratio ratio, Basis basis) {
  /** Whether the interval excludes 1 (no multiplicity correction). */
  public boolean significant() {
    return ratio.lower() > 1 || ratio.upper() < 1;
  }
}
