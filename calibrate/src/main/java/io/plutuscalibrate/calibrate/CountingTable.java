package io.plutuscalibrate.calibrate;

import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.models.StepKind;
import io.plutuscalibrate.uplc.cek.CekMachine;
import io.plutuscalibrate.uplc.cek.StepTally;
import io.plutuscalibrate.uplc.core.DefaultFun;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/**
 * The table {@code calibrate eval --counting} prints: what the budget was spent on, as Plutus's
 * {@code uplc evaluate} prints it in its counting and tallying modes ({@code printBudgetState}):
 * the total, then each kind of machine step with its count and cost, then each builtin called
 * with its number of calls and cost, the builtins' share of the CPU and the execution time the
 * CPU budget predicts (1 unit = 1 ps, see Note [Units] in CostModel). Costs are what was
 * charged, so the rows add up to the total.
 */
final class CountingTable {
  private CountingTable() {}

  static void print(PrintWriter out, ExBudget spent, StepTally tally, CekMachine machine) {
    out.println("CPU budget:    " + spent.cpu());
    out.println("Memory budget: " + spent.mem());
    out.println();
    out.printf(Locale.ROOT, "%-22s %10s %16s %16s%n", "step", "count", "cpu", "mem");
    ExBudget steps = ExBudget.ZERO;
    long stepCount = 0;
    for (StepKind k : StepKind.values()) {
      long n = tally.steps(k);
      ExBudget cost = machine.stepCost(k).times(n);
      row(out, k.name().toLowerCase(Locale.ROOT), n, cost);
      if (k.isStep()) {
        steps = steps.plus(cost);
        stepCount += n;
      }
    }
    row(out, "all machine steps", stepCount, steps);
    out.println();
    out.printf(Locale.ROOT, "%-22s %10s %16s %16s%n", "builtin", "calls", "cpu", "mem");
    ExBudget builtins = ExBudget.ZERO;
    long calls = 0;
    for (Map.Entry<DefaultFun, StepTally.BuiltinTally> e : tally.builtins().entrySet()) {
      row(out, e.getKey().name(), e.getValue().calls(), e.getValue().cost());
      builtins = builtins.plus(e.getValue().cost());
      calls += e.getValue().calls();
    }
    row(out, "all builtins", calls, builtins);
    out.println();
    ExBudget total = machine.stepCost(StepKind.STARTUP).times(tally.steps(StepKind.STARTUP))
        .plus(steps).plus(builtins);
    out.printf(Locale.ROOT, "%-22s %10s %16d %16d%n", "total", "", total.cpu(), total.mem());
    double share = total.cpu() == 0 ? 0 : 100.0 * builtins.cpu() / total.cpu();
    out.printf(Locale.ROOT, "time spent in builtins: %.2f%%%n", share);
    out.println("predicted execution time: " + picoseconds(total.cpu()));
  }

  private static void row(PrintWriter out, String label, long count, ExBudget cost) {
    out.printf(Locale.ROOT, "%-22s %10d %16d %16d%n", label, count, cost.cpu(), cost.mem());
  }

  /** A CPU budget (picoseconds) in readable units, as Plutus's {@code formatTimePicoseconds}. */
  static String picoseconds(double t) {
    if (t >= 1e12) return String.format(Locale.ROOT, "%.3f s", t / 1e12);
    if (t >= 1e9) return String.format(Locale.ROOT, "%.3f ms", t / 1e9);
    if (t >= 1e6) return String.format(Locale.ROOT, "%.3f \u03bcs", t / 1e6);
    if (t >= 1e3) return String.format(Locale.ROOT, "%.3f ns", t / 1e3);
    return String.format(Locale.ROOT, "%f ps", t);
  }
}
