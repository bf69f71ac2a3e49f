package io.plutuscalibrate.calibrate;

import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.models.ledger.PlutusLedgerLanguage;
import io.plutuscalibrate.reports.diff.DiffInputException;
import io.plutuscalibrate.reports.diff.DiffOptions;
import io.plutuscalibrate.reports.diff.DiffReport;
import io.plutuscalibrate.reports.diff.ModelDiff;
import io.plutuscalibrate.reports.diff.ScriptSet;
import io.plutuscalibrate.reports.diff.Side;
import io.plutuscalibrate.reports.diff.SideLoader;
import io.plutuscalibrate.reports.diff.VariantChoice;
import io.plutuscalibrate.reports.diff.render.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code calibrate diff CURRENT PROPOSED}: what a proposed cost model changes, parameter by
 * parameter and shape by shape, in predicted builtin costs and, with {@code --scripts}, in the
 * budgets of real scripts. Exit status 0 when the models are the same, 1 when they differ (or a
 * side's readable model disagrees with its array), 2 for unusable input, as diff(1).
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Compare two cost models: parameters (by the ledger's names), shapes, builtins added or"
            + " removed, ledger arrays whose length or names do not fit, the predicted cost of"
            + " each changed builtin over a grid of argument sizes and, with --scripts, every"
            + " script re-costed under both.",
        "Each side is a builtinCostModel JSON, a ledger cost-model file (cardano-cli"
            + " --cost-model-file: lists or maps), a parameter-change governance action or"
            + " protocol parameters (query protocol-parameters); files are recognised by their"
            + " content. Add machine costs, or the other form of"
            + " the same model to check that the two agree, with --current-with/--proposed-with.",
        "Exit status: 0 no differences, 1 differences, 2 unusable input."})
final class DiffCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CURRENT", description = "the current model's file")
  Path current;

  @Parameters(index = "1", paramLabel = "PROPOSED", description = "the proposed model's file")
  Path proposed;

  @Option(names = "--current-with", paramLabel = "FILE",
      description = "another file of the current side: cekMachineCosts JSON for a builtin cost"
          + " model, or the ledger arrays (cost-model file or governance action) of the same"
          + " model, checked against it")
  List<Path> currentWith = new ArrayList<>();

  @Option(names = "--proposed-with", paramLabel = "FILE",
      description = "another file of the proposed side, as --current-with")
  List<Path> proposedWith = new ArrayList<>();

  @Option(names = "--current-variant", paramLabel = "V|LANG=V", split = ",",
      description = "semantics variant (A..E) of the current side, for all its models or one"
          + " language (PlutusV3=C); default: arrays the newest of their language (V1, V2: D;"
          + " V3, V4: E), a readable model the official variant with its builtins and shapes,"
          + " else E")
  List<String> currentVariant = new ArrayList<>();

  @Option(names = "--proposed-variant", paramLabel = "V|LANG=V", split = ",",
      description = "semantics variant of the proposed side, as --current-variant")
  List<String> proposedVariant = new ArrayList<>();

  @Option(names = "--language", paramLabel = "LANG", split = ",",
      description = "compare only these ledger languages of the arrays (PlutusV1..PlutusV4 or"
          + " V1..V4); default: all")
  List<String> languages = new ArrayList<>();

  @Option(names = "--scripts", paramLabel = "DIR",
      description = "re-cost every program file in DIR (.flat .uplc .cbor .hex .cborhex .plutus)"
          + " under both models, largest budget changes first")
  Path scripts;

  @Option(names = "--budget", paramLabel = "CPU,MEM",
      description = "evaluate each script with this budget limit (default: none)")
  String budget;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), md, json or html")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "write the report here instead of"
      + " the standard output")
  Path out;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      ReportFormat fmt = ReportFormat.named(format).orElseThrow(() -> new UserInputException(
          "--format expects one of " + String.join(", ", ReportFormat.NAMES) + "; got '"
              + format + "'"));
      Optional<ExBudget> limit =
          budget == null ? Optional.empty() : Optional.of(EvalCommand.parseBudget(budget));
      Set<PlutusLedgerLanguage> langs = EnumSet.noneOf(PlutusLedgerLanguage.class);
      for (String l : languages) {
        langs.add(VariantChoice.parseLanguage("--language", l));
      }
      Side cur = SideLoader.load(files(current, currentWith),
          VariantChoice.parse("--current-variant", currentVariant));
      Side prop = SideLoader.load(files(proposed, proposedWith),
          VariantChoice.parse("--proposed-variant", proposedVariant));
      Optional<ScriptSet> scriptSet =
          scripts == null ? Optional.empty() : Optional.of(ScriptSet.load(scripts));
      DiffReport report = ModelDiff.compare(cur, prop, new DiffOptions(langs, scriptSet, limit));
      String text = fmt.render(report);
      if (out == null) {
        stdout.print(text);
        stdout.flush();
      } else {
        try {
          Files.writeString(out, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UserInputException("cannot write the report to " + Messages.ioReason(e));
        }
      }
      return report.differs() ? 1 : 0;
    } catch (UserInputException e) {
      return fail(err, e.getMessage());
    } catch (DiffInputException e) {
      return fail(err, e.getMessage());
    }
  }

  private static int fail(PrintWriter err, String message) {
    err.println("calibrate diff: " + Messages.oneLine(message));
    err.flush();
    return 2;
  }

  private static List<Path> files(Path main, List<Path> with) {
    List<Path> all = new ArrayList<>();
    all.add(main);
    all.addAll(with);
    return all;
  }
}
