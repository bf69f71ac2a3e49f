package io.plutuscalibrate.models.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.MachineCosts;
import io.plutuscalibrate.models.json.BuiltinCostModelJson;
import io.plutuscalibrate.models.json.CostModelFormatException;
import io.plutuscalibrate.models.json.MachineCostsJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cost model as named parameters, the way the ledger sees it
 * ({@code PlutusCore.Evaluation.Machine.CostModelInterface}).
 *
 * <p>Note [Flattening as the ledger does]: Plutus does not list the parameters of a model; it
 * takes the model's JSON, flattens nested objects by joining keys with {@code -}, and keeps the
 * numeric leaves (the {@code type} strings drop out). So {@code addInteger}'s CPU intercept is
 * {@code addInteger-cpu-arguments-intercept}, a {@code constant_cost} is
 * {@code bData-cpu-arguments}, a nested model's coefficient is
 * {@code divideInteger-cpu-arguments-model-arguments-c00}, and a machine cost is
 * {@code cekApplyCost-exBudgetCPU}. We do exactly that, on the same JSON trees our writers emit.
 * Going back ({@code applyCostModelParams}) needs a template model for the shapes, because the
 * names carry no types: the values are written into the template's JSON, which is read back.
 */
public final class CostModelParams {
  private CostModelParams() {}

  /**
   * The named parameters of a model: the builtins' in model order, then the machine costs'.
   * See Note [Flattening as the ledger does].
   */
  public static Map<String, Long> extract(BuiltinCostModel builtins, MachineCosts machineCosts) {
    Map<String, Long> params = new LinkedHashMap<>();
    leaves(BuiltinCostModelJson.toTree(builtins), "")
        .forEach((name, leaf) -> params.put(name, leaf.value()));
    leaves(MachineCostsJson.toTree(machineCosts), "")
        .forEach((name, leaf) -> params.put(name, leaf.value()));
    return Collections.unmodifiableMap(params);
  }

  /** A builtin cost model and machine costs together: a template, or the result of applying. */
  record Model(BuiltinCostModel builtins, MachineCosts machineCosts) {}

  /**
   * The template with the given parameters overwritten, others kept (as the ledger's
   * {@code applyCostModelParams}); a name the template does not have is an error.
   */
  static Model apply(Model template, Map<String, Long> params) throws CostModelParamsException {
    ObjectNode builtins = BuiltinCostModelJson.toTree(template.builtins());
    ObjectNode machine = MachineCostsJson.toTree(template.machineCosts());
    Map<String, Leaf> leaves = new LinkedHashMap<>(leaves(builtins, ""));
    leaves.putAll(leaves(machine, ""));
    List<String> unknown = new ArrayList<>();
    for (Map.Entry<String, Long> p : params.entrySet()) {
      Leaf leaf = leaves.get(p.getKey());
      if (leaf == null) {
        unknown.add(p.getKey());
      } else {
        leaf.parent().set(leaf.key(), LongNode.valueOf(p.getValue()));
      }
    }
    if (!unknown.isEmpty()) {
      throw new CostModelParamsException(
          "the cost model has no parameter " + CostModelParamsException.list(unknown), unknown);
    }
    try {
      return new Model(BuiltinCostModelJson.fromTree(builtins, "applied parameters"),
          MachineCostsJson.fromTree(machine, "applied parameters"));
    } catch (CostModelFormatException e) {
      // Only integer leaves of a valid tree were replaced by integers.
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** A numeric leaf of a JSON tree: where it is, so that it can be overwritten. */
  private record Leaf(ObjectNode parent, String key, long value) {}

  private static Map<String, Leaf> leaves(ObjectNode object, String prefix) {
    Map<String, Leaf> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      String name = prefix.isEmpty() ? e.getKey() : prefix + "-" + e.getKey();
      JsonNode value = e.getValue();
      if (value instanceof ObjectNode inner) {
        out.putAll(leaves(inner, name));
      } else if (value.isIntegralNumber()) {
        out.put(name, new Leaf(object, e.getKey(), value.longValue()));
      }
    }
    return out;
  }
}
