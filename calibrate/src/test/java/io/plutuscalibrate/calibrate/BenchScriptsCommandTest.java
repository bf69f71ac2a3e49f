package io.plutuscalibrate.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchScriptsCommandTest {
  @TempDir Path dir;

  private void script(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  @Test
  void printsTimeBudgetAndTimePerMillionCpuForEachScript() throws IOException {
    // [(lam x x) (con integer 1)]: 4 steps under cekMachineCostsE = 64100 / 500.
    script("a-id.uplc", "(program 1.0.0 [(lam x x) (con integer 1)])");
    script("b-add.uplc", "(program 1.0.0 [[(builtin addInteger) (con integer 1)] (con integer 2)])");
    script("notes.txt", "not a script");
    Cli r = Cli.run("bench", "scripts", "--warmup", "0", "--runs", "3", dir.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(4, lines.size(), r.out());
    assertTrue(lines.get(0).startsWith("script"), lines.get(0));
    String[] id = lines.get(1).trim().split("\\s+");
    assertEquals("a-id.uplc", id[0]);
    assertEquals("64100", id[2]);
    assertEquals("500", id[3]);
    // The time is printed to 0.1 µs, so the ratio recomputed from it is within 0.05 / 0.0641.
    double micros = Double.parseDouble(id[1]);
    assertEquals(micros / 0.0641, Double.parseDouble(id[4]), 0.05 / 0.0641 + 0.001);
    assertTrue(lines.get(2).startsWith("b-add.uplc"), lines.get(2));
    assertTrue(lines.get(3).startsWith("2 scripts in " + dir + " (variant E): geometric mean"),
        lines.get(3));
  }

  @Test
  void aScriptThatFailsIsAnInputError() throws IOException {
    script("bad.uplc", "(program 1.0.0 (error))");
    Cli r = Cli.run("bench", "scripts", "--warmup", "0", dir.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("bad.uplc does not evaluate"), r.err());
  }

  @Test
  void aDirectoryWithoutScriptsOrNoDirectoryIsAnInputError() {
    Cli empty = Cli.run("bench", "scripts", dir.toString());
    assertEquals(2, empty.exit());
    assertTrue(empty.err().contains("no scripts"), empty.err());
    Cli missing = Cli.run("bench", "scripts", dir.resolve("nope").toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("not a directory of scripts"), missing.err());
  }

  @Test
  void theValidationScriptsRunByDefaultPath() {
    Path validation = SharedData.path("validation");
    Cli r = Cli.run("bench", "scripts", "--warmup", "0", "--runs", "1", validation.toString());
    assertEquals(0, r.exit(), r.err());
    // pubkey-1.flat: 148250629 CPU, 648826 memory under variant E (ValidationBudgetsTest).
    assertTrue(r.out().lines().anyMatch(l -> l.matches("pubkey-1\\.flat\\s+\\S+\\s+148250629\\s+648826\\s+\\S+")),
        r.out());
  }
}
