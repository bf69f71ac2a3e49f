package io.plutuscalibrate.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
  @TempDir Path dir;

  private String csv(String name, double factorB1, long seed) throws IOException {
    java.util.Random rnd = new java.util.Random(seed);
    StringBuilder s = new StringBuilder("benchmark,t,t.mean.lb,t.mean.ub,t.sd,t.sd.lb,t.sd.ub\n");
    for (int b = 0; b < 3; b++) {
      for (int i = 1; i <= 4; i++) {
        double t = 1e-6 * (1 + 0.1 * i) * (b == 1 ? factorB1 : 1) * Math.exp(0.01 * rnd.nextGaussian());
        s.append(String.format(Locale.ROOT, "B%d/%d,%.6e,%.6e,%.6e,%.6e,%.6e,%.6e%n", b, i, t,
            t * 0.999, t * 1.001, t * 0.01, t * 0.008, t * 0.012));
      }
    }
    Path p = dir.resolve(name);
    Files.writeString(p, s);
    return p.toString();
  }

  @Test
  void batchesOfRunsGiveSpreadAndDifference() throws IOException {
    Path json = dir.resolve("c.json");
    Cli r = Cli.run("compare", "--batch", "old=" + csv("a1", 1, 1) + "," + csv("a2", 1, 2) + ","
        + csv("a3", 1, 3), "--batch", "new=" + csv("b1", 1.3, 4) + "," + csv("b2", 1.3, 5),
        "--json", json.toString(), "--markdown", dir.resolve("c.md").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("batch old: 3 runs"), r.out());
    JsonNode j = new ObjectMapper().readTree(json.toFile());
    JsonNode b1 = j.get("builtins").get(1);
    assertEquals("B1", b1.get("builtin").asText());
    JsonNode d = b1.get("differences").get("new");
    assertEquals("runs", d.get("basis").asText());
    assertTrue(d.get("lower").asDouble() > 1.2 && d.get("upper").asDouble() < 1.4, d.toString());
    assertEquals(3, b1.get("batches").get("old").get("runs").asInt());
    assertTrue(b1.get("batches").get("old").get("cv").asDouble() > 0);
    assertEquals(12, j.get("points").size());
    assertTrue(Files.readString(dir.resolve("c.md")).contains("| `B1` | 4 |"));
  }

  @Test
  void singleRunPerBatchFallsBackToWithinRunAndSaysSo() throws IOException {
    Cli r = Cli.run("compare", "--batch", "old=" + csv("a1", 1, 1), "--batch", "new=" + csv("b1", 1.3, 4));
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("within-run error only"), r.out());
  }

  @Test
  void badBatchSpecsExit2() throws IOException {
    String a = csv("a1", 1, 1);
    assertEquals(2, Cli.run("compare", "--batch", "noequals").exit());
    assertEquals(2, Cli.run("compare", "--batch", "=" + a).exit());
    assertEquals(2, Cli.run("compare", "--batch", "x=" + a + ",").exit());
    Cli r = Cli.run("compare", "--batch", "x=" + a, "--batch", "x=" + a);
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("used twice"), r.err());
    r = Cli.run("compare", "--batch", "x=" + dir.resolve("missing.csv"));
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("missing.csv: no such file"), r.err());
  }
}
