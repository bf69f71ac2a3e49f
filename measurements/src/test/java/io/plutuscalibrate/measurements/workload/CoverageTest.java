package io.plutuscalibrate.measurements.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.measurements.SharedData;
import io.plutuscalibrate.models.OfficialModels;
import io.plutuscalibrate.uplc.core.DefaultFun;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The workloads cover what the official model and data cover, and name groups the same way. */
class CoverageTest {
  private static final long SEED = 1L;

  /**
   * Groups of benching-conway.csv that are not produced, and why: models.R reads only the Opaque
   * no-ops (Nop1o..Nop6o); the Bool, built-in Integer and SomeConstant variants explore Haskell's
   * ways of unlifting arguments, which the Java machine does not have.
   */
  private static final Set<String> OFFICIAL_ONLY = nops("b", "i", "c");

  /**
   * Groups produced that benching-conway.csv does not have: policies and assetCount, Plutus
   * builtins whose costing functions are still unimplemented upstream (no official benchmark).
   */
  private static final Set<String> OURS_ONLY = Set.of("Policies", "AssetCount");

  @ParameterizedTest
  @EnumSource(Grid.class)
  void everyBuiltinOfTheNewestModelIsMeasuredByItsOwnPointsOrThoseItIsCostedBy(Grid grid) {
    Set<String> names = OfficialModels.newestBuiltinCostModel().builtins();
    assertEquals(102, names.size());
    Map<String, Integer> perGroup = new HashMap<>();
    for (WorkloadPoint p : Workloads.builtins(grid, SEED)) perGroup.merge(p.group(), 1, Integer::sum);
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      DefaultFun fun = DefaultFun.fromName(name).orElseThrow(() -> new AssertionError(name));
      int n = perGroup.getOrDefault(BenchmarkNames.group(BenchmarkNames.costedBy(fun)), 0);
      if (n < 2) missing.add(name + " (" + n + " points)");
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyPlutusBuiltinIsDeclaredOrCostedByADeclaredOne() {
    for (DefaultFun f : DefaultFun.plutusBuiltins()) {
      DefaultFun by = BenchmarkNames.costedBy(f);
      assertTrue(BuiltinWorkloads.of(by).isPresent(), f + " costed by " + by);
      assertTrue(by == f || BuiltinWorkloads.of(f).isEmpty() || f == DefaultFun.lessThanEqualsByteString,
          f + " is measured but costed by " + by);
    }
  }

  @Test
  void theGroupsAreThoseOfTheOfficialBenchmarkData() throws IOException {
    Set<String> official = new TreeSet<>();
    boolean header = true;
    for (String line : Files.readAllLines(SharedData.path("cost-model/benching-conway.csv"))) {
      if (line.startsWith("#") || line.isBlank()) continue;
      if (header) {
        header = false;
        continue;
      }
      official.add(line.substring(0, line.indexOf('/')));
    }
    Set<String> ours = new TreeSet<>();
    for (WorkloadPoint p : Workloads.builtins(Grid.QUICK, SEED)) ours.add(p.group());
    for (WorkloadPoint p : Workloads.overhead(SEED)) ours.add(p.group());

    assertTrue(official.containsAll(OFFICIAL_ONLY));
    official.removeAll(OFFICIAL_ONLY);
    assertTrue(ours.containsAll(OURS_ONLY));
    ours.removeAll(OURS_ONLY);
    assertEquals(official, ours);
    assertEquals(103, ours.size()); // 96 builtins, Nop1o..Nop6o, UnitTerm
  }

  @Test
  void groupsAreTheHaskellConstructorNames() {
    assertEquals("AddInteger", BenchmarkNames.group(DefaultFun.addInteger));
    assertEquals("Bls12_381_G1_add", BenchmarkNames.group(DefaultFun.bls12_381_G1_add));
    assertEquals("IData", BenchmarkNames.group(DefaultFun.iData));
    assertEquals("Sha2_256", BenchmarkNames.group(DefaultFun.sha2_256));
    assertEquals("Nop3o", BenchmarkNames.group(DefaultFun.nop3o));
    for (DefaultFun f : DefaultFun.values()) {
      assertEquals(f, BenchmarkNames.builtin(BenchmarkNames.group(f)).orElseThrow());
    }
    assertFalse(BenchmarkNames.builtin("addInteger").isPresent());
    assertFalse(BenchmarkNames.builtin("MachineSteps").isPresent());
  }

  private static Set<String> nops(String... kinds) {
    Set<String> out = new TreeSet<>();
    for (String k : kinds) {
      for (int n = 1; n <= 6; n++) out.add("Nop" + n + k);
    }
    return out;
  }
}
