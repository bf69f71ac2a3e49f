package io.plutuscalibrate.models.ledger;

import java.util.List;

/**
 * The cost-model parameters of one ledger language as the ledger stores them: plain integers in
 * the language's canonical order ({@link ParamNames}), without names or types. Immutable.
 */
public record CostModelArray(PlutusLedgerLanguage language, List<Long> values) {
  public CostModelArray {
    if (language == null) {
      throw new IllegalArgumentException("no language");
    }
    values = List.copyOf(values);
  }

  public int size() {
    return values.size();
  }
}
