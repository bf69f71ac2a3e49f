package io.plutuscalibrate.reports.diff;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.MachineCosts;
import io.plutuscalibrate.models.ledger.PlutusLedgerLanguage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The model one side brings to one comparison: a readable model, or one language's array decoded
 * with a semantics variant.
 *
 * @param source what it was read from, e.g. {@code builtinCostModelC.json} or
 *     {@code models.json, PlutusV3}
 * @param language the ledger language, for an array
 * @param machine the machine costs: given, or the official ones of the variant
 * @param machineGiven whether the input gave the machine costs (arrays always do)
 * @param parameters the named parameters compared (Note [Flattening as the ledger does] in
 *     {@code CostModelParams}); for an array, exactly the language's names in ledger order
 * @param arrayCheck how the array fits its language, for an array
 */
public record SideModel(
    String source,
    Optional<PlutusLedgerLanguage> language,
    BuiltinCostModel builtins,
    MachineCosts machine,
    boolean machineGiven,
    ChosenVariant variant,
    Map<String, Long> parameters,
    Optional<ArrayCheck> arrayCheck) {

  public SideModel {
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }
}
