package io.plutuscalibrate.calibrate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.MachineCosts;
import io.plutuscalibrate.models.OfficialModels;
import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.models.fit.BenchmarkData;
import io.plutuscalibrate.models.fit.BenchmarkFormatException;
import io.plutuscalibrate.models.fit.BuiltinFit;
import io.plutuscalibrate.models.fit.CostModelFitter;
import io.plutuscalibrate.models.fit.FitReport;
import io.plutuscalibrate.models.fit.FitResult;
import io.plutuscalibrate.models.fit.FitRules;
import io.plutuscalibrate.models.fit.Rescaling;
import io.plutuscalibrate.models.fit.ScriptMeasurement;
import io.plutuscalibrate.models.fit.ScriptMeasurementsCsv;
import io.plutuscalibrate.models.fit.StepCostFit;
import io.plutuscalibrate.models.fit.StepCostFitter;
import io.plutuscalibrate.models.json.BuiltinCostModelJson;
import io.plutuscalibrate.models.json.CostModelFormatException;
import io.plutuscalibrate.models.json.JsonText;
import io.plutuscalibrate.models.json.MachineCostsJson;
import io.plutuscalibrate.models.ledger.CostModelArray;
import io.plutuscalibrate.models.ledger.CostModelParamsException;
import io.plutuscalibrate.models.ledger.CostModelsFile;
import io.plutuscalibrate.models.ledger.LedgerArrays;
import io.plutuscalibrate.models.ledger.PlutusLedgerLanguage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code calibrate fit}: fits the builtin CPU costing functions to criterion benchmark results as
 * the official pipeline does, and writes the candidate cost model, the machine costs, the ledger
 * arrays and a report with intervals and diagnostics.
 */
@Command(
    name = "fit",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Fit builtin CPU costing functions to criterion benchmark results, as the official R"
            + " pipeline (models.R) does, with confidence intervals and diagnostics.",
        "",
        "Writes to DIR: builtinCostModel.json (the candidate; memory models and the CPU models"
            + " of builtins without data come from --base), cekMachineCosts.json (the machine"
            + " costs: step costs fitted to --steps or to the run directory's steps.csv, else"
            + " --machine-costs), costModels.json (the ledger's parameter arrays, as cardano-cli's"
            + " --cost-model-file takes them) and fit-report.json."})
public final class FitCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--benchmarks", required = true, paramLabel = "CSV|RUN",
      description = "criterion results: benchmark,t,t.mean.lb,t.mean.ub,... (times in seconds),"
          + " or a run directory of calibrate sweep: its benching.csv, and its steps.csv for the"
          + " machine step costs")
  Path benchmarks;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
  Path out;

  @Option(names = "--base", paramLabel = "FILE",
      description = "builtinCostModel JSON giving the memory models and the CPU models of builtins"
          + " without data (default: the newest official model, variant E)")
  Path base;

  @Option(names = "--machine-costs", paramLabel = "FILE",
      description = "cekMachineCosts JSON (default: the newest official machine costs)")
  Path machineCosts;

  @Option(names = "--params", paramLabel = "LANG=N", split = ",",
      description = "parameter count of a language's array in costModels.json, e.g. V3=297;"
          + " a count must end a deployment batch (default: the whole current order; V1 and V2"
          + " also 166/175, 332, 337; V3 251, 297, 350, 355)")
  List<String> params = new ArrayList<>();

  @Option(names = "--languages", paramLabel = "LANG", split = ",",
      description = "languages written to costModels.json (default: PlutusV1,PlutusV2,PlutusV3)")
  List<String> languages = new ArrayList<>(List.of("PlutusV1", "PlutusV2", "PlutusV3"));

  @Option(names = "--steps", paramLabel = "CSV",
      description = "script-call measurements (script,t,builtin_cpu,var,const,...): fit the"
          + " machine step costs instead of taking them from --machine-costs (default: the run"
          + " directory's steps.csv when --benchmarks names one)")
  Path steps;

  @Option(names = "--no-steps",
      description = "do not fit the machine step costs from the run directory's steps.csv; take"
          + " them from --machine-costs")
  boolean noSteps;

  @Option(names = "--per-step-kind",
      description = "with step measurements: one cost per step kind instead of one averaged cost")
  boolean perStepKind;

  @Option(names = "--rescale-to", paramLabel = "FILE", arity = "0..1", fallbackValue = "official",
      description = "estimate the speed factor between the benchmarked machine and the reference"
          + " machine of this builtinCostModel JSON (no FILE: the newest official model) and write"
          + " the candidate in reference-machine units")
  String rescaleTo;

  @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "1000",
      description = "bootstrap replicates for intervals without a closed form (default: 1000;"
          + " 0: none)")
  int bootstrap;

  @Option(names = "--bootstrap-all",
      description = "bootstrap intervals for every parameter, not only those without a closed form")
  boolean bootstrapAll;

  @Option(names = "--seed", defaultValue = "20240302", description = "bootstrap seed")
  long seed;

  @Option(names = "--confidence", defaultValue = "0.95", description = "interval level")
  double confidence;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter outw = spec.commandLine().getOut();
    long start = System.nanoTime();
    try {
      return run(outw, start);
    } catch (UserInputException e) {
      err.println("calibrate fit: " + Messages.oneLine(e.getMessage()));
      return 2;
    }
  }

  private int run(PrintWriter console, long start) throws UserInputException {
    if (bootstrap < 0) throw new UserInputException("--bootstrap must be 0 or more");
    if (!(confidence > 0 && confidence < 1)) {
      throw new UserInputException("--confidence must be in (0, 1)");
    }
    Map<PlutusLedgerLanguage, Integer> counts = counts();

    if (noSteps && steps != null) {
      throw new UserInputException("--no-steps and --steps contradict each other; give one");
    }
    Path benchmarkFile = BenchmarkInput.resolve(benchmarks);
    Path stepsFile = steps;
    boolean stepsFromRun = false;
    if (stepsFile == null && !noSteps && Files.isDirectory(benchmarks)
        && Files.isRegularFile(benchmarks.resolve(BenchmarkInput.STEPS_FILE))) {
      stepsFile = benchmarks.resolve(BenchmarkInput.STEPS_FILE);
      stepsFromRun = true;
    }
    if (perStepKind && stepsFile == null) {
      throw new UserInputException("--per-step-kind needs step measurements: --steps FILE, or a"
          + " run directory with steps.csv as --benchmarks");
    }
    BenchmarkInput input = BenchmarkInput.read(benchmarkFile);
    BenchmarkData data = input.data();
    String baseName = base == null ? "official builtinCostModelE.json (bundled)" : base.toString();
    BuiltinCostModel baseModel = base == null
        ? OfficialModels.newestBuiltinCostModel() : readModel(base, "--base");
    String machineName = machineCosts == null
        ? "official cekMachineCostsE.json (bundled)" : machineCosts.toString();
    MachineCosts machine = machineCosts == null
        ? OfficialModels.newestMachineCosts() : readMachine(machineCosts);

    CostModelFitter.Options options =
        new CostModelFitter.Options(bootstrap, seed, confidence, bootstrapAll);
    FitResult fit = CostModelFitter.fit(data, FitRules.official(), options);

    Rescaling rescaling = null;
    if (rescaleTo != null) {
      BuiltinCostModel reference = rescaleTo.equals("official")
          ? OfficialModels.newestBuiltinCostModel() : readModel(Path.of(rescaleTo), "--rescale-to");
      try {
        rescaling = Rescaling.estimate(fit, data, reference, confidence);
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--rescale-to: " + e.getMessage());
      }
      fit = fit.dividedBy(rescaling.factor());
    }

    // See Note [Units of step costs] in StepCostFitter: the fit is in measured units and is
    // divided by the builtins' machine factor when the candidate is rescaled.
    MachineCosts baseMachine = machine;
    StepCostFit stepFit = null;
    String stepsProblem = null;
    byte[] stepsBytes = null;
    if (stepsFile != null) {
      String option = stepsFromRun ? stepsFile.toString() : "--steps";
      stepsBytes = readBytes(stepsFile, option);
      List<ScriptMeasurement> measured;
      try {
        measured = ScriptMeasurementsCsv.read(new StringReader(
            new String(stepsBytes, StandardCharsets.UTF_8)), stepsFile.toString());
      } catch (BenchmarkFormatException e) {
        throw new UserInputException((stepsFromRun ? "" : "--steps: ") + e.getMessage()
            + (stepsFromRun ? " (--no-steps leaves the run's step measurements out)" : ""));
      } catch (IOException e) {
        throw new UserInputException(option + ": cannot read " + Messages.ioReason(e));
      }
      try {
        stepFit = StepCostFitter.fit(measured, perStepKind, confidence);
      } catch (IllegalArgumentException e) {
        // A run without (enough) machine-step points still gives a candidate; a file given
        // explicitly must fit.
        if (!stepsFromRun) throw new UserInputException("--steps: " + e.getMessage());
        stepsProblem = "step costs not fitted from " + stepsFile + ": " + e.getMessage();
      }
    }
    if (stepFit != null) {
      machine = rescaling == null ? stepFit.apply(machine)
          : stepFit.inReferenceUnits(rescaling).apply(machine);
      machineName = "fitted to " + stepsFile + " (" + (perStepKind ? "one cost per step kind"
          : "the averaged step cost for every step kind")
          + (rescaling == null ? "" : ", divided by the machine factor")
          + "; memory and startup costs from " + machineName + ")";
    } else if (stepsProblem != null) {
      machineName = machineName + " (" + stepsProblem + ")";
    }

    BuiltinCostModel candidate = fit.candidate(baseModel);
    List<String> fromBase = fit.cpuFromBase(baseModel);
    ObjectNode ledger = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    List<CostModelArray> arrays = arrays(fit, candidate, machine, counts, baseName, ledger);

    ObjectNode report = FitReport.build(fit, data,
        new FitReport.Input(benchmarkFile.toString(), input.sha256(), data.rows().size()), baseName,
        fromBase, fit.notInBase(baseModel), machineName, options, rescaling, stepFit);
    if (stepFit != null) {
      ObjectNode in = ((ObjectNode) report.get("machineStepCosts")).putObject("input");
      in.put("path", stepsFile.toString());
      in.put("sha256", BenchmarkInput.sha256(stepsBytes));
    }
    report.set("ledgerArrays", ledger);

    try {
      Files.createDirectories(out);
      BuiltinCostModelJson.write(candidate, out.resolve("builtinCostModel.json"));
      MachineCostsJson.write(machine, out.resolve("cekMachineCosts.json"));
      CostModelsFile.write(arrays, out.resolve("costModels.json"));
      Files.writeString(out.resolve("fit-report.json"), JsonText.write(report),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserInputException("cannot write to " + out + ": " + Messages.ioReason(e));
    }

    int fitted = 0;
    int warnings = 0;
    List<String> failed = new ArrayList<>();
    for (BuiltinFit f : fit.fits().values()) {
      if (f.cpu() != null) fitted++; else failed.add(f.builtin());
      warnings += f.warnings().size();
    }
    console.printf(Locale.ROOT, "fitted %d of %d builtins from %d rows of %s (%d warnings, see"
            + " fit-report.json)%n", fitted, fit.fits().size(), data.rows().size(), benchmarkFile,
        warnings);
    if (!failed.isEmpty()) console.println("CPU models kept from the base: " + failed);
    List<String> notInBase = fit.notInBase(baseModel);
    if (!notInBase.isEmpty()) {
      console.println("fitted but left out (the base does not have them): " + notInBase);
    }
    if (rescaling != null) {
      console.printf(Locale.ROOT, "machine factor %.4f (%.0f%% interval %.4f..%.4f), %d builtins"
              + " compared, %d left out%n", rescaling.factor(), confidence * 100,
          rescaling.lower(), rescaling.upper(), rescaling.ratios().size(),
          rescaling.excluded().size());
    }
    if (stepFit != null) {
      stepSummary(console, stepFit, rescaling, stepsFile, baseMachine);
    } else if (stepsProblem != null) {
      console.println("machine costs from " + machineName);
    }
    console.printf(Locale.ROOT, "wrote %s in %.2f s%n", out, (System.nanoTime() - start) / 1e9);
    return 0;
  }

  /** The step costs on the console: measured, and in reference units when rescaled. */
  private void stepSummary(PrintWriter console, StepCostFit s, Rescaling rescaling, Path file,
      MachineCosts base) {
    int level = (int) Math.round(confidence * 100);
    console.printf(Locale.ROOT, "averaged step cost %.0f ps measured (%d%% interval %.0f..%.0f)"
            + " from %d measurements of %s (%d step-only)", s.averaged().estimate(), level,
        s.averaged().lower(), s.averaged().upper(), s.points(), file, s.stepOnlyPoints());
    if (s.builtinFactor() != null) {
      console.printf(Locale.ROOT, "; builtin time %.3g per charged ps (%.3g..%.3g)",
          s.builtinFactor().estimate(), s.builtinFactor().lower(), s.builtinFactor().upper());
    }
    console.println();
    long official = base.get(io.plutuscalibrate.models.StepKind.APPLY).cpu();
    if (rescaling != null) {
      StepCostFit.Rescaled r = s.inReferenceUnits(rescaling);
      console.printf(Locale.ROOT, "  in reference units: %d ps (%.0f..%.0f given the machine"
              + " factor, %.0f..%.0f with its uncertainty); the base charges %d ps%n",
          r.averaged().value(), r.averaged().lower(), r.averaged().upper(),
          r.averagedWithFactor().lower(), r.averagedWithFactor().upper(), official);
    } else {
      console.printf(Locale.ROOT, "  (measured units: the base charges %d ps on its reference"
          + " machine; --rescale-to converts)%n", official);
    }
    if (!s.perKind().isEmpty()) {
      StringBuilder b = new StringBuilder("  per step kind (ps");
      b.append(rescaling == null ? ", measured):" : ", reference units):");
      StepCostFit.Rescaled r = rescaling == null ? null : s.inReferenceUnits(rescaling);
      s.perKind().forEach((k, p) -> b.append(' ').append(k.jsonKey()).append('=')
          .append(r == null ? p.value() : r.perKind().get(k).value()));
      b.append(String.format(Locale.ROOT, "; condition number %.1f", s.perKindConditionNumber()));
      console.println(b);
    }
    for (String w : s.warnings()) console.println("  warning: " + w);
  }

  /**
   * The ledger arrays. PlutusV3 and V4 use the candidate. PlutusV1 and V2 name the parameters of
   * variant D's shapes, which the newest rules do not fit for every builtin (D prices the
   * divisions with multiplied_sizes): their arrays take D's official model with each fitted CPU
   * model whose shape D shares; the report names the builtins kept from D.
   */
  private static List<CostModelArray> arrays(FitResult fit, BuiltinCostModel candidate,
      MachineCosts machine, Map<PlutusLedgerLanguage, Integer> counts, String baseName,
      ObjectNode report) throws UserInputException {
    List<CostModelArray> arrays = new ArrayList<>();
    for (Map.Entry<PlutusLedgerLanguage, Integer> e : counts.entrySet()) {
      PlutusLedgerLanguage lang = e.getKey();
      ObjectNode r = report.putObject(lang.name());
      BuiltinCostModel model = candidate;
      r.put("model", "the candidate (builtinCostModel.json)");
      if (lang == PlutusLedgerLanguage.PlutusV1 || lang == PlutusLedgerLanguage.PlutusV2) {
        BuiltinCostModel d = OfficialModels.builtinCostModel(SemanticsVariant.D);
        model = fit.candidateKeepingShapes(d);
        r.put("model", "official variant D (the shapes " + lang + " names) with every fitted CPU"
            + " model of the same shape; memory models from D");
        var kept = r.putArray("cpuKeptFromD");
        fit.shapeMismatches(d).forEach(kept::add);
      }
      int count = e.getValue() == null ? lang.paramNames().size() : e.getValue();
      r.put("count", count);
      try {
        arrays.add(LedgerArrays.encode(lang, count, model, machine));
      } catch (CostModelParamsException ex) {
        throw new UserInputException("costModels.json: " + lang + " with " + count
            + " parameters: " + ex.getMessage() + (lang == PlutusLedgerLanguage.PlutusV3
                || lang == PlutusLedgerLanguage.PlutusV4 ? " (base: " + baseName + ")" : "")
            + "; choose another count with --params or leave the language out with --languages");
      }
    }
    return arrays;
  }

  private Map<PlutusLedgerLanguage, Integer> counts() throws UserInputException {
    Map<PlutusLedgerLanguage, Integer> counts = new EnumMap<>(PlutusLedgerLanguage.class);
    for (String l : languages) counts.put(language(l, "--languages"), null);
    for (String p : params) {
      int eq = p.indexOf('=');
      if (eq < 0) {
        throw new UserInputException("--params expects LANG=N (e.g. V3=297), found '" + p + "'");
      }
      PlutusLedgerLanguage lang = language(p.substring(0, eq), "--params");
      if (!counts.containsKey(lang)) {
        throw new UserInputException("--params names " + lang
            + ", which --languages leaves out");
      }
      try {
        counts.put(lang, Integer.parseInt(p.substring(eq + 1).strip()));
      } catch (NumberFormatException e) {
        throw new UserInputException("--params " + p + ": the count is not a number");
      }
    }
    return counts;
  }

  private static PlutusLedgerLanguage language(String s, String option)
      throws UserInputException {
    String t = s.strip();
    if (t.matches("[0-9]")) t = "PlutusV" + t;
    if (t.matches("[vV][0-9]")) t = "PlutusV" + t.substring(1);
    for (PlutusLedgerLanguage l : PlutusLedgerLanguage.values()) {
      if (l.name().equalsIgnoreCase(t)) return l;
    }
    throw new UserInputException(option + ": unknown language '" + s
        + "' (PlutusV1 .. PlutusV4, or V1 ..)");
  }

  private static byte[] readBytes(Path p, String option) throws UserInputException {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UserInputException(option + ": cannot read " + Messages.ioReason(e));
    }
  }

  private static BuiltinCostModel readModel(Path p, String option) throws UserInputException {
    try {
      return BuiltinCostModelJson.read(p);
    } catch (CostModelFormatException e) {
      throw new UserInputException(option + ": " + e.getMessage());
    } catch (IOException e) {
      throw new UserInputException(option + ": cannot read " + Messages.ioReason(e));
    }
  }

  private static MachineCosts readMachine(Path p) throws UserInputException {
    try {
      return MachineCostsJson.read(p);
    } catch (CostModelFormatException e) {
      throw new UserInputException("--machine-costs: " + e.getMessage());
    } catch (IOException e) {
      throw new UserInputException("--machine-costs: cannot read " + Messages.ioReason(e));
    }
  }
}
