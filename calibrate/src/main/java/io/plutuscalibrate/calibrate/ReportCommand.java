package io.plutuscalibrate.calibrate;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.reports.page.ReportData;
import io.plutuscalibrate.reports.page.ReportInputException;
import io.plutuscalibrate.reports.page.ReportPage;
import io.plutuscalibrate.reports.page.ReportSources;
import io.plutuscalibrate.reports.pricing.Scale;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code calibrate report RUN_OR_FIT --out FILE}: the fit as one self-contained HTML page. A run
 * directory (or a benchmark CSV) is fitted first by {@code calibrate fit} itself, into a temporary
 * directory; see Note [What a report is made from] in {@link ReportSources}. Exit status 0 when
 * the page was written, 2 for unusable input.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Write the fit as one self-contained HTML page (no network needed to view it): a summary"
            + " (worst fits, warnings, underpriced builtins), per builtin a chart of the measured"
            + " points with the fitted function and its band, the residuals, the parameters with"
            + " their intervals and the warnings, and where the data came from.",
        "",
        "RUN_OR_FIT is a fit directory (from calibrate fit), a run directory (from calibrate"
            + " sweep; fitted first with calibrate fit's defaults) or a benchmark CSV file."})
final class ReportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "RUN_OR_FIT",
      description = "fit directory, run directory, or criterion CSV file")
  Path input;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "the HTML file")
  Path out;

  @Option(names = "--benchmarks", paramLabel = "CSV",
      description = "for a fit directory: the benchmark file the fit read, if it is no longer"
          + " where fit-report.json says")
  Path benchmarks;

  @Option(names = "--pricing-model", paramLabel = "FILE",
      description = "builtinCostModel JSON the summary's pricing check compares the measured"
          + " times with (default: the newest official model, E)")
  Path pricingModel;

  @Option(names = "--scale", paramLabel = "auto|FACTOR", defaultValue = "auto",
      description = "machine factor of the pricing check, as check-pricing's --scale"
          + " (default: ${DEFAULT-VALUE})")
  String scale;

  @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "1000",
      description = "when fitting a run: bootstrap replicates, as fit's (default: ${DEFAULT-VALUE})")
  int bootstrap;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "20240302",
      description = "when fitting a run: the bootstrap seed, as fit's (default: ${DEFAULT-VALUE})")
  long seed;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      ReportPage.Page page = render(spec.commandLine().getOut());
      spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s (%d charts, %,d KB)%n", out,
          page.charts(), (page.html().length() + 1023) / 1024);
      spec.commandLine().getOut().flush();
      return 0;
    } catch (UserInputException e) {
      err.println("calibrate report: " + e.getMessage());
      err.flush();
      return 2;
    }
  }

  /** Loads the input (fitting it first if need be), writes the page and returns it. */
  ReportPage.Page render(PrintWriter progress) throws UserInputException {
    Scale s;
    try {
      s = Scale.parse(scale);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
    BuiltinCostModel pm = pricingModel == null ? null : CheckPricingCommand.readModel(pricingModel);
    ReportSources.Options options = new ReportSources.Options(benchmarks, pm,
        pricingModel == null ? null : pricingModel.toString(), s);
    ReportData data;
    try {
      if (ReportSources.isFitDirectory(input)) {
        data = ReportSources.load(input, options, null);
      } else {
        if (benchmarks != null) {
          throw new UserInputException("--benchmarks is for a fit directory; " + input
              + " is not one");
        }
        data = fitAndLoad(BenchmarkInput.resolve(input), options, progress);
      }
    } catch (ReportInputException e) {
      throw new UserInputException(Messages.oneLine(e.getMessage()));
    }
    ReportPage.Page page = ReportPage.render(data, Instant.now(), new Main.Version().getVersion()[0]);
    CheckPricingCommand.write(out, page.html());
    return page;
  }

  /** Fits {@code csv} with {@code calibrate fit} into a temporary directory and loads that. */
  private ReportData fitAndLoad(Path csv, ReportSources.Options options, PrintWriter progress)
      throws UserInputException, ReportInputException {
    Path tmp;
    try {
      tmp = Files.createTempDirectory("calibrate-report-fit");
    } catch (IOException e) {
      throw new UserInputException("cannot make a temporary directory: " + Messages.ioReason(e));
    }
    try {
      progress.println("fitting " + csv + " (calibrate fit, for the report)...");
      progress.flush();
      StringWriter fitOut = new StringWriter();
      StringWriter fitErr = new StringWriter();
      CommandLine fit = Main.commandLine();
      fit.setOut(new PrintWriter(fitOut, true));
      fit.setErr(new PrintWriter(fitErr, true));
      int exit = fit.execute("fit", "--benchmarks", csv.toString(), "--out", tmp.toString(),
          "--bootstrap", Integer.toString(bootstrap), "--seed", Long.toString(seed));
      if (exit != 0) {
        throw new UserInputException("fitting " + csv + " failed: "
            + Messages.oneLine(fitErr.toString()));
      }
      return ReportSources.load(tmp, options, "fitted from " + csv + " by calibrate fit for this"
          + " page (bootstrap " + bootstrap + ", seed " + seed + "; the fit's files were not kept)");
    } finally {
      deleteTree(tmp);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary directory left behind is harmless; the page is what matters.
    }
  }
}
