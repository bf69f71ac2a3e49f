package io.plutuscalibrate.reports.diff;

import io.plutuscalibrate.models.ledger.DecodedCostModel;
import io.plutuscalibrate.models.ledger.ParamNames;
import io.plutuscalibrate.models.ledger.PlutusLedgerLanguage;
import java.util.ArrayList;
import java.util.List;

/**
 * How a ledger array fits its language: its length against the newest ledger's expectation and
 * the deployment batches (Note [Batches of parameters] in {@code ParamNames}), and for the map
 * form the names that are unknown, out of order or missing. See {@link LedgerInput}.
 *
 * @param given how many values the array has (for a map: up to the last position it names)
 * @param expected how many the newest ledger expects
 * @param batchCounts the lengths that end a deployment batch
 * @param ignored values past {@code expected}, which the ledger ignores
 * @param missing names past the array's end, which the ledger charges at {@code maxBound}
 */
public record ArrayCheck(
    PlutusLedgerLanguage language,
    LedgerInput.Form form,
    int given,
    int expected,
    List<Integer> batchCounts,
    int ignored,
    List<String> missing,
    List<String> unknownNames,
    List<String> outOfOrder,
    List<String> gaps) {

  public ArrayCheck {
    batchCounts = List.copyOf(batchCounts);
    missing = List.copyOf(missing);
    unknownNames = List.copyOf(unknownNames);
    outOfOrder = List.copyOf(outOfOrder);
    gaps = List.copyOf(gaps);
  }

  static ArrayCheck of(LedgerInput input, DecodedCostModel decoded) {
    ParamNames order = ParamNames.of(input.language());
    return new ArrayCheck(input.language(), input.form(), decoded.given(), decoded.expected(),
        order.batchCounts(), decoded.ignored(), decoded.missing(), input.unknownNames(),
        input.outOfOrder(), input.gaps());
  }

  public boolean endsABatch() {
    return batchCounts.contains(given);
  }

  /** Whether nothing is worth a finding: the full length and, for a map, clean names. */
  public boolean fits() {
    return given == expected && unknownNames.isEmpty() && outOfOrder.isEmpty() && gaps.isEmpty();
  }

  /** What does not fit, one sentence each; empty when it {@link #fits()}. */
  public List<String> findings() {
    List<String> f = new ArrayList<>();
    String batch = endsABatch()
        ? given + " ends a deployment batch of " + language
        : given + " does not end a deployment batch of " + language + " (batches end at "
            + batchCounts + ")";
    if (given > expected) {
      f.add(given + " values where the ledger expects " + expected + ": the last " + ignored
          + " are ignored; " + batch);
    } else if (given < expected) {
      f.add(given + " values where the ledger expects " + expected + ": "
          + Names.count(missing.size(), "parameter") + " after the end (" + Names.shortList(missing)
          + ") are charged at maxBound; " + batch);
    }
    if (!unknownNames.isEmpty()) {
      f.add("the map names " + Names.count(unknownNames.size(), "parameter") + " that " + language
          + " does not have (ignored): " + Names.shortList(unknownNames));
    }
    if (!outOfOrder.isEmpty()) {
      f.add("the map has " + Names.count(outOfOrder.size(), "name") + " out of the ledger's order: "
          + Names.shortList(outOfOrder));
    }
    if (!gaps.isEmpty()) {
      f.add("the map lacks " + Names.count(gaps.size(), "parameter") + " before its last one"
          + " (cardano-cli refuses an incomplete map; shown at maxBound): "
          + Names.shortList(gaps));
    }
    return f;
  }
}
