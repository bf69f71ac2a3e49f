package io.plutuscalibrate.uplc.cek;

import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.models.MachineCosts;
import io.plutuscalibrate.models.SatInt;
import io.plutuscalibrate.models.StepKind;
import io.plutuscalibrate.uplc.core.DefaultFun;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What an evaluation was charged for: the number of machine steps of each kind (startup counts 1
 * once charged) and, per builtin, the number of saturated calls and their total cost.
 *
 * <p>The tally covers exactly what was charged, so {@link #total(MachineCosts)} equals the
 * evaluation's spent budget. Steps are charged in batches (see Note [Cost slippage] in
 * {@link CekMachine}), so a run that fails part way counts only the steps settled before the
 * failure, as the Haskell machine's tallying mode does.
 */
public final class StepTally {
  /** Calls and total cost of one builtin. */
  public record BuiltinTally(long calls, ExBudget cost) {}

  private final long[] steps;
  private final long[] calls;
  private final long[] cpu;
  private final long[] mem;

  StepTally(long[] steps, long[] calls, long[] cpu, long[] mem) {
    this.steps = steps;
    this.calls = calls;
    this.cpu = cpu;
    this.mem = mem;
  }

  /** The number of steps of {@code kind} charged. */
  public long steps(StepKind kind) {
    return steps[kind.ordinal()];
  }

  /** The number of machine steps charged, startup excluded. */
  public long totalSteps() {
    long n = 0;
    for (StepKind k : StepKind.values()) {
      if (k.isStep()) n += steps[k.ordinal()];
    }
    return n;
  }

  /** The steps of every kind, startup included, in {@link StepKind} order. */
  public Map<StepKind, Long> stepCounts() {
    EnumMap<StepKind, Long> m = new EnumMap<>(StepKind.class);
    for (StepKind k : StepKind.values()) m.put(k, steps[k.ordinal()]);
    return Collections.unmodifiableMap(m);
  }

  /** The number of saturated calls of {@code fun} that were charged. */
  public long calls(DefaultFun fun) {
    return calls[fun.ordinal()];
  }

  /** The total cost charged for calls of {@code fun}. */
  public ExBudget builtinCost(DefaultFun fun) {
    return new ExBudget(cpu[fun.ordinal()], mem[fun.ordinal()]);
  }

  /** The builtins called at least once, in {@link DefaultFun} order. */
  public Map<DefaultFun, BuiltinTally> builtins() {
    EnumMap<DefaultFun, BuiltinTally> m = new EnumMap<>(DefaultFun.class);
    for (DefaultFun f : DefaultFun.values()) {
      int i = f.ordinal();
      if (calls[i] > 0) m.put(f, new BuiltinTally(calls[i], new ExBudget(cpu[i], mem[i])));
    }
    return Collections.unmodifiableMap(m);
  }

  /** The budget these steps cost under {@code costs} plus the builtins' charged costs. */
  public ExBudget total(MachineCosts costs) {
    ExBudget b = ExBudget.ZERO;
    for (StepKind k : StepKind.values()) {
      b = b.plus(costs.get(k).times(steps[k.ordinal()]));
    }
    long c = 0;
    long m = 0;
    for (int i = 0; i < calls.length; i++) {
      c = SatInt.add(c, cpu[i]);
      m = SatInt.add(m, mem[i]);
    }
    return b.plus(new ExBudget(c, m));
  }

  @Override
  public String toString() {
    return "StepTally" + stepCounts() + builtins();
  }
}
