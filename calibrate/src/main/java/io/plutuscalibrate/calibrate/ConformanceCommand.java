package io.plutuscalibrate.calibrate;

import io.plutuscalibrate.uplc.cek.CekMachine;
import io.plutuscalibrate.uplc.conformance.CaseOutcome;
import io.plutuscalibrate.uplc.conformance.ConformanceCase;
import io.plutuscalibrate.uplc.conformance.ConformanceReport;
import io.plutuscalibrate.uplc.conformance.ConformanceRunner;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code calibrate conformance [--format text|flat] DIR...}: runs every conformance case
 * (NAME.uplc with NAME.uplc.expected and NAME.budget.expected; with {@code --format flat},
 * NAME.flat with NAME.flat.expected and NAME.budget.expected) under the directories on the
 * embedded machine, prints one line per failing case, then the counts. Exit status 0 when all
 * pass, 1 when any fails, 2 for unusable input.
 */
@Command(name = "conformance", mixinStandardHelpOptions = true,
    description = "Run Plutus conformance cases (NAME.uplc, NAME.uplc.expected,"
        + " NAME.budget.expected; or their flat forms NAME.flat, NAME.flat.expected) and report"
        + " the failures.")
final class ConformanceCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", arity = "1..*",
      description = "directories searched for cases (or single case files)")
  List<Path> dirs;

  @Option(names = "--format", paramLabel = "text|flat", defaultValue = "text",
      description = "which files hold the cases: text (NAME.uplc) or flat (NAME.flat)"
          + " (default: ${DEFAULT-VALUE})")
  String format;

  @Mixin MachineOptions machineOptions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      String extension = switch (format) {
        case "text" -> ConformanceCase.TEXT;
        case "flat" -> ConformanceCase.FLAT;
        default -> throw new UserInputException(
            "--format expects text or flat; got '" + format + "'");
      };
      CekMachine machine = CekMachine.create(machineOptions.parameters());
      List<ConformanceCase> cases = new ArrayList<>();
      for (Path dir : dirs) {
        if (!Files.exists(dir)) throw new UserInputException(dir + ": no such file or directory");
        try {
          cases.addAll(ConformanceCase.find(dir, extension));
        } catch (UncheckedIOException e) {
          throw new UserInputException("cannot read " + dir + ": " + Messages.ioReason(e.getCause()));
        }
      }
      ConformanceReport report = ConformanceRunner.on(machine).runAll(cases);
      for (CaseOutcome o : report.failures()) {
        out.println("FAIL " + o.testCase().name() + "  expected: " + o.expected() + "  actual: "
            + o.actual() + (o.detail().isEmpty() ? "" : "  (" + Messages.oneLine(o.detail()) + ")"));
      }
      out.println(report.passed() + " passed, " + report.failed() + " failed");
      out.flush();
      return report.failed() == 0 ? 0 : 1;
    } catch (UserInputException e) {
      err.println("calibrate conformance: " + e.getMessage());
      err.flush();
      return 2;
    }
  }
}
