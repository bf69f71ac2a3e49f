package io.plutuscalibrate.measurements.workload;

import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.core.UnitConstant;
import io.plutuscalibrate.uplc.core.Version;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Programs for fitting the cost of each kind of machine step: {@code MachineSteps/<variant>/<n>}.
 *
 * <p>Note [Machine-step design]: time = startup + sum over kinds of (cost of kind) x (steps of
 * kind) is a linear regression on the step counts, which is only well determined if the counts
 * of the nine kinds vary independently across the programs. Each variant repeats n times, as the
 * fields of one {@code constr}, a small term whose steps are of one kind only (const, var, lam,
 * delay, builtin, constr) or of that kind plus kinds that other variants isolate (force: plus
 * delay and const; apply: plus lam, var and const; case: plus var and const). So each kind's
 * count grows with n in its own variant, the design matrix is close to triangular, and a test
 * checks its condition number. The whole is the argument of {@code (lam _ (con unit ()))}, so the result discharged
 * is a unit, not n values (discharging is work no step pays for). The terms:
 * <ul>
 *   <li>{@code base}: {@code constr 0} alone, n = 0: the fixed steps and the startup;
 *   <li>{@code const}: n constants; {@code lam}: n {@code (lam x x)}; {@code delay}: n
 *       {@code (delay c)}; {@code builtin}: n {@code (builtin addInteger)} (unapplied: no call);
 *       {@code constr}: n {@code (constr 0)};
 *   <li>{@code var}: {@code [(lam x (constr 0 x ... x)) c]}, n variables;
 *   <li>{@code force}: n {@code (force (delay c))};
 *   <li>{@code apply}: n {@code [(lam x x) c]};
 *   <li>{@code case}: {@code [(lam s (constr 0 (case s c) ...)) (constr 0)]}, n cases.
 * </ul>
 */
final class MachineStepWorkloads {
  private MachineStepWorkloads() {}

  static final String GROUP = "MachineSteps";

  /** The variants, in the order above. */
  static final List<String> VARIANTS =
      List.of("const", "var", "lam", "delay", "force", "apply", "builtin", "constr", "case");

  private static final int[] QUICK = {100, 400, 1600};
  private static final int[] STANDARD = {50, 100, 200, 400, 800, 1600, 3200};

  private static final Term C = new Term.Const(IntegerConstant.of(1));

  static List<WorkloadPoint> all(Grid grid) {
    List<WorkloadPoint> out = new ArrayList<>();
    out.add(point("base", 0));
    for (String v : VARIANTS) {
      for (int n : grid == Grid.QUICK ? QUICK : STANDARD) out.add(point(v, n));
    }
    return out;
  }

  private static WorkloadPoint point(String variant, int n) {
    return WorkloadPoint.ofProgram(WorkloadKind.MACHINE_STEP,
        GROUP + "/" + variant + "/" + n, GROUP, List.of((long) n),
        () -> new Program(Version.V1_1_0, program(variant, n)));
  }

  /** The term of {@code variant} repeated {@code n} times; see Note [Machine-step design]. */
  static Term program(String variant, int n) {
    Term body = switch (variant) {
      case "base" -> fields(0, i -> C);
      case "const" -> fields(n, i -> C);
      case "var" -> new Term.Apply(new Term.Lam("x", fields(n, i -> new Term.Var(1))), C);
      case "lam" -> fields(n, i -> new Term.Lam("x", new Term.Var(1)));
      case "delay" -> fields(n, i -> new Term.Delay(C));
      case "force" -> fields(n, i -> new Term.Force(new Term.Delay(C)));
      case "apply" -> fields(n, i -> new Term.Apply(new Term.Lam("x", new Term.Var(1)), C));
      case "builtin" -> fields(n, i -> new Term.Builtin(DefaultFun.addInteger));
      case "constr" -> fields(n, i -> new Term.Constr(0, new Term[0]));
      case "case" -> new Term.Apply(
          new Term.Lam("s", fields(n, i -> new Term.Case(new Term.Var(1), new Term[] {C}))),
          new Term.Constr(0, new Term[0]));
      default -> throw new IllegalArgumentException("no machine-step variant " + variant);
    };
    return new Term.Apply(new Term.Lam("_", new Term.Const(UnitConstant.UNIT)), body);
  }

  private static Term fields(int n, IntFunction<Term> field) {
    Term[] fs = new Term[n];
    Arrays.setAll(fs, field);
    return new Term.Constr(0, fs);
  }
}
