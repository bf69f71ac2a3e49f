package io.plutuscalibrate.reports.diff;

import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.uplc.cek.CekMachine;
import io.plutuscalibrate.uplc.cek.MachineParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scripts of a {@link ScriptSet} re-costed under both models of a comparison, largest movers
 * first (see Note [Scripts that fail or run out of budget] in {@link ScriptRun}), with a summary.
 *
 * @param limit the budget limit each evaluation had, empty for none
 */
public record ScriptRecosting(
    String directory, Optional<ExBudget> limit, List<ScriptChange> scripts, Summary summary) {

  /**
   * Counts over the scripts, and over those that succeeded under both models the relative
   * changes of CPU and memory (smallest, median, largest) and the total budgets.
   */
  public record Summary(int scripts, int comparable, int outcomeChanged, int cpuUp, int cpuDown,
      int memUp, int memDown, Optional<Double> cpuMin, Optional<Double> cpuMedian,
      Optional<Double> cpuMax, Optional<Double> memMin, Optional<Double> memMedian,
      Optional<Double> memMax, ExBudget currentTotal, ExBudget proposedTotal) {}

  public ScriptRecosting {
    scripts = List.copyOf(scripts);
  }

  static ScriptRecosting run(ScriptSet set, SideModel current, SideModel proposed,
      Optional<ExBudget> limit) {
    CekMachine before = machine(current);
    CekMachine after = machine(proposed);
    List<ScriptChange> changes = new ArrayList<>();
    for (ScriptSet.Script s : set.scripts()) {
      changes.add(new ScriptChange(s.name(),
          ScriptRun.of(before.evaluate(s.program().term(), limit.orElse(null))),
          ScriptRun.of(after.evaluate(s.program().term(), limit.orElse(null)))));
    }
    changes.sort(ScriptChange.LARGEST_FIRST);
    return new ScriptRecosting(set.directory(), limit, changes, summarise(changes));
  }

  private static CekMachine machine(SideModel m) {
    return CekMachine.create(
        MachineParameters.of(m.builtins(), m.machine(), m.variant().variant()));
  }

  private static Summary summarise(List<ScriptChange> changes) {
    int comparable = 0, outcome = 0, cpuUp = 0, cpuDown = 0, memUp = 0, memDown = 0;
    List<Double> cpu = new ArrayList<>();
    List<Double> mem = new ArrayList<>();
    ExBudget before = ExBudget.ZERO;
    ExBudget after = ExBudget.ZERO;
    for (ScriptChange c : changes) {
      if (c.outcomeChanged()) {
        outcome++;
      }
      if (!c.comparable()) {
        continue;
      }
      comparable++;
      Change cc = c.cpu().orElseThrow();
      Change mc = c.memory().orElseThrow();
      cpuUp += cc.to() > cc.from() ? 1 : 0;
      cpuDown += cc.to() < cc.from() ? 1 : 0;
      memUp += mc.to() > mc.from() ? 1 : 0;
      memDown += mc.to() < mc.from() ? 1 : 0;
      cc.relative().ifPresent(cpu::add);
      mc.relative().ifPresent(mem::add);
      before = before.plus(c.current().spent());
      after = after.plus(c.proposed().spent());
    }
    cpu.sort(Double::compare);
    mem.sort(Double::compare);
    return new Summary(changes.size(), comparable, outcome, cpuUp, cpuDown, memUp, memDown,
        first(cpu), median(cpu), last(cpu), first(mem), median(mem), last(mem), before, after);
  }

  private static Optional<Double> first(List<Double> sorted) {
    return sorted.isEmpty() ? Optional.empty() : Optional.of(sorted.get(0));
  }

  private static Optional<Double> last(List<Double> sorted) {
    return sorted.isEmpty() ? Optional.empty() : Optional.of(sorted.get(sorted.size() - 1));
  }

  /** The lower middle value for an even count, as in {@link BuiltinCostChange.Summary}. */
  private static Optional<Double> median(List<Double> sorted) {
    return sorted.isEmpty() ? Optional.empty() : Optional.of(sorted.get((sorted.size() - 1) / 2));
  }
}
