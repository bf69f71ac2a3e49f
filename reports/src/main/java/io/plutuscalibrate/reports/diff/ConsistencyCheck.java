package io.plutuscalibrate.reports.diff;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.CostingFun;
import io.plutuscalibrate.models.ledger.CostModelParams;
import io.plutuscalibrate.models.ledger.DecodedCostModel;
import io.plutuscalibrate.models.ledger.ParamNames;
import io.plutuscalibrate.models.ledger.PlutusLedgerLanguage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a side's readable model and its ledger array say the same thing.
 *
 * <p>Note [Readable model against array]: a proposal is reviewed in its readable form but enacted
 * as an array, and the two can drift apart (a proposed update was once reviewed with a text diff
 * of its readable form that disagreed with its on-chain array). The array is what the chain will
 * use, so a diff compares arrays when a side has both, and checks the readable model against each
 * array by the ledger's names: a value that differs; a name of the array the readable model lacks
 * or a parameter of a builtin the array covers that the array has no place for (the readable
 * model uses another shape); and a shape that differs from the one the array is decoded with (the
 * array's shapes come from the semantics variant, not from the readable file). Machine costs are
 * checked only when the readable side gave them.
 *
 * @param mismatches names whose values differ
 * @param readableLacks names the array gives that the readable model does not have
 * @param arrayCannotCarry parameters of the readable model, of builtins the array covers, that
 *     the language's order has no place for
 * @param shapeMismatches builtins whose readable shape differs from the decoded one
 * @param machineChecked whether machine costs were compared
 */
public record ConsistencyCheck(
    PlutusLedgerLanguage language,
    String readableSource,
    String arraySource,
    List<ValueMismatch> mismatches,
    List<String> readableLacks,
    List<String> arrayCannotCarry,
    List<ShapeChange> shapeMismatches,
    boolean machineChecked) {

  /** A parameter whose value differs: readable model's, array's. */
  public record ValueMismatch(String name, long readable, long array) {}

  public ConsistencyCheck {
    mismatches = List.copyOf(mismatches);
    readableLacks = List.copyOf(readableLacks);
    arrayCannotCarry = List.copyOf(arrayCannotCarry);
    shapeMismatches = List.copyOf(shapeMismatches);
  }

  public boolean agrees() {
    return mismatches.isEmpty() && readableLacks.isEmpty() && arrayCannotCarry.isEmpty()
        && shapeMismatches.isEmpty();
  }

  /** See Note [Readable model against array]. */
  static ConsistencyCheck of(
      ReadableModel readable, DecodedCostModel decoded, String arraySource) {
    PlutusLedgerLanguage language = decoded.language();
    ParamNames order = ParamNames.of(language);
    boolean machineChecked = readable.machine().isPresent();
    Map<String, Long> arrayParams =
        CostModelParams.extract(decoded.builtinCostModel(), decoded.machineCosts());
    Map<String, Long> readableParams = CostModelParams.extract(readable.builtins(),
        readable.machine().orElse(decoded.machineCosts()));
    Set<String> machineNames = ModelDiff.machineNames();
    List<ValueMismatch> mismatches = new ArrayList<>();
    List<String> lacks = new ArrayList<>();
    Set<String> covered = new HashSet<>();
    List<String> names = order.names(Math.min(decoded.given(), order.size()));
    for (String name : names) {
      if (!machineChecked && machineNames.contains(name)) {
        continue;
      }
      covered.add(Names.owner(name));
      Long mine = readableParams.get(name);
      long theirs = arrayParams.get(name);
      if (mine == null) {
        lacks.add(name);
      } else if (mine != theirs) {
        mismatches.add(new ValueMismatch(name, mine, theirs));
      }
    }
    List<String> cannotCarry = new ArrayList<>();
    for (String p : readableParams.keySet()) {
      if (covered.contains(Names.owner(p)) && order.indexOf(p) < 0) {
        cannotCarry.add(p);
      }
    }
    List<ShapeChange> shapes = new ArrayList<>();
    BuiltinCostModel r = readable.builtins();
    for (Map.Entry<String, CostingFun> e : r.asMap().entrySet()) {
      if (covered.contains(e.getKey()) && decoded.builtinCostModel().find(e.getKey()).isPresent()) {
        shapes.addAll(ShapeChange.between(e.getKey(), e.getValue(),
            decoded.builtinCostModel().get(e.getKey())));
      }
    }
    return new ConsistencyCheck(language, readable.builtinsSource(), arraySource, mismatches, lacks,
        cannotCarry, shapes, machineChecked);
  }
}
