package io.plutuscalibrate.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plutuscalibrate.measurements.sweep.SweepPoint;
import io.plutuscalibrate.measurements.sweep.SweepPoints;
import io.plutuscalibrate.models.SemanticsVariant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep killed with SIGKILL in the middle (the measuring JVM and the one that started it), then
 * resumed: every point of the sweep is in the run exactly once.
 */
class SweepKillResumeTest {
  @TempDir Path dir;

  static final List<String> BUILTINS = List.of("addInteger", "multiplyInteger", "equalsInteger");

  @Test
  void killedSweepResumesWithEveryPointExactlyOnce() throws Exception {
    Path run = dir.resolve("run");
    Path log = dir.resolve("sweep.log");
    List<String> cmd = Jvm.calibrate("sweep", "--quick", "--builtins", String.join(",", BUILTINS),
        "--precision", "30%", "--time-budget", "30s", "--max-point-time", "400ms",
        "--session-warmup", "1s",
        "--jvm-flags", "-Xms256m -Xmx256m -XX:+AlwaysPreTouch -XX:+UseParallelGC",
        "--out", run.toString());
    Process sweep = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    int before = waitForPoints(run, 4, sweep, log);
    // SIGKILL the measuring JVM (the writer) and the JVM that started it.
    List<ProcessHandle> tree = new ArrayList<>(sweep.descendants().toList());
    tree.add(sweep.toHandle());
    tree.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle h : tree) h.onExit().get(30, TimeUnit.SECONDS);
    JsonNode killed = manifest(run);
    assertEquals("running", killed.get("status").asText(), "the kill left no time to finish");
    int journal = ids(run).size();
    assertTrue(journal >= before, journal + " < " + before);

    Process resume = new ProcessBuilder(Jvm.calibrate("sweep", "--resume", run.toString()))
        .redirectErrorStream(true).redirectOutput(dir.resolve("resume.log").toFile()).start();
    assertTrue(resume.waitFor(5, TimeUnit.MINUTES), "resume did not finish");
    assertEquals(0, resume.exitValue(), Files.readString(dir.resolve("resume.log")));

    List<String> expected = SweepPoints.of("quick", 1, BUILTINS, SemanticsVariant.E).stream()
        .map(SweepPoint::id).toList();
    List<String> got = ids(run);
    assertEquals(expected.size(), got.size(), "every point once: " + got);
    assertEquals(new HashSet<>(expected), new HashSet<>(got));
    assertTrue(got.size() > journal, "the resumed session measured the rest");
    // benching.csv: one row per measured point, by name
    List<String> rows = SweepCommandTest.rows(run);
    assertEquals(expected.size(), rows.size());
    // samples.csv: the measured batches of each point numbered 0, 1, ... once
    Map<String, Set<Integer>> measured = new HashMap<>();
    List<String> samples = Files.readAllLines(run.resolve("samples.csv"));
    for (String line : samples.subList(1, samples.size())) {
      String[] f = line.split(",");
      assertTrue(got.contains(f[0]), "samples of an unfinished point: " + line);
      if (f[1].equals("measure")) {
        assertTrue(measured.computeIfAbsent(f[0], k -> new HashSet<>()).add(Integer.parseInt(f[2])),
            "batch twice: " + line);
      }
    }
    assertEquals(new HashSet<>(got), measured.keySet());
    JsonNode m = manifest(run);
    assertEquals("complete", m.get("status").asText());
    assertEquals("killed", m.get("sessions").get(0).get("status").asText());
    assertEquals("complete", m.get("sessions").get(1).get("status").asText());
    assertEquals(expected.size(), m.get("points").get("measured").asInt());
    // the measuring JVM ran with the configured flags
    assertTrue(m.get("jvm").get("flags").toString().contains("-Xmx256m"), m.get("jvm").toString());
  }

  @Test
  void terminatedSweepStopsCleanlyAndSaysSo() throws Exception {
    Path run = dir.resolve("run");
    Path log = dir.resolve("sweep.log");
    List<String> cmd = Jvm.calibrate("sweep", "--quick", "--builtins", String.join(",", BUILTINS),
        "--precision", "30%", "--time-budget", "30s", "--max-point-time", "400ms",
        "--session-warmup", "1s",
        "--jvm-flags", "-Xms256m -Xmx256m -XX:+AlwaysPreTouch -XX:+UseParallelGC",
        "--out", run.toString());
    Process sweep = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    waitForPoints(run, 3, sweep, log);
    List<ProcessHandle> tree = new ArrayList<>(sweep.descendants().toList());
    sweep.destroy(); // SIGTERM to the JVM that was started, as a service manager would
    assertTrue(sweep.waitFor(60, TimeUnit.SECONDS));
    for (ProcessHandle h : tree) h.onExit().get(60, TimeUnit.SECONDS);
    JsonNode m = manifest(run);
    assertEquals("interrupted", m.get("status").asText(), Files.readString(log));
    assertEquals("interrupted", m.get("sessions").get(0).get("status").asText());
    int n = ids(run).size();
    assertEquals(n, m.get("points").get("finished").asInt());
    assertEquals(n, SweepCommandTest.rows(run).size());
    assertTrue(Files.readString(log).contains("sweep interrupted (continue with --resume"),
        Files.readString(log));
  }

  /** Waits until the journal holds {@code n} points; returns how many it holds. */
  private static int waitForPoints(Path run, int n, Process p, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) throw new AssertionError("the sweep ended early: " + Files.readString(log));
      if (Files.exists(run.resolve("points.csv"))) {
        int k = ids(run).size();
        if (k >= n) return k;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no progress: " + Files.readString(log));
  }

  static List<String> ids(Path run) throws IOException {
    List<String> lines = Files.readAllLines(run.resolve("points.csv"));
    List<String> out = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) out.add(l.split(",")[0]);
    return out;
  }

  static JsonNode manifest(Path run) throws IOException {
    return new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
  }
}
