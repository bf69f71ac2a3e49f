package io.plutuscalibrate.calibrate;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code calibrate} command-line program: one subcommand per job. */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Plutus cost-model calibration: run workloads against a Plutus evaluator, fit costing"
            + " functions with confidence intervals, and report what a cost model changes.",
    // One per line, in the order --help lists them (the data flow: node, fit, reports).
    subcommands = {
      CommandLine.HelpCommand.class,
      EvalCommand.class,
      ConformanceCommand.class,
      SweepCommand.class,
      ServeCommand.class,
      MergeCommand.class,
      FitCommand.class,
      DiffCommand.class,
      DriftCommand.class,
      CompareCommand.class,
      CheckPricingCommand.class,
      ReportCommand.class,
      RunCommand.class,
      BenchCommand.class,
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests call {@code execute} on it. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main());
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"plutus-calibrate " + (v == null ? "(development build)" : v)};
    }
  }
}
