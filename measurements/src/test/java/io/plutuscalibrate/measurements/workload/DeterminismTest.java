package io.plutuscalibrate.measurements.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.MlResultConstant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same seed gives the same points; another seed other arguments. */
class DeterminismTest {

  @Test
  void theSameSeedGivesTheSamePointsAndPrograms() {
    List<WorkloadPoint> a = Workloads.all(Grid.QUICK, 42);
    List<WorkloadPoint> b = Workloads.all(Grid.QUICK, 42);
    assertEquals(ids(a), ids(b));
    for (int i = 0; i < a.size(); i++) {
      WorkloadPoint p = a.get(i);
      WorkloadPoint q = b.get(i);
      assertEquals(p.sizes(), q.sizes(), p.id());
      if (p.call().isPresent()) {
        assertSameArguments(p.call().get().arguments(), q.call().orElseThrow().arguments(), p.id());
      } else {
        assertEquals(p.program(), q.program(), p.id());
      }
      // A point rebuilds the same program every time it is asked.
      if (p.call().isPresent()) {
        assertSameArguments(p.call().get().arguments(), p.call().get().arguments(), p.id());
      }
    }
  }

  @Test
  void aBuiltinsPointsDoNotDependOnTheOtherBuiltins() {
    List<WorkloadPoint> alone = Workloads.builtin(DefaultFun.equalsData, Grid.QUICK, 9);
    List<WorkloadPoint> inSweep = Workloads.builtins(Grid.QUICK, 9).stream()
        .filter(p -> p.group().equals("EqualsData")).toList();
    assertEquals(ids(alone), ids(inSweep));
    for (int i = 0; i < alone.size(); i++) {
      assertEquals(alone.get(i).program(), inSweep.get(i).program());
    }
  }

  @Test
  void anotherSeedDrawsOtherArguments() {
    List<WorkloadPoint> a = Workloads.builtin(DefaultFun.addInteger, Grid.QUICK, 1);
    List<WorkloadPoint> b = Workloads.builtin(DefaultFun.addInteger, Grid.QUICK, 2);
    assertEquals(ids(a), ids(b), "the sizes are the grid's");
    assertNotEquals(a.get(0).program(), b.get(0).program());
    // Random sizes: another seed, other names.
    assertNotEquals(ids(Workloads.builtin(DefaultFun.serialiseData, Grid.QUICK, 1)),
        ids(Workloads.builtin(DefaultFun.serialiseData, Grid.QUICK, 2)));
  }

  private static List<String> ids(List<WorkloadPoint> points) {
    return points.stream().map(WorkloadPoint::id).toList();
  }

  /** Miller-loop results have no equals; compare them with blst. */
  private static void assertSameArguments(List<Constant> x, List<Constant> y, String id) {
    assertEquals(x.size(), y.size(), id);
    for (int i = 0; i < x.size(); i++) {
      if (x.get(i) instanceof MlResultConstant m) {
        assertTrue(m.value().is_equal(((MlResultConstant) y.get(i)).value()), id);
      } else {
        assertEquals(x.get(i), y.get(i), id);
      }
    }
  }
}
