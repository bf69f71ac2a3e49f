package io.plutuscalibrate.calibrate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.models.StepKind;
import io.plutuscalibrate.uplc.cek.CekMachine;
import io.plutuscalibrate.uplc.cek.EvaluationResult;
import io.plutuscalibrate.uplc.cek.StepTally;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.load.LoadResult;
import io.plutuscalibrate.uplc.load.ProgramFormat;
import io.plutuscalibrate.uplc.load.ProgramLoader;
import io.plutuscalibrate.uplc.text.UplcPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code calibrate eval FILE}: evaluates a program on the embedded CEK machine and prints the
 * result and the budget spent; with {@code --counting}, also a table of the machine steps and
 * builtin calls with their costs ({@link CountingTable}); with {@code --json}, the same as JSON.
 * The program may be text, flat, CBOR-wrapped flat (the ledger's form), either as hex, or a
 * cardano-cli text envelope: see Note [Program input formats] in {@link ProgramLoader}. Exit
 * status 0 when evaluation succeeds, 1 when it fails or runs out of budget, 2 for unusable input.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Evaluate a UPLC program and print its result and budget. The program is told"
        + " apart by extension (.uplc text, .flat, .cbor, .hex, .json/.plutus text envelope) or"
        + " else by content; CBOR may wrap the flat bytes once or twice.")
final class EvalCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE",
      description = "the program: text (program 1.x.0 ...), flat, CBOR or hex")
  Path file;

  @Option(names = "--counting", description = "also print the budget spent on each kind of"
      + " machine step and each builtin (as uplc evaluate --counting/--tallying)")
  boolean counting;

  @Option(names = "--json", description = "print a JSON object with the result, budget, steps"
      + " by kind and builtin calls")
  boolean json;

  @Option(names = "--budget", paramLabel = "CPU,MEM",
      description = "stop with out-of-budget when the budget spent exceeds this limit")
  String budget;

  @Mixin MachineOptions machineOptions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      ExBudget limit = budget == null ? null : parseBudget(budget);
      Program program = readProgram(file);
      CekMachine machine = CekMachine.create(machineOptions.parameters());
      EvaluationResult result = machine.evaluate(program.term(), limit);
      if (json) {
        out.println(toJson(program, result, limit));
      } else {
        printText(out, program, result);
        if (counting) {
          out.println();
          CountingTable.print(out, result.spent(), result.tally(), machine);
        }
      }
      out.flush();
      return result.isSuccess() ? 0 : 1;
    } catch (UserInputException e) {
      err.println("calibrate eval: " + e.getMessage());
      err.flush();
      return 2;
    }
  }

  static Program readProgram(Path file) throws UserInputException {
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UserInputException("cannot read program " + Messages.ioReason(e));
    }
    LoadResult loaded = ProgramLoader.fromBytes(content, file.toString());
    if (loaded instanceof LoadResult.Failed f) {
      String kind = f.format() == ProgramFormat.TEXT ? "parse error: " : "decode error: ";
      throw new UserInputException(kind + Messages.oneLine(f.message()));
    }
    return loaded.orElseThrow();
  }

  static ExBudget parseBudget(String text) throws UserInputException {
    String[] parts = text.split(",", -1);
    if (parts.length == 2) {
      try {
        long cpu = Long.parseLong(parts[0].strip());
        long mem = Long.parseLong(parts[1].strip());
        if (cpu >= 0 && mem >= 0) return ExBudget.of(cpu, mem);
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new UserInputException("--budget expects CPU,MEM as two non-negative integers,"
        + " e.g. 10000000000,14000000; got '" + text + "'");
  }

  private static void printText(PrintWriter out, Program program, EvaluationResult result) {
    if (result instanceof EvaluationResult.Success s) {
      out.println(UplcPrinter.print(new Program(program.version(), s.term())));
    } else if (result instanceof EvaluationResult.Failure f) {
      out.println("evaluation failure: " + f.reason());
    } else if (result instanceof EvaluationResult.OutOfBudget o) {
      out.println("out of budget: limit " + budgetText(o.limit()) + " exceeded");
    }
    out.println("cpu: " + result.spent().cpu());
    out.println("mem: " + result.spent().mem());
    for (String line : result.logs()) out.println("log: " + line);
  }

  private static String budgetText(ExBudget b) {
    return "cpu " + b.cpu() + ", mem " + b.mem();
  }

  static String toJson(Program program, EvaluationResult result, ExBudget limit) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    if (result instanceof EvaluationResult.Success s) {
      root.put("result", "success");
      root.put("program", UplcPrinter.print(new Program(program.version(), s.term())));
    } else if (result instanceof EvaluationResult.Failure f) {
      root.put("result", "failure");
      root.put("reason", f.reason());
    } else {
      root.put("result", "out-of-budget");
    }
    budgetNode(root.putObject("budget"), result.spent());
    if (limit != null) budgetNode(root.putObject("limit"), limit);
    StepTally tally = result.tally();
    ObjectNode steps = root.putObject("steps");
    for (StepKind k : StepKind.values()) {
      steps.put(k.name().toLowerCase(Locale.ROOT), tally.steps(k));
    }
    ObjectNode builtins = root.putObject("builtins");
    for (Map.Entry<DefaultFun, StepTally.BuiltinTally> e : tally.builtins().entrySet()) {
      ObjectNode b = builtins.putObject(e.getKey().name());
      b.put("calls", e.getValue().calls());
      budgetNode(b, e.getValue().cost());
    }
    ArrayNode logs = root.putArray("logs");
    result.logs().forEach(logs::add);
    try {
      return mapper.writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException("writing JSON to a string cannot fail", e);
    }
  }

  private static void budgetNode(ObjectNode node, ExBudget b) {
    node.put("cpu", b.cpu());
    node.put("mem", b.mem());
  }
}
