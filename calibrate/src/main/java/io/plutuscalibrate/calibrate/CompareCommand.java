package io.plutuscalibrate.calibrate;

import io.plutuscalibrate.reports.compare.Batch;
import io.plutuscalibrate.reports.compare.CompareAnalysis;
import io.plutuscalibrate.reports.compare.CompareReport;
import io.plutuscalibrate.reports.drift.NoCommonPointsException;
import io.plutuscalibrate.reports.format.CompareJson;
import io.plutuscalibrate.reports.format.CompareMarkdown;
import io.plutuscalibrate.reports.format.CompareText;
import io.plutuscalibrate.reports.timing.RunTimings;
import io.plutuscalibrate.reports.timing.TimingsInputException;
import io.plutuscalibrate.reports.timing.TimingsReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code calibrate compare --batch NAME=RUN,RUN,... --batch NAME=RUN,...}: per builtin and point,
 * the spread between the runs of each batch and the difference of each batch from the first with
 * its interval; see Note [Runs are the unit] in {@link CompareAnalysis}. Exit status 0, or 2 for
 * unusable input.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Compare batches of runs (run directories or criterion CSV files): the spread"
        + " between runs within each batch and the difference between batches, with intervals"
        + " that rest on the spread between runs.",
        "The first batch is the reference. A batch may have a single run."})
final class CompareCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--batch", required = true, paramLabel = "NAME=RUN,RUN,...",
      description = "a named batch of runs; give it once per batch, the reference first")
  List<String> batchSpecs;

  @Option(names = "--json", paramLabel = "FILE", description = "also write the comparison as JSON")
  Path json;

  @Option(names = "--markdown", paramLabel = "FILE", description = "also write Markdown")
  Path markdown;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      List<Batch> batches = new ArrayList<>();
      Set<String> names = new HashSet<>();
      for (String b : batchSpecs) {
        Batch batch = parse(b);
        if (!names.add(batch.name())) {
          throw new UserInputException("--batch: the name '" + batch.name() + "' is used twice");
        }
        batches.add(batch);
      }
      CompareReport report = CompareAnalysis.analyse(batches);
      if (json != null) ReportOutput.write(json, new CompareJson().render(report), "--json");
      if (markdown != null) {
        ReportOutput.write(markdown, new CompareMarkdown().render(report), "--markdown");
      }
      out.print(new CompareText().render(report));
      out.flush();
      return 0;
    } catch (UserInputException | TimingsInputException | NoCommonPointsException e) {
      err.println("calibrate compare: " + Messages.oneLine(e.getMessage()));
      err.flush();
      return 2;
    }
  }

  private static Batch parse(String spec) throws UserInputException, TimingsInputException {
    int eq = spec.indexOf('=');
    String name = eq < 0 ? "" : spec.substring(0, eq).strip();
    String list = eq < 0 ? "" : spec.substring(eq + 1);
    List<RunTimings> runs = new ArrayList<>();
    for (String run : list.split(",", -1)) {
      if (run.isBlank()) {
        runs.clear();
        break;
      }
      runs.add(TimingsReader.read(Path.of(run.strip())));
    }
    if (name.isEmpty() || runs.isEmpty()) {
      throw new UserInputException("--batch expects NAME=RUN,RUN,... (a name, then one or more"
          + " run directories or CSV files separated by commas); got '" + spec + "'");
    }
    return new Batch(name, runs);
  }
}
