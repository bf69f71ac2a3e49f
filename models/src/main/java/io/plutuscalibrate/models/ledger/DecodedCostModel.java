package io.plutuscalibrate.models.ledger;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.MachineCosts;
import io.plutuscalibrate.models.SemanticsVariant;
import java.util.ArrayList;
import java.util.List;

/**
 * A ledger array read back into a cost model, with what did not fit (see
 * {@link LedgerArrays#decode}). A length that differs from what the newest ledger expects is not
 * an error, as on chain (Note [Cost model parameters from the ledger's point of view] in
 * {@code CostModelInterface.hs}): extra values are ignored and missing parameters cost
 * {@code maxBound}; both are reported here.
 *
 * @param language the array's ledger language
 * @param variant the semantics variant whose official model gave the shapes
 * @param builtinCostModel the builtin costing functions, shapes from the variant, values from the
 *     array (and {@link Long#MAX_VALUE} for {@link #missing}); builtins the language does not
 *     name keep the variant's official functions
 * @param machineCosts the machine costs
 * @param expected how many values the newest ledger expects ({@link ParamNames#size()})
 * @param given how many values the array had
 * @param missing the names after the array's end, set to {@code maxBound} (empty unless
 *     {@code given < expected})
 */
public record DecodedCostModel(
    PlutusLedgerLanguage language,
    SemanticsVariant variant,
    BuiltinCostModel builtinCostModel,
    MachineCosts machineCosts,
    int expected,
    int given,
    List<String> missing) {

  public DecodedCostModel {
    missing = List.copyOf(missing);
  }

  /** How many values past the expected ones were ignored. */
  public int ignored() {
    return Math.max(0, given - expected);
  }

  /** Whether the array's length ends a deployment batch (Note [Batches of parameters]). */
  public boolean endsABatch() {
    return ParamNames.of(language).isBatchCount(given);
  }

  /** The ledger's warnings for this array, in its words; empty when the length is exact. */
  public List<String> warnings() {
    List<String> w = new ArrayList<>();
    if (given > expected) {
      w.add("Too many cost model parameters passed, expected " + expected + " but got " + given
          + ": the last " + ignored() + " are ignored");
    } else if (given < expected) {
      w.add("Too few cost model parameters passed, expected " + expected + " but got " + given
          + ": " + CostModelParamsException.list(missing) + " are set to maxBound"
          + (endsABatch() ? " (" + given + " ends a deployment batch of " + language + ")" : ""));
    }
    return w;
  }
}
