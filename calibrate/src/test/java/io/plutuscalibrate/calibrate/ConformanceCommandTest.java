package io.plutuscalibrate.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceCommandTest {
  @TempDir Path dir;

  private void write(String name, String program, String expected, String budget) throws IOException {
    Path d = dir.resolve(name);
    Files.createDirectories(d);
    String base = d.getFileName().toString();
    Files.writeString(d.resolve(base + ".uplc"), program);
    Files.writeString(d.resolve(base + ".uplc.expected"), expected);
    Files.writeString(d.resolve(base + ".budget.expected"), budget);
  }

  @Test
  void allPassingExits0() throws IOException {
    write("one", "(program 1.0.0 (con integer 1))", "(program 1.0.0 (con integer 1))",
        "({cpu: 16100\n| mem: 200})");
    write("two", "(program 1.0.0 (error))", "evaluation failure", "evaluation failure");
    Cli r = Cli.run("conformance", dir.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertEquals("2 passed, 0 failed\n", r.out().replace("\r", ""));
  }

  @Test
  void failuresArePrintedOnePerLineThenCountsAndExit1() throws IOException {
    write("good", "(program 1.0.0 (con integer 1))", "(program 1.0.0 (con integer 1))",
        "({cpu: 16100\n| mem: 200})");
    write("budget", "(program 1.0.0 (con integer 1))", "(program 1.0.0 (con integer 1))",
        "({cpu: 1\n| mem: 1})");
    write("result", "(program 1.0.0 (con integer 1))", "(program 1.0.0\n  (con integer 2))", "");
    Cli r = Cli.run("conformance", dir.toString());
    assertEquals(1, r.exit());
    List<String> lines = r.out().replace("\r", "").lines().toList();
    assertEquals(3, lines.size(), r.out());
    assertEquals("FAIL budget/budget  expected: ({cpu: 1 | mem: 1})  actual: ({cpu: 16100 | mem: 200})"
        + "  (different budget)", lines.get(0));
    assertTrue(lines.get(1).startsWith("FAIL result/result  expected: (program 1.0.0 (con integer 2))"
        + "  actual: (program 1.0.0 (con integer 1))"), lines.get(1));
    assertEquals("1 passed, 2 failed", lines.get(2));
  }

  @Test
  void sharedTermCasesAllPass() {
    Path term = SharedData.path("conformance/uplc/evaluation/term");
    Cli r = Cli.run("conformance", term.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().matches("\\d+ passed, 0 failed\\R"), r.out());
  }

  @Test
  void missingDirectoryExits2() {
    Cli r = Cli.run("conformance", dir.resolve("nope").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("nope: no such file or directory"), r.err());
  }
}
