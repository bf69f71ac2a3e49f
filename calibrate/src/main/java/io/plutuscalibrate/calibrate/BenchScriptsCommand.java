package io.plutuscalibrate.calibrate;

import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.uplc.cek.CekMachine;
import io.plutuscalibrate.uplc.cek.EvaluationResult;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.load.ProgramLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code calibrate bench scripts [DIR]}: times the evaluation of every script of a directory on
 * the embedded machine and sets it against the budget the cost model charges.
 *
 * <p>Note [Time per million CPU units]: the official CPU costs are in picoseconds of the
 * reference machine the Plutus team benchmarked on, so a script's CPU budget divided by 10^6 is
 * the microseconds it would take there. Our time per 10^6 CPU units is then directly how this
 * machine and this node compare with the reference: 1 µs means as fast, 2 µs twice as slow. The
 * time is of evaluation only (the program decoded beforehand), which is what the budget covers;
 * each script is timed over several runs after a warm-up of the whole directory that lasts until
 * the JIT has settled, and the median run is reported. For a measurement with confidence intervals and a peer, use the
 * JMH benchmarks (docs/performance.md).
 */
@Command(name = "scripts", mixinStandardHelpOptions = true,
    description = "Time the evaluation of each script (.flat, .uplc, .cbor, .hex, .plutus) in DIR"
        + " and print its time, budget and time per million CPU units (1 CPU unit = 1 ps on the"
        + " reference machine, so 1 µs per 10^6 units = as fast as the reference).")
final class BenchScriptsCommand implements Callable<Integer> {
  private static final Path DEFAULT_DIR = Path.of("..", "shared", "plutus", "validation");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", arity = "0..1",
      description = "directory of scripts (default: ../shared/plutus/validation)")
  Path dir;

  @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "3",
      description = "at least this many seconds of evaluating every script before timing, and"
          + " until the times have settled (default: ${DEFAULT-VALUE})")
  double warmup;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "15",
      description = "timed runs of each script; the median is reported (default: ${DEFAULT-VALUE})")
  int runs;

  @Mixin MachineOptions machineOptions;

  private record Script(String name, Term term) {}

  private record Timing(String name, double micros, ExBudget budget) {
    double microsPerMillionCpu() {
      return micros / (budget.cpu() / 1e6);
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (runs < 1) throw new UserInputException("--runs must be at least 1; got " + runs);
      if (!(warmup >= 0)) throw new UserInputException("--warmup must be >= 0; got " + warmup);
      Path directory = dir == null ? DEFAULT_DIR : dir;
      List<Script> scripts = load(directory);
      CekMachine machine = CekMachine.create(machineOptions.parameters());
      List<Timing> timings = time(machine, scripts);
      print(out, directory, machineOptions, timings);
      out.flush();
      return 0;
    } catch (UserInputException e) {
      err.println("calibrate bench scripts: " + e.getMessage());
      err.flush();
      return 2;
    }
  }

  private static List<Script> load(Path directory) throws UserInputException {
    if (!Files.isDirectory(directory)) {
      throw new UserInputException(directory + ": not a directory of scripts"
          + (directory == DEFAULT_DIR ? " (no DIR given; the default is the validation scripts"
              + " of ../shared/plutus)" : ""));
    }
    List<Path> files;
    try {
      files = ProgramLoader.scriptFiles(directory);
    } catch (IOException e) {
      throw new UserInputException("cannot list " + directory + ": " + Messages.ioReason(e));
    }
    if (files.isEmpty()) {
      throw new UserInputException(directory + ": no scripts ("
          + ProgramLoader.scriptExtensionsText() + ")");
    }
    List<Script> scripts = new ArrayList<>();
    for (Path f : files) {
      try {
        Program p = EvalCommand.readProgram(f);
        scripts.add(new Script(f.getFileName().toString(), p.term()));
      } catch (UserInputException e) {
        throw new UserInputException(f + ": " + e.getMessage());
      }
    }
    return scripts;
  }

  private List<Timing> time(CekMachine machine, List<Script> scripts) throws UserInputException {
    ExBudget[] budgets = new ExBudget[scripts.size()];
    for (int i = 0; i < budgets.length; i++) {
      EvaluationResult r = machine.evaluate(scripts.get(i).term());
      if (!r.isSuccess()) {
        throw new UserInputException(scripts.get(i).name() + " does not evaluate: "
            + (r instanceof EvaluationResult.Failure f ? Messages.oneLine(f.reason()) : "out of budget"));
      }
      budgets[i] = r.spent();
    }
    warmUp(machine, scripts);
    List<Timing> timings = new ArrayList<>();
    long[] samples = new long[runs];
    for (int i = 0; i < budgets.length; i++) {
      Term term = scripts.get(i).term();
      for (int k = 0; k < runs; k++) {
        long t0 = System.nanoTime();
        machine.evaluate(term);
        samples[k] = System.nanoTime() - t0;
      }
      Arrays.sort(samples);
      timings.add(new Timing(scripts.get(i).name(), samples[runs / 2] / 1e3, budgets[i]));
    }
    return timings;
  }

  /**
   * Evaluates every script, round after round, for at least {@code --warmup} seconds and until
   * the JIT has settled: three rounds in a row within 3% of the fastest round (the machine loop is
   * compiled late, as one long-running method; on a loaded machine that can take many seconds).
   * Gives up waiting for the settling after a minute.
   */
  private void warmUp(CekMachine machine, List<Script> scripts) {
    long start = System.nanoTime();
    long minEnd = start + (long) (warmup * 1e9);
    long maxEnd = start + (long) (Math.max(warmup, 60) * 1e9);
    long best = Long.MAX_VALUE;
    int settled = 0;
    while (true) {
      long t0 = System.nanoTime();
      for (Script s : scripts) machine.evaluate(s.term());
      long t = System.nanoTime() - t0;
      best = Math.min(best, t);
      settled = t <= best * 1.03 ? settled + 1 : 0;
      long now = System.nanoTime();
      if (now >= maxEnd || (now >= minEnd && settled >= 3)) return;
    }
  }

  private static void print(PrintWriter out, Path directory, MachineOptions options,
      List<Timing> timings) {
    int w = Math.max(6, timings.stream().mapToInt(t -> t.name().length()).max().orElse(6));
    out.printf(Locale.ROOT, "%-" + w + "s %12s %14s %12s %14s%n",
        "script", "time (µs)", "cpu", "mem", "µs per 1e6 cpu");
    double logTime = 0;
    double totalMicros = 0;
    long totalCpu = 0;
    for (Timing t : timings) {
      out.printf(Locale.ROOT, "%-" + w + "s %12.1f %14d %12d %14.3f%n", t.name(), t.micros(),
          t.budget().cpu(), t.budget().mem(), t.microsPerMillionCpu());
      logTime += Math.log(t.micros());
      totalMicros += t.micros();
      totalCpu += t.budget().cpu();
    }
    double perMillion = totalMicros / (totalCpu / 1e6);
    out.printf(Locale.ROOT, "%d scripts in %s (variant %s): geometric mean %.1f µs; %.3f µs per"
            + " 10^6 CPU units overall, so this node on this machine runs at %.2fx the speed the"
            + " cost model charges for (1 CPU unit = 1 ps)%n",
        timings.size(), directory, options.variant, Math.exp(logTime / timings.size()),
        perMillion, 1 / perMillion);
  }
}
