package io.plutuscalibrate.calibrate;

import io.plutuscalibrate.models.OfficialModels;
import io.plutuscalibrate.models.SemanticsVariant;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code calibrate run}: the main job on the embedded evaluator, needing nothing but the clone.
 *
 * <p>Note [The main job]: {@code run} is the other commands in a row, each through its own command
 * line so that it does exactly what the command does when typed: a quick sweep of the embedded
 * evaluator ({@code sweep --quick}); the fit of the builtins and, from the run's steps.csv, of the
 * machine step costs ({@code fit --benchmarks RUN --rescale-to}: the embedded evaluator is
 * not the machine the official models were measured on, so the candidate is put in the official
 * model's units by the machine factor, or its diff would show every parameter off by that
 * factor); the diff of the newest official model against the candidate ({@code diff}, as text,
 * HTML and JSON); the pricing check of the measured points against the newest official model
 * ({@code check-pricing}, its machine factor estimated from the data); and the report ({@code
 * report}). Each step writes into its own directory under the run's; a step that fails stops the
 * run unless what follows does not need it (the diff), and the end prints where every file is.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "The main job on the embedded evaluator: a quick sweep, the fit (in the official model's"
            + " units), the diff against the newest official model, the pricing check and the"
            + " HTML report, each into its own directory under --out; prints where each file is."})
final class RunCommand implements Callable<Integer> {
  static final String OFFICIAL_COPY = "official-builtinCostModelE.json";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR",
      description = "the run's directory, new or empty (default: runs/run-YYYYMMDD-HHMMSS)")
  Path out;

  @Option(names = "--seed", paramLabel = "N",
      description = "seed of the sweep's generated arguments and of the fit's bootstrap"
          + " (default: each command's own)")
  Long seed;

  @Option(names = "--time-budget", paramLabel = "T",
      description = "the sweep's time budget (default: the quick sweep's own)")
  String timeBudget;

  private PrintWriter console;

  @Override
  public Integer call() {
    console = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    try {
      Path dir = out != null ? out : Path.of("runs", "run-" + LocalDateTime.now(ZoneOffset.UTC)
          .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)));
      prepare(dir);
      Path sweep = dir.resolve("sweep");
      Path fit = dir.resolve("fit");
      Path diff = dir.resolve("diff");
      Path pricing = dir.resolve("pricing");
      Path report = dir.resolve("report");
      List<String> problems = new ArrayList<>();

      List<String> sweepArgs = new ArrayList<>(List.of("sweep", "--quick", "--out",
          sweep.toString()));
      if (seed != null) sweepArgs.addAll(List.of("--seed", seed.toString()));
      if (timeBudget != null) sweepArgs.addAll(List.of("--time-budget", timeBudget));
      int s = step(1, "quick sweep of the embedded evaluator", sweepArgs);
      if (s == 1) {
        problems.add("the sweep finished with failed points (see " + sweep + ")");
      } else if (s != 0) {
        throw new StepFailed("sweep", s);
      }

      // The run directory, not its benching.csv: the fit then takes the machine step costs from
      // its steps.csv too.
      List<String> fitArgs = new ArrayList<>(List.of("fit", "--benchmarks", sweep.toString(),
          "--out", fit.toString(), "--rescale-to"));
      if (seed != null) fitArgs.addAll(List.of("--seed", seed.toString()));
      int f = step(2, "fit of the builtins and the machine step costs, rescaled to the official"
          + " model's machine", fitArgs);
      if (f != 0) throw new StepFailed("fit", f);

      Files.createDirectories(diff);
      Path current = diff.resolve(OFFICIAL_COPY);
      Files.writeString(current, OfficialModels.builtinCostModelText(SemanticsVariant.E));
      Path proposed = fit.resolve("builtinCostModel.json");
      int d = step(3, "diff of the newest official model (E) against the candidate",
          List.of("diff", current.toString(), proposed.toString(), "--format", "text", "--out",
              diff.resolve("diff.txt").toString()), 1, "the models differ");
      // The diff's status 1 says the models differ, which is expected here.
      for (String format : List.of("html", "json")) {
        if (d != 0 && d != 1) break;
        d = quiet(List.of("diff", current.toString(), proposed.toString(), "--format", format,
            "--out", diff.resolve("diff." + format).toString()));
      }
      if (d != 0 && d != 1) problems.add("the diff failed (status " + d + "); see above");

      int p = step(4, "pricing check of the measured points against the newest official model",
          List.of("check-pricing", "--benchmarks", sweep.toString(), "--out",
              pricing.resolve("pricing.txt").toString()));
      if (p != 0) throw new StepFailed("check-pricing", p);
      quiet(List.of("check-pricing", "--benchmarks", sweep.toString(), "--markdown", "--out",
          pricing.resolve("pricing.md").toString()));
      quiet(List.of("check-pricing", "--benchmarks", sweep.toString(), "--json", "--out",
          pricing.resolve("pricing.json").toString()));

      int r = step(5, "HTML report", List.of("report", fit.toString(), "--out",
          report.resolve("report.html").toString()));
      if (r != 0) throw new StepFailed("report", r);

      console.printf(Locale.ROOT, "%ncalibrate run: done in %s. Files:%n",
          duration(System.nanoTime() - start));
      list("sweep", sweep, "the measurements (benching.csv: criterion CSV; manifest.json)");
      list("fit", fit, "the candidate cost model, machine costs and the fit report");
      list("diff", diff, "official model E against the candidate");
      list("pricing", pricing, "points official model E charges less than they take");
      list("report", report, "open report.html in a browser");
      for (String problem : problems) console.println("warning: " + problem);
      console.flush();
      return problems.isEmpty() ? 0 : 1;
    } catch (UserInputException e) {
      err.println("calibrate run: " + e.getMessage());
      err.flush();
      return 2;
    } catch (StepFailed e) {
      err.println("calibrate run: the " + e.step + " step failed (status " + e.status
          + "); stopped");
      err.flush();
      return e.status == 2 ? 2 : 1;
    } catch (IOException e) {
      err.println("calibrate run: " + Messages.ioReason(e));
      err.flush();
      return 2;
    }
  }

  private static void prepare(Path dir) throws UserInputException, IOException {
    if (Files.exists(dir)) {
      if (!Files.isDirectory(dir)) throw new UserInputException(dir + " exists and is a file");
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new UserInputException(dir + " is not empty; give a new directory with --out");
        }
      }
    }
    Files.createDirectories(dir);
  }

  /** Runs one step through its command line, printing to this command's streams. */
  private int step(int n, String what, List<String> args) {
    return step(n, what, args, 0, "");
  }

  /** As {@link #step(int, String, List)}; status {@code fine} is success meaning {@code meaning}. */
  private int step(int n, String what, List<String> args, int fine, String meaning) {
    console.printf(Locale.ROOT, "%n[%d/5] %s: calibrate %s%n", n, what, String.join(" ", args));
    console.flush();
    long t0 = System.nanoTime();
    CommandLine cl = Main.commandLine();
    cl.setOut(spec.commandLine().getOut());
    cl.setErr(spec.commandLine().getErr());
    int status = cl.execute(args.toArray(new String[0]));
    String end = status == 0 ? "done" : status == fine ? "done (" + meaning + ")"
        : "ended with status " + status;
    console.printf(Locale.ROOT, "[%d/5] %s in %s%n", n, end, duration(System.nanoTime() - t0));
    console.flush();
    return status;
  }

  /** Runs a further output of a step, printing only its errors. */
  private int quiet(List<String> args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(java.io.Writer.nullWriter()));
    cl.setErr(spec.commandLine().getErr());
    return cl.execute(args.toArray(new String[0]));
  }

  private void list(String step, Path dir, String what) throws IOException {
    console.printf(Locale.ROOT, "  %-8s %s/  (%s)%n", step, dir, what);
    if (!Files.isDirectory(dir)) return;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(f -> !f.getFileName().toString().startsWith(".")).sorted()
          .toList()) {
        console.printf(Locale.ROOT, "             %s%s%n", f, Files.isDirectory(f) ? "/" : "");
      }
    }
  }

  private static String duration(long nanos) {
    long s = Math.round(nanos / 1e9);
    return s < 60 ? s + " s" : String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
  }

  /** A step that failed: the run stops. */
  private static final class StepFailed extends Exception {
    private static final long serialVersionUID = 1L;
    final String step;
    final int status;

    StepFailed(String step, int status) {
      super(step, null, false, false);
      this.step = step;
      this.status = status;
    }
  }
}
