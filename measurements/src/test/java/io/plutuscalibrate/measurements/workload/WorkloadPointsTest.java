package io.plutuscalibrate.measurements.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.builtins.BuiltinSpec;
import io.plutuscalibrate.uplc.builtins.BuiltinTable;
import io.plutuscalibrate.uplc.cek.CekMachine;
import io.plutuscalibrate.uplc.cek.EvaluationResult;
import io.plutuscalibrate.uplc.cek.MachineParameters;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.Term;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every builtin and overhead point of both grids evaluates on the embedded machine (newest
 * semantics, official costs, plus the harness no-ops), calls its builtin once, and is named by
 * the sizes its arguments have under the builtin's own size measures; the quick points do under
 * every semantics variant.
 */
class WorkloadPointsTest {
  private static final long SEED = 20240302L;

  private static final Set<DefaultFun> SIGNATURES = Set.of(DefaultFun.verifyEd25519Signature,
      DefaultFun.verifyEcdsaSecp256k1Signature, DefaultFun.verifySchnorrSecp256k1Signature);

  @ParameterizedTest
  @EnumSource(Grid.class)
  void everyCallEvaluatesAndIsNamedByTheSizesTheBuiltinMeasures(Grid grid) {
    assertEquals(List.of(), problems(grid, MachineParameters.defaults()));
  }

  /**
   * The arguments are chosen so that every variant's measures give the same sizes (small
   * integers for Int and Word arguments, four-byte characters) and every variant accepts them.
   */
  @ParameterizedTest
  @EnumSource(SemanticsVariant.class)
  void theQuickPointsSuitEveryVariant(SemanticsVariant variant) {
    assertEquals(List.of(), problems(Grid.QUICK, MachineParameters.forVariant(variant)));
  }

  private static List<String> problems(Grid grid, MachineParameters base) {
    MachineParameters params = Workloads.machineParameters(base);
    CekMachine machine = CekMachine.create(params);
    BuiltinTable table = params.builtins();
    List<WorkloadPoint> points = new ArrayList<>(Workloads.builtins(grid, SEED));
    points.addAll(Workloads.overhead(SEED));
    List<String> problems = new ArrayList<>();
    Map<String, Integer> perGroup = new TreeMap<>();
    long start = System.nanoTime();
    for (WorkloadPoint p : points) {
      perGroup.merge(p.group(), 1, Integer::sum);
      if (p.kind() == WorkloadKind.OVERHEAD && p.call().isEmpty()) {
        check(machine.evaluate(p.program(), null), p, problems);
        continue;
      }
      BuiltinCall call = p.call().orElseThrow();
      BuiltinSpec spec = table.find(call.fun()).orElse(null);
      if (spec == null) {
        problems.add(p.id() + ": " + call.fun() + " is not in the machine's table");
        continue;
      }
      List<NamedArg> named = BuiltinWorkloads.of(call.fun()).map(BuiltinWorkload::named)
          .orElseGet(() -> allByDefault(call.fun()));
      List<Long> measured = new ArrayList<>();
      for (NamedArg a : named) {
        measured.add(spec.sizes().get(a.position()).size(call.arguments().get(a.position())));
      }
      if (!measured.equals(p.sizes())) {
        problems.add(p.id() + ": named by " + p.sizes() + " but " + call.fun()
            + "'s measures give " + measured);
      }
      EvaluationResult r = machine.evaluate(call.program(), null);
      if (check(r, p, problems)) {
        if (r.tally().calls(call.fun()) != 1) {
          problems.add(p.id() + ": " + r.tally().calls(call.fun()) + " calls of " + call.fun());
        }
        if (SIGNATURES.contains(call.fun())
            && !(((EvaluationResult.Success) r).term() instanceof Term.Const c
                && c.value == BoolConstant.TRUE)) {
          problems.add(p.id() + ": the signature does not verify");
        }
      }
    }
    System.out.printf(Locale.ROOT, "%s grid, variant %s: %d builtin and overhead points in %d"
        + " groups, generated and evaluated once in %.1f s%n", grid, params.variant(),
        points.size(), perGroup.size(), (System.nanoTime() - start) / 1e9);
    System.out.println(grid + " points per group: " + perGroup);
    return problems;
  }

  @ParameterizedTest
  @EnumSource(Grid.class)
  void idsAreUniqueAndNamesRepeatOnlyWhereSizesCannotVary(Grid grid) {
    List<WorkloadPoint> points = Workloads.all(grid, SEED);
    Set<String> ids = new HashSet<>();
    Map<String, Integer> names = new TreeMap<>();
    for (WorkloadPoint p : points) {
      assertTrue(ids.add(p.id()), "repeated id " + p.id());
      assertTrue(p.id().equals(p.name()) || p.id().startsWith(p.name() + "@"), p.id());
      assertTrue(p.name().startsWith(p.group() + "/"), p.name());
      assertTrue(!p.name().contains("#") && !p.name().contains(","), p.name());
      names.merge(p.name(), 1, Integer::sum);
    }
    Set<String> repeated = new java.util.TreeSet<>();
    names.forEach((n, k) -> {
      if (k > 1) repeated.add(n.substring(0, n.indexOf('/')));
    });
    List<String> examples = new ArrayList<>();
    names.forEach((n, k) -> {
      if (k > 1 && !allowedRepeats().contains(n.substring(0, n.indexOf('/')))) examples.add(n);
    });
    // Fixed sizes: BLS points, ECDSA arguments, pairs, the unit; lookupCoin and insertCoin
    // measure a value by its depth, which takes few values.
    Set<String> allowed = allowedRepeats();
    repeated.removeAll(allowed);
    assertEquals(Set.of(), repeated, "groups with repeated names: " + examples);
  }

  private static Set<String> allowedRepeats() {
    return Set.of("Bls12_381_G1_add", "Bls12_381_G1_neg", "Bls12_381_G1_equal",
        "Bls12_381_G1_compress", "Bls12_381_G1_uncompress", "Bls12_381_G2_add",
        "Bls12_381_G2_neg", "Bls12_381_G2_equal", "Bls12_381_G2_compress",
        "Bls12_381_G2_uncompress", "Bls12_381_millerLoop", "Bls12_381_mulMlResult",
        "Bls12_381_finalVerify", "VerifyEcdsaSecp256k1Signature", "FstPair", "SndPair",
        "MkNilData", "MkNilPairData", "LookupCoin", "InsertCoin");
  }

  private static boolean check(EvaluationResult r, WorkloadPoint p, List<String> problems) {
    if (r instanceof EvaluationResult.Success) return true;
    problems.add(p.id() + ": " + r);
    return false;
  }

  private static List<NamedArg> allByDefault(DefaultFun fun) {
    List<NamedArg> out = new ArrayList<>();
    for (int i = 0; i < fun.arity(); i++) {
      out.add(new NamedArg(i, io.plutuscalibrate.uplc.builtins.SizeMeasure.DEFAULT));
    }
    return out;
  }
}
