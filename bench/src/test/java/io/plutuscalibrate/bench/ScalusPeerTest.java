package io.plutuscalibrate.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.bench.peer.ScalusPeer;
import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.cek.CekMachine;
import io.plutuscalibrate.uplc.cek.EvaluationResult;
import io.plutuscalibrate.uplc.cek.MachineParameters;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.flat.Flat;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Both machines compute the same thing on every validation script: the same result term and,
 * under the same semantics variant and cost models, the same budget. Without this the benchmark
 * would compare different work.
 */
class ScalusPeerTest {

  @TestFactory
  Stream<DynamicTest> sameResultAndBudgetAsScalus() {
    assertTrue(Files.isDirectory(ValidationScripts.directory()),
        "validation scripts missing at " + ValidationScripts.directory()
            + " (tests need ../shared/plutus beside the project)");
    List<String> names = ValidationScripts.names();
    assertTrue(names.size() > 10, "too few validation scripts");
    return Stream.of(SemanticsVariant.B, SemanticsVariant.C).flatMap(variant -> {
      CekMachine ours = CekMachine.create(MachineParameters.forVariant(variant));
      ScalusPeer peer = ScalusPeer.forVariant(variant);
      return names.stream().map(name -> DynamicTest.dynamicTest(variant + " " + name, () -> {
        byte[] flat = ValidationScripts.read(name);
        Program program = Flat.decode(flat).orElseThrow();
        EvaluationResult r = ours.evaluate(program.term(), null);
        EvaluationResult.Success s = assertInstanceOf(EvaluationResult.Success.class, r);
        scalus.uplc.Term theirs = peer.decodeAndEvaluate(flat);
        assertEquals(s.term(), ScalusPeer.toOurs(theirs), "result");
        assertEquals(peer.spent(), r.spent(), "budget (Scalus, ours)");
      }));
    });
  }
}
