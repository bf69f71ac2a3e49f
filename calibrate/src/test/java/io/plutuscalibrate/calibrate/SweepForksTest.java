package io.plutuscalibrate.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sweep --forks (Note [Forks] in ForkCombination), in this JVM with loose settings: what is
 * written and how a run continues, never how fast anything is.
 */
class SweepForksTest {
  @TempDir Path dir;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** benching.csv's rows by name: t, lb, ub. */
  static Map<String, double[]> table(Path run) throws IOException {
    Map<String, double[]> m = new HashMap<>();
    for (String row : SweepCommandTest.rows(run)) {
      String[] f = row.split(",");
      double[] v = {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])};
      assertTrue(m.put(f[0], v) == null, "twice: " + f[0]);
    }
    return m;
  }

  static String sha(Path file) throws Exception {
    return HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  static JsonNode manifest(Path run) throws IOException {
    return JSON.readTree(run.resolve("manifest.json").toFile());
  }

  /** Checks the combined run against its forks: each point once, its interval around both. */
  static void checkCombined(Path run, int forks) throws IOException {
    List<String> ids = SweepCommandTest.journalIds(run.resolve("fork-1"));
    Map<String, double[]> combined = table(run);
    assertEquals(SweepCommandTest.rows(run.resolve("fork-1")).size(), combined.size());
    assertEquals(ids.size(), new HashSet<>(SweepCommandTest.journalIds(run)).size());
    for (int k = 2; k <= forks; k++) {
      assertEquals(new HashSet<>(ids),
          new HashSet<>(SweepCommandTest.journalIds(run.resolve("fork-" + k))));
    }
    for (Map.Entry<String, double[]> e : combined.entrySet()) {
      double[] c = e.getValue();
      assertTrue(c[1] <= c[0] && c[0] <= c[2], e.getKey());
      if (forks == 2) {
        for (int k = 1; k <= 2; k++) {
          double t = table(run.resolve("fork-" + k)).get(e.getKey())[0];
          assertTrue(c[1] <= t && t <= c[2], e.getKey() + " fork " + k + ": " + t
              + " outside [" + c[1] + ", " + c[2] + "]");
        }
      }
    }
  }

  @Test
  void twoForksWriteTheirRunsAndTheCombination() throws Exception {
    Path run = dir.resolve("run");
    Cli r = Cli.run(SweepCommandTest.args("--builtins", "addInteger", "--forks", "2",
        "--out", run.toString()));
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("sweep complete: 2 forks combined in " + run), r.out());
    assertTrue(r.err().contains("fork 2 of 2"), r.err());
    checkCombined(run, 2);
    assertTrue(table(run).containsKey("AddInteger/1/1"));
    JsonNode m = manifest(run);
    assertEquals("complete", m.get("status").asText());
    assertEquals("forks", m.get("combined").asText());
    assertEquals(2, m.get("configuration").get("forks").asInt());
    assertEquals(3.0, m.get("configuration").get("timeBudgetSeconds").asDouble());
    for (int k = 1; k <= 2; k++) {
      Path f = run.resolve("fork-" + k);
      JsonNode fm = manifest(f);
      assertEquals("complete", fm.get("status").asText());
      assertTrue(!fm.get("configuration").has("forks"), "a fork is an ordinary run");
      assertEquals(1.5, fm.get("configuration").get("timeBudgetSeconds").asDouble());
      assertEquals(sha(f.resolve("points.csv")),
          m.get("forks").get(k - 1).get("files").get("points.csv").asText());
    }
  }

  @Test
  void resumeFinishesAnInterruptedSecondForkAndCombines() throws Exception {
    Path run = dir.resolve("run");
    Cli first = Cli.run(SweepCommandTest.args("--builtins", "addInteger", "--forks", "2",
        "--out", run.toString()));
    assertEquals(0, first.exit(), first.err());
    // Leave the run as a kill in the middle of fork 2 does: fork 2's journal holds its first
    // points (its other files have more, which resume cuts), its manifest and the run's say
    // running, and nothing is combined yet.
    Path f1 = run.resolve("fork-1");
    Path f2 = run.resolve("fork-2");
    String fork1 = sha(f1.resolve("points.csv"));
    List<String> journal = Files.readAllLines(f2.resolve("points.csv"));
    List<String> kept = journal.subList(0, 4);
    Files.write(f2.resolve("points.csv"), kept);
    for (Path p : List.of(f2, run)) {
      ObjectNode m = (ObjectNode) manifest(p);
      m.put("status", "running");
      Files.writeString(p.resolve("manifest.json"), m.toString());
    }
    Files.delete(run.resolve("benching.csv"));

    Cli r = Cli.run("sweep", "--resume", run.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(!r.err().contains("fork 1 of 2"), "fork 1 was complete: " + r.err());
    assertTrue(r.err().contains("fork 2 of 2 (resuming its running run)"), r.err());
    assertEquals(fork1, sha(f1.resolve("points.csv")));
    List<String> after = Files.readAllLines(f2.resolve("points.csv"));
    assertEquals(kept, after.subList(0, 4), "the points done before are kept");
    assertEquals(journal.size(), after.size());
    JsonNode m2 = manifest(f2);
    assertEquals("complete", m2.get("status").asText());
    assertEquals(3, m2.get("sessions").get(1).get("resumedWithPointsDone").asInt());
    checkCombined(run, 2);
    assertEquals("complete", manifest(run).get("status").asText());
  }

  @Test
  void resumeRefusesAnotherForkCountAndBadCountsAreRefused() throws Exception {
    Path run = dir.resolve("run");
    assertEquals(0, Cli.run(SweepCommandTest.args("--builtins", "addInteger", "--forks", "2",
        "--out", run.toString())).exit());
    for (String n : List.of("3", "1")) {
      Cli r = Cli.run("sweep", "--resume", run.toString(), "--forks", n);
      assertEquals(2, r.exit(), r.err());
      assertTrue(r.err().contains("forks"), r.err());
    }
    Cli bad = Cli.run(SweepCommandTest.args("--forks", "0", "--out",
        dir.resolve("x").toString()));
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("--forks must be 1 or more"), bad.err());
    assertEquals(1, bad.err().lines().count(), bad.err());
  }
}
