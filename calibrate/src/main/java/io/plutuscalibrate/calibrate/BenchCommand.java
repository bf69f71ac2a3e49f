package io.plutuscalibrate.calibrate;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code calibrate bench ...}: how fast the embedded node runs, against what the model charges. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Time the embedded node (see the subcommands).",
    subcommands = {BenchScriptsCommand.class})
final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
