package io.plutuscalibrate.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep with --forks 2 killed with SIGKILL (the JVM that started it and the measuring JVM of
 * its second fork) in the middle of the second fork, then resumed: the first fork is kept as it
 * was, the second continues where the kill left it, and the combined run has every point once.
 */
class SweepForksKillTest {
  @TempDir Path dir;

  @Test
  void killedSecondForkResumesAndCombines() throws Exception {
    Path run = dir.resolve("run");
    Path log = dir.resolve("sweep.log");
    List<String> cmd = Jvm.calibrate("sweep", "--quick", "--builtins", "addInteger",
        "--precision", "30%", "--time-budget", "20s", "--max-point-time", "300ms",
        "--session-warmup", "1s",
        "--jvm-flags", "-Xms256m -Xmx256m -XX:+AlwaysPreTouch -XX:+UseParallelGC",
        "--forks", "2", "--out", run.toString());
    Process sweep = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    Path fork2 = run.resolve("fork-2");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (!(Files.exists(fork2.resolve("points.csv"))
        && SweepKillResumeTest.ids(fork2).size() >= 3)) {
      assertTrue(sweep.isAlive(), "the sweep ended early: " + Files.readString(log));
      assertTrue(System.nanoTime() < deadline, "no progress: " + Files.readString(log));
      Thread.sleep(50);
    }
    List<ProcessHandle> tree = new ArrayList<>(sweep.descendants().toList());
    tree.add(sweep.toHandle());
    tree.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle h : tree) h.onExit().get(30, TimeUnit.SECONDS);
    Path fork1 = run.resolve("fork-1");
    assertEquals("complete", SweepKillResumeTest.manifest(fork1).get("status").asText());
    assertEquals("running", SweepKillResumeTest.manifest(fork2).get("status").asText());
    assertEquals("running", SweepKillResumeTest.manifest(run).get("status").asText());
    String fork1Journal = Files.readString(fork1.resolve("points.csv"));
    List<String> before = SweepKillResumeTest.ids(fork2);

    Path resumeLog = dir.resolve("resume.log");
    Process resume = new ProcessBuilder(Jvm.calibrate("sweep", "--resume", run.toString()))
        .redirectErrorStream(true).redirectOutput(resumeLog.toFile()).start();
    assertTrue(resume.waitFor(5, TimeUnit.MINUTES), "resume did not finish");
    assertEquals(0, resume.exitValue(), Files.readString(resumeLog));

    assertEquals(fork1Journal, Files.readString(fork1.resolve("points.csv")));
    List<String> all = SweepKillResumeTest.ids(fork1);
    List<String> after = SweepKillResumeTest.ids(fork2);
    assertEquals(before, after.subList(0, before.size()), "the points done before are kept");
    assertEquals(all.size(), after.size(), "every point once: " + after);
    assertEquals(new HashSet<>(all), new HashSet<>(after));
    JsonNode m2 = SweepKillResumeTest.manifest(fork2);
    assertEquals("killed", m2.get("sessions").get(0).get("status").asText());
    assertEquals("complete", m2.get("status").asText());
    JsonNode m = SweepKillResumeTest.manifest(run);
    assertEquals("complete", m.get("status").asText());
    SweepForksTest.checkCombined(run, 2);
  }
}
