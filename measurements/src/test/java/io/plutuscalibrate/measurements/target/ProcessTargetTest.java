package io.plutuscalibrate.measurements.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.measurements.sampler.Batch;
import io.plutuscalibrate.uplc.cek.MachineParameters;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.text.UplcParser;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessTargetTest {
  @TempDir Path dir;

  static Program program(String text) {
    return UplcParser.parseProgram(text, "test").orElseThrow();
  }

  static final Program ADD = program("(program 1.1.0 [(builtin addInteger) (con integer 1) (con integer 2)])");
  static final Program CRASH = program("(program 1.1.0 [(builtin appendString) (con string \"crash\") (con string \"x\")])");
  static final Program GARBAGE = program("(program 1.1.0 [(builtin appendString) (con string \"garbage\") (con string \"x\")])");
  static final Program HANG = program("(program 1.1.0 [(builtin appendString) (con string \"hang\") (con string \"x\")])");

  private static ProcessSettings settings(String... args) {
    return ProcessSettings.of(TestEvaluator.command(args))
        .withTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofSeconds(30));
  }

  @Test
  void loadsRunsAndReportsWhatTheEmbeddedMachineReports() throws Exception {
    EmbeddedTarget embedded = EmbeddedTarget.create(MachineParameters.defaults(), "test");
    try (ProcessTarget t = ProcessTarget.start(settings())) {
      TargetInfo info = t.info();
      assertEquals("process", info.kind());
      assertEquals("internal", info.timing());
      assertTrue(info.capabilities().contains(Protocol.CAP_FLAT));
      assertTrue(info.protocolOverheadNanos() > 0);
      try (LoadedProgram p = t.load(ADD)) {
        assertEquals(embedded.load(ADD).check(), p.check());
        Batch b = p.run(100);
        assertEquals(100, b.repetitions());
        assertTrue(b.nanos() > 0);
      }
      assertEquals(1, t.starts());
    }
  }

  @Test
  void roundTripTimingSubtractsTheOverhead() throws Exception {
    try (ProcessTarget t = ProcessTarget.start(settings("--round-trip-only"))) {
      assertEquals("round-trip", t.info().timing());
      try (LoadedProgram p = t.load(ADD)) {
        Batch b = p.run(1000);
        assertTrue(b.nanos() >= 0);
      }
    }
  }

  @Test
  void internalTimingAskedOfAnEvaluatorWithoutItIsRefused() {
    TargetException e = assertThrows(TargetException.class, () -> ProcessTarget.start(
        settings("--round-trip-only").withTiming(ProcessSettings.Timing.INTERNAL)));
    assertTrue(e.getMessage().contains("internal-timing"), e.getMessage());
  }

  @Test
  void aCrashIsReportedWithStderrAndTheNextLoadRestarts() throws Exception {
    try (ProcessTarget t = ProcessTarget.start(settings("--crash-on", "crash"))) {
      TargetException e = assertThrows(TargetException.class, () -> t.load(CRASH));
      assertEquals(TargetException.Kind.CRASHED, e.kind());
      assertTrue(e.getMessage().contains("crashing on purpose"), e.getMessage());
      assertTrue(e.getMessage().contains("exit status 3"), e.getMessage());
      try (LoadedProgram p = t.load(ADD)) {
        assertTrue(p.check().isSuccess());
      }
      assertEquals(2, t.starts());
    }
  }

  @Test
  void garbageIsReportedAndTheEvaluatorReplaced() throws Exception {
    try (ProcessTarget t = ProcessTarget.start(settings("--garbage-on", "garbage"))) {
      TargetException e = assertThrows(TargetException.class, () -> t.load(GARBAGE));
      assertEquals(TargetException.Kind.GARBLED, e.kind());
      assertTrue(e.getMessage().contains("this is not JSON"), e.getMessage());
      try (LoadedProgram p = t.load(ADD)) {
        assertTrue(p.check().isSuccess());
      }
      assertEquals(2, t.starts());
    }
  }

  @Test
  void aHangTimesOut() throws Exception {
    ProcessSettings s = ProcessSettings.of(TestEvaluator.command("--hang-on", "hang"))
        .withTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(2), Duration.ofSeconds(2));
    try (ProcessTarget t = ProcessTarget.start(s)) {
      TargetException e = assertThrows(TargetException.class, () -> t.load(HANG));
      assertEquals(TargetException.Kind.TIMED_OUT, e.kind());
      try (LoadedProgram p = t.load(ADD)) {
        assertTrue(p.check().isSuccess());
      }
    }
  }

  @Test
  void aBadHelloIsGarbage() {
    TargetException e = assertThrows(TargetException.class,
        () -> ProcessTarget.start(settings("--bad-hello")));
    assertEquals(TargetException.Kind.GARBLED, e.kind());
    assertTrue(e.getMessage().contains("Welcome"), e.getMessage());
  }

  @Test
  void aCommandThatIsNoEvaluatorCrashes() {
    TargetException e = assertThrows(TargetException.class,
        () -> ProcessTarget.start(ProcessSettings.of("echo nothing here >&2; exit 7")));
    assertEquals(TargetException.Kind.CRASHED, e.kind());
    assertTrue(e.getMessage().contains("exit status 7"), e.getMessage());
    assertTrue(e.getMessage().contains("nothing here"), e.getMessage());
  }

  @Test
  void aRefusedProgramLeavesTheEvaluatorRunning() throws Exception {
    try (ProcessTarget t = ProcessTarget.start(settings())) {
      // Miller-loop results have no encoding: the harness cannot send the program at all.
      Program ml = program("(program 1.1.0 [(builtin bls12_381_finalVerify) [(builtin bls12_381_millerLoop) (con bls12_381_G1_element 0xc00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000) (con bls12_381_G2_element 0xc00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000)] [(builtin bls12_381_millerLoop) (con bls12_381_G1_element 0xc00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000) (con bls12_381_G2_element 0xc00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000)]])");
      try (LoadedProgram p = t.load(ml)) {
        // BLS points travel as text.
        assertTrue(p.check().isSuccess(), p.check().toString());
      }
      assertEquals(1, t.starts());
    }
  }
}
