package io.plutuscalibrate.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep, serve and merge commands, in this JVM (--in-process) with loose settings: these tests
 * check what is written, never how fast anything is.
 */
class SweepCommandTest {
  @TempDir Path dir;

  static final String[] FAST = {"--quick", "--in-process", "--precision", "50%",
      "--time-budget", "3s", "--max-point-time", "200ms", "--session-warmup", "0"};

  static String[] args(String... more) {
    List<String> a = new ArrayList<>(List.of("sweep"));
    a.addAll(List.of(FAST));
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  static List<String> rows(Path run) throws IOException {
    return Files.readAllLines(run.resolve("benching.csv")).stream()
        .filter(l -> !l.startsWith("#") && !l.startsWith("benchmark,")).toList();
  }

  /** The ids in the journal, in order. */
  static List<String> journalIds(Path run) throws IOException {
    List<String> lines = Files.readAllLines(run.resolve("points.csv"));
    return lines.subList(1, lines.size()).stream().map(l -> l.split(",")[0]).toList();
  }

  @Test
  void sweepWritesTheRunDirectory() throws IOException {
    Path run = dir.resolve("run");
    Cli r = Cli.run(args("--builtins", "addInteger", "--out", run.toString()));
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("sweep complete: "), r.out());
    List<String> ids = journalIds(run);
    // addInteger's quick points and the 7 overhead points
    assertTrue(ids.contains("AddInteger/1/1") && ids.contains("Nop6o/1/1/1/1/1/1"), ids.toString());
    assertEquals(ids.size(), new HashSet<>(ids).size());
    assertEquals(ids.size(), rows(run).size());
    JsonNode m = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
    assertEquals("complete", m.get("status").asText());
    assertEquals(ids.size(), m.get("points").get("measured").asInt());
    assertEquals("embedded", m.get("target").get("kind").asText());
    assertTrue(m.get("counts").has("AddInteger"));
    assertTrue(m.get("configuration").get("jvmFlags").isNull());
    // plain progress lines, not redraws, when not on a terminal
    assertTrue(r.err().contains("[1/" + ids.size() + "] AddInteger/1/1"), r.err());
    assertFalse(r.err().contains("\r"));
  }

  @Test
  void badInputIsOneLineAndExit2() {
    String out = dir.resolve("x").toString();
    String[][] cases = {
        {"sweep", "--out", out, "--resume", out},
        {"sweep"},
        {"sweep", "--out", out, "--target", "process"},
        {"sweep", "--out", out, "--target", "carrier-pigeon"},
        {"sweep", "--out", out, "--precision", "150%"},
        {"sweep", "--out", out, "--time-budget", "soon"},
        {"sweep", "--out", out, "--shard", "3/2"},
        {"sweep", "--out", out, "--builtins", "frobnicate", "--in-process"},
        {"sweep", "--out", out, "--clock", "sundial"},
        {"sweep", "--resume", dir.resolve("none").toString()},
        {"merge", "--out", out, dir.resolve("none").toString()},
    };
    String[] expected = {"either --out", "either --out", "needs --command", "embedded or process",
        "--precision", "--time-budget", "--shard", "frobnicate", "--clock", "holds no run",
        "holds no run"};
    for (int i = 0; i < cases.length; i++) {
      Cli r = Cli.run(cases[i]);
      assertEquals(2, r.exit(), String.join(" ", cases[i]) + ": " + r.err());
      assertTrue(r.err().contains(expected[i]), r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertFalse(r.err().contains("Exception"), r.err());
    }
  }

  @Test
  void resumeRefusesAnotherConfiguration() throws IOException {
    Path run = dir.resolve("run");
    assertEquals(0, Cli.run(args("--builtins", "addInteger", "--out", run.toString())).exit());
    Cli r = Cli.run("sweep", "--resume", run.toString(), "--precision", "3%");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("precision (0.03 vs 0.5)"), r.err());
    // Resuming a complete run measures nothing more.
    Cli again = Cli.run("sweep", "--resume", run.toString());
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.out().contains("this session: 0 points"), again.out());
  }

  @Test
  void shardsMergeIntoTheWholeSweep() throws IOException {
    Path whole = dir.resolve("whole");
    assertEquals(0, Cli.run(args("--builtins", "equalsInteger", "--out", whole.toString())).exit());
    List<Path> parts = new ArrayList<>();
    for (int k = 1; k <= 3; k++) {
      Path p = dir.resolve("part" + k);
      Cli r = Cli.run(args("--builtins", "equalsInteger", "--shard", k + "/3", "--out", p.toString()));
      assertEquals(0, r.exit(), r.err());
      parts.add(p);
    }
    Path merged = dir.resolve("merged");
    List<String> margs = new ArrayList<>(List.of("merge", "--out", merged.toString()));
    parts.forEach(p -> margs.add(p.toString()));
    Cli m = Cli.run(margs.toArray(String[]::new));
    assertEquals(0, m.exit(), m.err());
    Set<String> all = new HashSet<>(journalIds(whole));
    List<String> got = journalIds(merged);
    assertEquals(all.size(), got.size());
    assertEquals(all, new HashSet<>(got));
    // Merging a part twice is refused.
    Cli twice = Cli.run("merge", "--out", dir.resolve("m2").toString(), parts.get(0).toString(),
        parts.get(0).toString());
    assertEquals(2, twice.exit());
  }

  @Test
  void helpDescribesTheOptions() {
    Cli r = Cli.run("sweep", "--help");
    assertEquals(0, r.exit());
    for (String o : List.of("--quick", "--builtins", "--target", "--command", "--precision",
        "--time-budget", "--shard", "--out", "--resume", "--clock")) {
      assertTrue(r.out().contains(o), o);
    }
  }
}
