package io.plutuscalibrate.measurements.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.measurements.sampler.Batch;
import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.uplc.cek.CekMachine;
import io.plutuscalibrate.uplc.cek.MachineParameters;
import io.plutuscalibrate.uplc.core.Program;
import org.junit.jupiter.api.Test;

class EmbeddedTargetTest {
  @Test
  void checkIsTheMachinesResultAndBatchesRunTheProgram() {
    Program p = ProcessTargetTest.ADD;
    EmbeddedTarget t = EmbeddedTarget.create(MachineParameters.defaults(), "test");
    EmbeddedTarget.Loaded l = t.load(p);
    ExBudget spent = CekMachine.create(MachineParameters.defaults()).evaluate(p.term()).spent();
    assertEquals(Evaluation.SUCCESS, l.check().result());
    assertEquals(spent, l.check().budget());
    assertEquals(1L, l.check().steps().get("builtin"));
    Batch b = l.run(50);
    assertEquals(50, b.repetitions());
    assertTrue(b.nanos() > 0);
  }

  @Test
  void failuresAndLimitsAreResults() {
    EmbeddedTarget t = EmbeddedTarget.create(MachineParameters.defaults(), "test");
    Program err = ProcessTargetTest.program("(program 1.1.0 (error))");
    assertEquals(Evaluation.FAILURE, t.load(err).check().result());
    assertEquals(Evaluation.OUT_OF_BUDGET,
        t.load(ProcessTargetTest.ADD, ExBudget.of(10, 10)).check().result());
  }
}
