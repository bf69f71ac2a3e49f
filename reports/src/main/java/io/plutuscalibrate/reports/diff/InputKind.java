package io.plutuscalibrate.reports.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.models.StepKind;
import java.util.Iterator;
import java.util.function.Predicate;

/**
 * What a file given to the diff holds, told apart by its top-level keys.
 *
 * <p>Note [Recognising input files]: the kinds have disjoint top-level keys, so the content
 * decides and the user need not say: a governance action has {@code "tag"} (alone, or under
 * {@code "governance action"} or {@code "action"}, see {@code ParameterChangeAction}); protocol
 * parameters (as {@code cardano-cli query protocol-parameters} prints them, the usual source of
 * the current side) have a {@code "costModels"} object; a ledger cost-model file has language
 * keys ({@code "PlutusV1"} ..); machine costs have the
 * {@code cek*Cost} keys of {@link StepKind}; anything else is read as a builtin cost model, whose
 * strict reader then says what is wrong with it.
 */
public enum InputKind {
  BUILTIN_COST_MODEL("builtin cost model"),
  MACHINE_COSTS("CEK machine costs"),
  COST_MODELS_FILE("ledger cost-model file"),
  GOVERNANCE_ACTION("parameter-change governance action"),
  PROTOCOL_PARAMETERS("protocol parameters");

  private final String description;

  InputKind(String description) {
    this.description = description;
  }

  /** How the kind reads in a report: "builtin cost model", "ledger cost-model file", ... */
  public String description() {
    return description;
  }

  /** Whether files of this kind hold ledger arrays. */
  public boolean holdsArrays() {
    return this == COST_MODELS_FILE || this == GOVERNANCE_ACTION || this == PROTOCOL_PARAMETERS;
  }

  /** The kind of a document whose root is an object. See Note [Recognising input files]. */
  static InputKind detect(ObjectNode root) {
    if (root.has("tag") || root.has("governance action") || root.has("action")) {
      return GOVERNANCE_ACTION;
    }
    if (root.get("costModels") instanceof ObjectNode) {
      return PROTOCOL_PARAMETERS;
    }
    if (anyKey(root, InputKind::looksLikeLanguage)) {
      return COST_MODELS_FILE;
    }
    for (StepKind k : StepKind.values()) {
      if (root.has(k.jsonKey())) {
        return MACHINE_COSTS;
      }
    }
    return BUILTIN_COST_MODEL;
  }

  /**
   * {@code PlutusV1} and the like, including languages that do not exist ({@code PlutusV9}), so
   * that the cost-model file reader names the bad key instead of the builtin-model reader
   * complaining about its value.
   */
  private static boolean looksLikeLanguage(String key) {
    return key.matches("PlutusV[0-9]+");
  }

  private static boolean anyKey(JsonNode object, Predicate<String> test) {
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      if (test.test(it.next())) {
        return true;
      }
    }
    return false;
  }
}
