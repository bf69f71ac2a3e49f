package io.plutuscalibrate.reports.diff;

import java.util.List;
import java.util.Optional;

/**
 * One pair of models compared: the readable models of the two sides, or one ledger language's
 * (a language on one side only is a comparison with an empty side and nothing else).
 *
 * @param name the language, or {@code "models"} for two readable models
 * @param machineCompared whether machine-cost parameters are among the parameters compared (not
 *     when neither side gave machine costs: see Note [Machine costs in a diff] in
 *     {@link ModelDiff})
 * @param parameters the parameters that differ, in the current side's order, then the new ones
 * @param shapes the shape changes of builtins on both sides
 * @param predicted the predicted cost change of every builtin on both sides whose costing
 *     function differs, in the current side's order
 * @param scripts the scripts re-costed, when scripts were given
 */
public record Comparison(
    String name,
    Optional<SideModel> current,
    Optional<SideModel> proposed,
    boolean machineCompared,
    List<ParameterChange> parameters,
    List<ShapeChange> shapes,
    List<String> builtinsAdded,
    List<String> builtinsRemoved,
    List<BuiltinCostChange> predicted,
    Optional<ScriptRecosting> scripts) {

  public Comparison {
    parameters = List.copyOf(parameters);
    shapes = List.copyOf(shapes);
    builtinsAdded = List.copyOf(builtinsAdded);
    builtinsRemoved = List.copyOf(builtinsRemoved);
    predicted = List.copyOf(predicted);
  }

  /** Whether both sides have this comparison's model. */
  public boolean onBothSides() {
    return current.isPresent() && proposed.isPresent();
  }

  /** Whether the models differ (or only one side has one). */
  public boolean differs() {
    return !onBothSides() || !parameters.isEmpty() || !shapes.isEmpty()
        || !builtinsAdded.isEmpty() || !builtinsRemoved.isEmpty();
  }

  public long count(ParameterChange.Kind kind) {
    return parameters.stream().filter(p -> p.kind() == kind).count();
  }
}
