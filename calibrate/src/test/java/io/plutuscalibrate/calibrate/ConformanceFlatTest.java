package io.plutuscalibrate.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.uplc.flat.Flat;
import io.plutuscalibrate.uplc.text.UplcParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calibrate conformance --format flat}. */
class ConformanceFlatTest {
  @TempDir Path dir;

  private static byte[] flat(String program) {
    return Flat.encode(UplcParser.parseProgram(program, "test").orElseThrow());
  }

  private void write(String name, String program, byte[] expected, String budget)
      throws IOException {
    Path d = Files.createDirectories(dir.resolve(name));
    Files.write(d.resolve(name + ".flat"), flat(program));
    Files.write(d.resolve(name + ".flat.expected"), expected);
    Files.writeString(d.resolve(name + ".budget.expected"), budget);
  }

  @Test
  void runsTheFlatFilesOnly() throws IOException {
    write("one", "(program 1.0.0 (con integer 1))", flat("(program 1.0.0 (con integer 1))"),
        "({cpu: 16100\n| mem: 200})");
    write("two", "(program 1.0.0 (error))", "evaluation failure".getBytes(), "evaluation failure");
    write("bad", "(program 1.0.0 (con integer 1))", flat("(program 1.0.0 (con integer 2))"),
        "({cpu: 16100\n| mem: 200})");
    // a textual case beside them is not run in flat mode
    Files.writeString(dir.resolve("one/one.uplc"), "(program 1.0.0 (error))");
    Files.writeString(dir.resolve("one/one.uplc.expected"), "(program 1.0.0 (con integer 7))");
    Cli r = Cli.run("conformance", "--format", "flat", dir.toString());
    assertEquals(1, r.exit(), r.out() + r.err());
    String out = r.out().replace("\r", "");
    assertTrue(out.startsWith("FAIL bad/bad  expected: (program 1.0.0 (con integer 2))"
        + "  actual: (program 1.0.0 (con integer 1))"), out);
    assertTrue(out.endsWith("2 passed, 1 failed\n"), out);
    assertEquals(1, Cli.run("conformance", dir.toString()).exit()); // the text case fails
  }

  @Test
  void unknownFormatExits2() {
    Cli r = Cli.run("conformance", "--format", "json", dir.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--format expects text or flat; got 'json'"), r.err());
  }
}
