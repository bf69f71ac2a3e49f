package io.plutuscalibrate.calibrate;

import io.plutuscalibrate.reports.drift.DriftAnalysis;
import io.plutuscalibrate.reports.drift.DriftReport;
import io.plutuscalibrate.reports.drift.DriftSettings;
import io.plutuscalibrate.reports.drift.FailOn;
import io.plutuscalibrate.reports.drift.NoCommonPointsException;
import io.plutuscalibrate.reports.format.DriftJson;
import io.plutuscalibrate.reports.format.DriftJunit;
import io.plutuscalibrate.reports.format.DriftMarkdown;
import io.plutuscalibrate.reports.format.DriftText;
import io.plutuscalibrate.reports.timing.RunTimings;
import io.plutuscalibrate.reports.timing.TimingsInputException;
import io.plutuscalibrate.reports.timing.TimingsReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code calibrate drift --baseline A --current B}: tests every builtin and point of B against A
 * (each side may list several runs, {@code --baseline A1,A2,A3}: see Note [Batches of runs] in
 * {@code BatchDriftAnalysis})
 * and prints a verdict per builtin (slower, faster, unchanged) with the size of the change and
 * its interval; see Note [Drift decision] in {@link DriftAnalysis}. Exit status 0 when nothing
 * drifted, 1 when something did, 2 for unusable input.
 */
@Command(name = "drift", mixinStandardHelpOptions = true,
    description = {"Test whether builtins got slower or faster between a baseline and a current"
        + " run, or batches of runs (run directories or criterion CSV files).",
        "Give several runs per side (--baseline A1,A2,A3 --current B1,B2,B3): between JVM"
            + " sessions whole builtins jump by 20-60%%, which one run per side cannot tell from"
            + " drift.",
        "A builtin drifted when its change is beyond the threshold and significant after"
            + " correcting for the many builtins tested, with run-to-run noise estimated from"
            + " the data.",
        "Exit status: 0 nothing drifted, 1 something drifted, 2 bad input."})
final class DriftCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--baseline", required = true, paramLabel = "RUN", split = ",",
      description = "the reference: run directories or criterion CSVs, comma-separated or the"
          + " option repeated; several runs per side separate drift from session-to-session"
          + " jitter (see docs/nightly-drift.md)")
  List<Path> baseline;

  @Option(names = "--current", required = true, paramLabel = "RUN", split = ",",
      description = "the runs to test, given like --baseline")
  List<Path> current;

  @Option(names = "--threshold", paramLabel = "PCT", defaultValue = "5%",
      description = "the smallest change that counts as drift (default: ${DEFAULT-VALUE})")
  String threshold;

  @Option(names = "--fdr", paramLabel = "PCT", defaultValue = "5%",
      description = "the error rate of the tests across builtins and points (default:"
          + " ${DEFAULT-VALUE})")
  String fdr;

  @Option(names = "--min-run-noise", paramLabel = "PCT", defaultValue = "1%",
      description = "the least run-to-run noise of a builtin assumed (default: ${DEFAULT-VALUE})")
  String minRunNoise;

  @Option(names = "--no-normalize", description = "test raw ratios instead of ratios relative"
      + " to the run-wide factor (only when both runs come from one session on one machine)")
  boolean noNormalize;

  @Option(names = "--fail-on", paramLabel = "WHICH", defaultValue = "any",
      description = "which drift fails the check: any or slower (default: ${DEFAULT-VALUE})")
  String failOn;

  @Option(names = "--json", paramLabel = "FILE", description = "also write the report as JSON")
  Path json;

  @Option(names = "--junit", paramLabel = "FILE",
      description = "also write JUnit XML, one test case per builtin")
  Path junit;

  @Option(names = "--markdown", paramLabel = "FILE", description = "also write Markdown")
  Path markdown;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      FailOn policy = switch (failOn.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "any" -> FailOn.ANY;
        case "slower" -> FailOn.SLOWER;
        default -> throw new UserInputException("--fail-on expects any or slower; got '" + failOn + "'");
      };
      DriftSettings settings = new DriftSettings(
          ReportOutput.fraction(threshold, "--threshold"),
          positive(ReportOutput.fraction(fdr, "--fdr"), "--fdr", fdr),
          !noNormalize,
          ReportOutput.fraction(minRunNoise, "--min-run-noise"));
      List<RunTimings> base = read(baseline);
      List<RunTimings> cur = read(current);
      DriftReport report = DriftAnalysis.analyse(base, cur, settings);
      if (json != null) ReportOutput.write(json, new DriftJson(policy).render(report), "--json");
      if (junit != null) ReportOutput.write(junit, new DriftJunit(policy).render(report), "--junit");
      if (markdown != null) {
        ReportOutput.write(markdown, new DriftMarkdown(policy).render(report), "--markdown");
      }
      out.print(new DriftText(policy).render(report));
      out.flush();
      return report.fails(policy) ? 1 : 0;
    } catch (UserInputException | TimingsInputException | NoCommonPointsException e) {
      err.println("calibrate drift: " + Messages.oneLine(e.getMessage()));
      err.flush();
      return 2;
    }
  }

  private static List<RunTimings> read(List<Path> paths) throws TimingsInputException {
    List<RunTimings> runs = new ArrayList<>(paths.size());
    for (Path p : paths) runs.add(TimingsReader.read(p));
    return runs;
  }

  private static double positive(double v, String option, String text) throws UserInputException {
    if (v > 0) return v;
    throw new UserInputException(option + " must be above 0; got '" + text + "'");
  }
}
