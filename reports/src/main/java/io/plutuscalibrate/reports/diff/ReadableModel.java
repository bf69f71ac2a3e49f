package io.plutuscalibrate.reports.diff;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.MachineCosts;
import java.util.Optional;

/**
 * A cost model as the readable JSON files give it: a builtin cost model and, if given, machine
 * costs.
 *
 * @param builtinsSource the file of the builtin cost model
 * @param machineSource the file of the machine costs, empty when none was given
 */
public record ReadableModel(
    BuiltinCostModel builtins,
    String builtinsSource,
    Optional<MachineCosts> machine,
    Optional<String> machineSource) {}
