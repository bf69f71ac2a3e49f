package io.plutuscalibrate.uplc.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.uplc.cek.CekMachine;
import io.plutuscalibrate.uplc.cek.MachineParameters;
import io.plutuscalibrate.uplc.cek.TestMachines;
import io.plutuscalibrate.uplc.flat.Flat;
import io.plutuscalibrate.uplc.text.UplcParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner on hand-written cases in the conformance layout. */
class ConformanceRunnerTest {
  @TempDir Path dir;

  private final CekMachine machine = CekMachine.create(TestMachines.parameters());

  private void write(String name, String program, String expected, String budget) throws IOException {
    Path d = dir.resolve(name);
    Files.createDirectories(d);
    String base = d.getFileName().toString();
    Files.writeString(d.resolve(base + ".uplc"), program);
    Files.writeString(d.resolve(base + ".uplc.expected"), expected);
    Files.writeString(d.resolve(base + ".budget.expected"), budget);
  }

  private CaseOutcome only(String name) {
    List<ConformanceCase> cases = ConformanceCase.find(dir.resolve(name));
    assertEquals(1, cases.size());
    return ConformanceRunner.on(machine).run(cases.get(0));
  }

  @Test
  void resultAndBudgetMatch() throws IOException {
    // [(lam x x) 1]: 4 steps = 100 + 64000 / 100 + 400; names differ from the input's.
    write("ok", "(program 1.0.0 [(lam x x) (con integer 1)])",
        "(program 1.0.0 (con integer 1))", "({cpu: 64100\n| mem: 500})");
    assertTrue(only("ok").passed(), () -> only("ok").toString());
  }

  @Test
  void programsCompareUpToBoundNames() throws IOException {
    write("alpha", "(program 1.0.0 (lam x (lam y x)))",
        "(program 1.0.0 (lam a-0 (lam b-1 a-0)))", "({cpu: 16100\n| mem: 200})");
    assertTrue(only("alpha").passed(), () -> only("alpha").toString());
  }

  @Test
  void wrongBudgetFails() throws IOException {
    write("budget", "(program 1.0.0 (con integer 1))", "(program 1.0.0 (con integer 1))",
        "({cpu: 1\n| mem: 2})");
    CaseOutcome o = only("budget");
    assertFalse(o.passed());
    assertEquals("({cpu: 1 | mem: 2})", o.expected());
    assertEquals("({cpu: 16100 | mem: 200})", o.actual());
  }

  @Test
  void wrongResultFails() throws IOException {
    write("result", "(program 1.0.0 (con integer 1))", "(program 1.0.0 (con integer 2))",
        "({cpu: 16100\n| mem: 200})");
    CaseOutcome o = only("result");
    assertFalse(o.passed());
    assertEquals("(program 1.0.0 (con integer 1))", o.actual());
  }

  @Test
  void versionIsPartOfTheResult() throws IOException {
    write("version", "(program 1.1.0 (con integer 1))", "(program 1.0.0 (con integer 1))",
        "({cpu: 16100\n| mem: 200})");
    assertFalse(only("version").passed());
  }

  @Test
  void expectedFailures() throws IOException {
    write("fails", "(program 1.0.0 (error))", "evaluation failure", "evaluation failure");
    assertTrue(only("fails").passed());
    write("shouldfail", "(program 1.0.0 (con integer 1))", "evaluation failure", "evaluation failure");
    assertFalse(only("shouldfail").passed());
    write("unexpectedfailure", "(program 1.0.0 (error))", "(program 1.0.0 (con integer 1))", "");
    CaseOutcome o = only("unexpectedfailure");
    assertFalse(o.passed());
    assertEquals(ConformanceRunner.EVALUATION_FAILURE, o.actual());
    assertTrue(o.detail().contains("(error)"), o.detail());
  }

  @Test
  void expectedParseErrors() throws IOException {
    write("parse", "(program 1.0.0 (lam x y))", "parse/decode error", "parse/decode error");
    assertTrue(only("parse").passed());
    write("parses", "(program 1.0.0 (con integer 1))", "parse/decode error", "parse/decode error");
    assertFalse(only("parses").passed());
  }

  /** A flat case: the program given as text is written flat-encoded, the expected as is. */
  private void writeFlat(String name, String program, byte[] expected, String budget)
      throws IOException {
    Path d = dir.resolve(name);
    Files.createDirectories(d);
    String base = d.getFileName().toString();
    Files.write(d.resolve(base + ".flat"),
        Flat.encode(UplcParser.parseProgram(program, "test").orElseThrow()));
    Files.write(d.resolve(base + ".flat.expected"), expected);
    Files.writeString(d.resolve(base + ".budget.expected"), budget);
  }

  private static byte[] flat(String program) {
    return Flat.encode(UplcParser.parseProgram(program, "test").orElseThrow());
  }

  private CaseOutcome onlyFlat(String name) {
    List<ConformanceCase> cases = ConformanceCase.find(dir.resolve(name), ConformanceCase.FLAT);
    assertEquals(1, cases.size());
    assertTrue(cases.get(0).isFlat());
    return ConformanceRunner.on(machine).run(cases.get(0));
  }

  @Test
  void flatCases() throws IOException {
    writeFlat("ok", "(program 1.0.0 [(lam x x) (con integer 1)])",
        flat("(program 1.0.0 (con integer 1))"), "({cpu: 64100\n| mem: 500})");
    assertTrue(onlyFlat("ok").passed(), () -> onlyFlat("ok").toString());
    assertEquals("ok", onlyFlat("ok").testCase().name());

    writeFlat("wrong", "(program 1.0.0 (con integer 1))", flat("(program 1.0.0 (con integer 2))"),
        "({cpu: 16100\n| mem: 200})");
    CaseOutcome o = onlyFlat("wrong");
    assertFalse(o.passed());
    assertEquals("(program 1.0.0 (con integer 2))", o.expected());

    writeFlat("fails", "(program 1.0.0 (error))", "evaluation failure".getBytes(), "");
    assertTrue(onlyFlat("fails").passed());

    writeFlat("garbage", "(program 1.0.0 (con integer 1))", new byte[] {1, 2, 3},
        "({cpu: 16100\n| mem: 200})");
    assertFalse(onlyFlat("garbage").passed());
    assertTrue(onlyFlat("garbage").expected().startsWith("undecodable flat result #010203"),
        onlyFlat("garbage").expected());
  }

  @Test
  void flatDecodeErrors() throws IOException {
    Path d = dir.resolve("bad");
    Files.createDirectories(d);
    Files.write(d.resolve("bad.flat"), new byte[] {1, 0, 0, (byte) 0xa0, 1}); // term tag 10
    Files.writeString(d.resolve("bad.flat.expected"), ConformanceRunner.PARSE_ERROR);
    Files.writeString(d.resolve("bad.budget.expected"), ConformanceRunner.PARSE_ERROR);
    assertTrue(onlyFlat("bad").passed());
    // (program 1.0.0 (var 0)): decodes, but its variable is free
    Path v = dir.resolve("var");
    Files.createDirectories(v);
    Files.write(v.resolve("var.flat"), new byte[] {1, 0, 0, 0, 1});
    Files.writeString(v.resolve("var.flat.expected"), "evaluation failure");
    Files.writeString(v.resolve("var.budget.expected"), "evaluation failure");
    CaseOutcome o = onlyFlat("var");
    assertFalse(o.passed());
    assertEquals(ConformanceRunner.PARSE_ERROR, o.actual());
    assertTrue(o.detail().contains("free variable"), o.detail());
    // a text case in the same directory is not picked up as a flat one
    write("text", "(program 1.0.0 (con integer 1))", "(program 1.0.0 (con integer 1))", "");
    assertEquals(0, ConformanceCase.find(dir.resolve("text"), ConformanceCase.FLAT).size());
  }

  @Test
  void reportCountsAndGroupsFailures() throws IOException {
    write("a/one", "(program 1.0.0 (con integer 1))", "(program 1.0.0 (con integer 1))",
        "({cpu: 16100\n| mem: 200})");
    write("a/two", "(program 1.0.0 (con integer 1))", "evaluation failure", "");
    write("b/three", "(program 1.0.0 (error))", "evaluation failure", "");
    ConformanceReport r = ConformanceRunner.on(machine).runAll(ConformanceCase.find(dir));
    assertEquals(2, r.passed());
    assertEquals(1, r.failed());
    assertEquals("a/two/two", r.failures().get(0).testCase().name());
    assertEquals(Map.of("a", 1), r.failuresByDirectory(1));
  }
}
