package io.plutuscalibrate.calibrate;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.OfficialModels;
import io.plutuscalibrate.models.json.BuiltinCostModelJson;
import io.plutuscalibrate.models.json.CostModelFormatException;
import io.plutuscalibrate.reports.pricing.PricingCheck;
import io.plutuscalibrate.reports.pricing.PricingFormat;
import io.plutuscalibrate.reports.pricing.PricingInputs;
import io.plutuscalibrate.reports.pricing.PricingResult;
import io.plutuscalibrate.reports.pricing.Scale;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code calibrate check-pricing}: every measured point the cost model charges less than it
 * takes, ranked; see {@link PricingCheck} for what is compared with what, and Note [Comparing
 * times across machines] there for {@code --scale}. Exit status 0 when the check ran (whatever it
 * found), 2 for unusable input.
 */
@Command(name = "check-pricing", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Rank the measured points a cost model charges less than they take (time less the call"
            + " overhead of the same arity, from the Nop benchmarks in the same data), and"
            + " summarise per builtin: the underpriced builtins are what a cost-model update must"
            + " fix first.",
        "",
        "Times from another machine than the model's reference are only comparable relative to"
            + " each other: by default (--scale auto) ratios are divided by the machine factor"
            + " estimated from the data; give --scale 1 for data from the reference machine."})
final class CheckPricingCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--benchmarks", required = true, paramLabel = "RUN_OR_CSV",
      description = "criterion results (benchmark,t,t.mean.lb,t.mean.ub,...; seconds), or a run"
          + " directory holding benching.csv")
  Path benchmarks;

  @Option(names = "--model", paramLabel = "FILE",
      description = "builtinCostModel JSON to check (default: the newest official model, E)")
  Path model;

  @Option(names = "--scale", paramLabel = "auto|FACTOR", defaultValue = "auto",
      description = "measured time / reference time: 'auto' estimates it from the data (the"
          + " median over builtins of measured / charged); 1 for data from the reference machine"
          + " (default: ${DEFAULT-VALUE})")
  String scale;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20",
      description = "underpriced points listed in the table (default: ${DEFAULT-VALUE})")
  int top;

  @Option(names = "--json", description = "print JSON: every builtin and every underpriced point")
  boolean json;

  @Option(names = "--markdown", description = "print Markdown tables")
  boolean markdown;

  @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of printing")
  Path out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (json && markdown) throw new UserInputException("give --json or --markdown, not both");
      if (top < 0) throw new UserInputException("--top must be 0 or more");
      Scale s;
      try {
        s = Scale.parse(scale);
      } catch (IllegalArgumentException e) {
        throw new UserInputException(e.getMessage());
      }
      BenchmarkInput in = BenchmarkInput.read(benchmarks);
      BuiltinCostModel m = model == null ? OfficialModels.newestBuiltinCostModel() : readModel(model);
      String modelName = model == null ? "official builtinCostModelE.json (bundled)"
          : model.toString();
      PricingResult r = PricingCheck.check(in.data(), m, s);
      PricingInputs inputs = new PricingInputs(in.path().toString(), in.sha256(),
          in.data().rows().size(), modelName);
      String text = json ? PricingFormat.json(r, inputs)
          : markdown ? PricingFormat.markdown(r, inputs, top) : PricingFormat.text(r, inputs, top);
      if (out == null) {
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
      } else {
        write(out, text);
        spec.commandLine().getOut().println("wrote " + out);
      }
      return 0;
    } catch (UserInputException e) {
      err.println("calibrate check-pricing: " + e.getMessage());
      err.flush();
      return 2;
    }
  }

  static BuiltinCostModel readModel(Path p) throws UserInputException {
    try {
      return BuiltinCostModelJson.read(p);
    } catch (IOException e) {
      throw new UserInputException("cannot read cost model " + Messages.ioReason(e));
    } catch (CostModelFormatException e) {
      throw new UserInputException(Messages.oneLine(e.getMessage()));
    }
  }

  static void write(Path file, String text) throws UserInputException {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserInputException("cannot write " + file + ": " + Messages.ioReason(e));
    }
  }
}
