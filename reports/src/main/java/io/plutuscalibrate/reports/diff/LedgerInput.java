package io.plutuscalibrate.reports.diff;

import io.plutuscalibrate.models.ledger.CostModelArray;
import io.plutuscalibrate.models.ledger.PlutusLedgerLanguage;
import java.util.List;

/**
 * One language's parameters as a ledger cost-model file or governance action gave them, before
 * decoding, with what the map form got wrong (the list form cannot get names or order wrong: it
 * has none).
 *
 * @param values the values by position; for a map, up to the last position it names, positions it
 *     skips holding {@code maxBound} (see {@link #gaps})
 * @param unknownNames map keys that are not parameters of the language (their values are dropped)
 * @param outOfOrder map keys that come after a key of a later position (the value is used: a map
 *     is read by name, but cardano-cli users write them in order, so this is worth a look)
 * @param gaps names before the last one given that the map lacks; cardano-cli refuses such a map,
 *     and they are shown at {@code maxBound} as the ledger charges a parameter it lacks
 */
public record LedgerInput(
    PlutusLedgerLanguage language,
    Form form,
    List<Long> values,
    List<String> unknownNames,
    List<String> outOfOrder,
    List<String> gaps) {

  /** How the file wrote the parameters. */
  public enum Form { LIST, MAP }

  public LedgerInput {
    values = List.copyOf(values);
    unknownNames = List.copyOf(unknownNames);
    outOfOrder = List.copyOf(outOfOrder);
    gaps = List.copyOf(gaps);
  }

  public CostModelArray array() {
    return new CostModelArray(language, values);
  }
}
