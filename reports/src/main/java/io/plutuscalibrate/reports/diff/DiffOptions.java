package io.plutuscalibrate.reports.diff;

import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.models.ledger.PlutusLedgerLanguage;
import java.util.Optional;
import java.util.Set;

/**
 * What to compare besides the models themselves.
 *
 * @param languages the ledger languages compared (empty: all the sides have)
 * @param scripts the scripts to re-cost, if any
 * @param limit the budget limit of each script evaluation, if any
 */
public record DiffOptions(
    Set<PlutusLedgerLanguage> languages, Optional<ScriptSet> scripts, Optional<ExBudget> limit) {

  public DiffOptions {
    languages = Set.copyOf(languages);
  }

  public static DiffOptions defaults() {
    return new DiffOptions(Set.of(), Optional.empty(), Optional.empty());
  }
}
