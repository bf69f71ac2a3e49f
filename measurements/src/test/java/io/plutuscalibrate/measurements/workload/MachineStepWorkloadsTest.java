package io.plutuscalibrate.measurements.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.StepKind;
import io.plutuscalibrate.uplc.cek.CekMachine;
import io.plutuscalibrate.uplc.cek.EvaluationResult;
import io.plutuscalibrate.uplc.cek.MachineParameters;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.core.UnitConstant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** See Note [Machine-step design] in {@link MachineStepWorkloads}. */
class MachineStepWorkloadsTest {
  private static final List<StepKind> KINDS = List.of(StepKind.CONST, StepKind.VAR, StepKind.LAM,
      StepKind.DELAY, StepKind.FORCE, StepKind.APPLY, StepKind.BUILTIN, StepKind.CONSTR,
      StepKind.CASE);

  @ParameterizedTest
  @EnumSource(Grid.class)
  void eachProgramTakesTheStepsItIsDesignedToTake(Grid grid) {
    CekMachine machine = CekMachine.create(MachineParameters.defaults());
    for (WorkloadPoint p : Workloads.machineSteps(grid)) {
      assertEquals(WorkloadKind.MACHINE_STEP, p.kind());
      String variant = p.name().split("/")[1];
      int n = Math.toIntExact(p.sizes().get(0));
      EvaluationResult r = machine.evaluate(p.program(), null);
      assertTrue(r instanceof EvaluationResult.Success s
          && s.term().equals(new Term.Const(UnitConstant.UNIT)), p.id() + ": " + r);
      Map<StepKind, Long> expected = expected(variant, n);
      for (StepKind k : KINDS) {
        assertEquals(expected.get(k), r.tally().steps(k), p.id() + " " + k);
      }
      assertEquals(1, r.tally().steps(StepKind.STARTUP));
      assertTrue(r.tally().builtins().isEmpty(), "no builtin is called");
    }
  }

  /**
   * The regression of time on (startup, nine step counts) is well conditioned: the condition
   * number of the design matrix with unit-norm columns is small.
   */
  @ParameterizedTest
  @EnumSource(Grid.class)
  void theStepCountsDetermineEveryStepCost(Grid grid) {
    List<double[]> rows = new ArrayList<>();
    for (WorkloadPoint p : Workloads.machineSteps(grid)) {
      Map<StepKind, Long> counts = expected(p.name().split("/")[1], Math.toIntExact(p.sizes().get(0)));
      double[] row = new double[KINDS.size() + 1];
      row[0] = 1;
      for (int k = 0; k < KINDS.size(); k++) row[k + 1] = counts.get(KINDS.get(k));
      rows.add(row);
    }
    double[][] x = rows.toArray(new double[0][]);
    for (int c = 0; c < x[0].length; c++) {
      double norm = 0;
      for (double[] row : x) norm += row[c] * row[c];
      norm = Math.sqrt(norm);
      for (double[] row : x) row[c] /= norm;
    }
    double cond = new SingularValueDecomposition(new Array2DRowRealMatrix(x)).getConditionNumber();
    System.out.printf(Locale.ROOT, "%s machine-step design: %d programs, condition number %.1f%n",
        grid, x.length, cond);
    assertTrue(cond < 10, "condition number " + cond);
  }

  /** The steps of each variant; see the Note. The wrapper adds apply, lam and const once. */
  static Map<StepKind, Long> expected(String variant, long n) {
    Map<StepKind, Long> m = new EnumMap<>(StepKind.class);
    for (StepKind k : KINDS) m.put(k, 0L);
    m.put(StepKind.APPLY, 1L);
    m.put(StepKind.LAM, 1L);
    m.put(StepKind.CONST, 1L);
    m.put(StepKind.CONSTR, 1L);
    switch (variant) {
      case "base" -> { }
      case "const" -> m.merge(StepKind.CONST, n, Long::sum);
      case "var" -> {
        add(m, StepKind.APPLY, 1, StepKind.LAM, 1, StepKind.CONST, 1);
        m.merge(StepKind.VAR, n, Long::sum);
      }
      case "lam" -> m.merge(StepKind.LAM, n, Long::sum);
      case "delay" -> m.merge(StepKind.DELAY, n, Long::sum);
      case "force" -> add(m, StepKind.FORCE, n, StepKind.DELAY, n, StepKind.CONST, n);
      case "apply" -> {
        add(m, StepKind.APPLY, n, StepKind.LAM, n, StepKind.CONST, n);
        m.merge(StepKind.VAR, n, Long::sum);
      }
      case "builtin" -> m.merge(StepKind.BUILTIN, n, Long::sum);
      case "constr" -> m.merge(StepKind.CONSTR, n, Long::sum);
      case "case" -> {
        add(m, StepKind.APPLY, 1, StepKind.LAM, 1, StepKind.CONSTR, 1);
        add(m, StepKind.CASE, n, StepKind.VAR, n, StepKind.CONST, n);
      }
      default -> throw new AssertionError(variant);
    }
    return m;
  }

  private static void add(Map<StepKind, Long> m, StepKind a, long x, StepKind b, long y,
      StepKind c, long z) {
    m.merge(a, x, Long::sum);
    m.merge(b, y, Long::sum);
    m.merge(c, z, Long::sum);
  }
}
