package io.plutuscalibrate.calibrate;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.MachineCosts;
import io.plutuscalibrate.models.OfficialModels;
import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.models.json.BuiltinCostModelJson;
import io.plutuscalibrate.models.json.CostModelFormatException;
import io.plutuscalibrate.models.json.MachineCostsJson;
import io.plutuscalibrate.uplc.cek.MachineParameters;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options that choose the machine a command evaluates with: the semantics variant (builtins
 * and official cost models) and cost-model files that replace the official ones.
 */
final class MachineOptions {
  @Option(names = "--builtin-costs", paramLabel = "FILE",
      description = "builtin cost model (builtinCostModel*.json layout); default: the official"
          + " one of the variant")
  Path builtinCosts;

  @Option(names = "--machine-costs", paramLabel = "FILE",
      description = "CEK machine costs (cekMachineCosts*.json layout); default: the official"
          + " one of the variant")
  Path machineCosts;

  @Option(names = "--variant", paramLabel = "A..E", defaultValue = "E",
      description = "builtin semantics variant (default: ${DEFAULT-VALUE})")
  SemanticsVariant variant;

  /** The machine parameters these options select. */
  MachineParameters parameters() throws UserInputException {
    BuiltinCostModel builtins = OfficialModels.builtinCostModel(variant);
    MachineCosts machine = OfficialModels.machineCosts(variant);
    try {
      if (builtinCosts != null) builtins = BuiltinCostModelJson.read(builtinCosts);
      if (machineCosts != null) machine = MachineCostsJson.read(machineCosts);
    } catch (IOException e) {
      throw new UserInputException("cannot read cost model " + Messages.ioReason(e));
    } catch (CostModelFormatException e) {
      throw new UserInputException(Messages.oneLine(e.getMessage()));
    }
    return MachineParameters.of(builtins, machine, variant);
  }
}
