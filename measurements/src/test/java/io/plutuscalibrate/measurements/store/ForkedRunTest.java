package io.plutuscalibrate.measurements.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Combining the forks' run directories: see Note [Forks] in ForkCombination. */
class ForkedRunTest {
  @TempDir Path dir;
  private static final ObjectMapper JSON = new ObjectMapper();

  static RunConfig config(int forks) {
    RunConfig c = RunDirectoryTest.config();
    return new RunConfig(c.grid(), c.seed(), c.builtins(), c.variant(), c.sampler(),
        c.timeBudget(), c.maxPointTime(), c.target(), c.command(), c.timing(), c.shard(),
        c.retries(), c.jvmWarmup(), c.jvmFlags(), forks);
  }

  private static PointRecord failed(String id) {
    return PointRecord.notMeasured(id, id, id.split("/")[0], "BUILTIN",
        PointRecord.Status.FAILED, 0.1, 2, "the target crashed");
  }

  private static void fork(ForkedRun run, int k, String status, PointRecord... records)
      throws Exception {
    try (RunDirectory r = RunDirectory.create(run.forkDir(k), run.config().forFork(),
        RunDirectoryTest.TARGET, RunDirectoryTest.CLOCK, "fork " + k)) {
      for (PointRecord p : records) r.append(p, RunDirectoryTest.samples(3));
      r.finish(status);
    }
  }

  private static List<String> rows(Path run) throws Exception {
    return Files.readAllLines(run.resolve("benching.csv")).stream()
        .filter(l -> !l.startsWith("#") && !l.startsWith("benchmark,")).toList();
  }

  @Test
  void forksCombinePointByPointAndSayWhatIsMissing() throws Exception {
    Path out = dir.resolve("run");
    ForkedRun.Outcome o;
    try (ForkedRun run = ForkedRun.create(out, config(2))) {
      fork(run, 1, "complete", RunDirectoryTest.ok("A/1", 1e-6), RunDirectoryTest.ok("B/1", 2e-6),
          failed("C/1"));
      fork(run, 2, "complete", RunDirectoryTest.ok("A/1", 1.1e-6), failed("B/1"), failed("C/1"));
      o = run.combine();
    }
    assertEquals(2, o.forksUsed());
    assertEquals(3, o.points());
    assertEquals(2, o.measured());
    assertEquals(1, o.failed());
    assertEquals(List.of("B/1 (1 of 2)"), o.partial());
    assertEquals(List.of("C/1"), o.notMeasured());
    List<String> rows = rows(out);
    assertEquals(2, rows.size(), rows.toString());
    String[] a = rows.get(0).split(",");
    assertEquals("A/1", a[0]);
    double t = Double.parseDouble(a[1]);
    assertEquals(Math.sqrt(1e-6 * 1.1e-6), t, 1e-15);
    assertTrue(Double.parseDouble(a[2]) <= 1e-6 && 1.1e-6 <= Double.parseDouble(a[3]));
    // B is fork 1's own summary
    assertEquals("B/1", rows.get(1).split(",")[0]);
    assertEquals(2e-6, Double.parseDouble(rows.get(1).split(",")[1]), 1e-18);
    List<PointRecord> journal = RunDirectory.readJournal(out.resolve("points.csv"), 0.95);
    assertEquals(List.of("A/1", "B/1", "C/1"), journal.stream().map(PointRecord::id).toList());
    assertEquals("measured in 1 of 2 forks", journal.get(1).message());
    assertEquals(PointRecord.Status.FAILED, journal.get(2).status());

    JsonNode m = JSON.readTree(out.resolve("manifest.json").toFile());
    assertEquals("complete", m.get("status").asText());
    assertEquals("forks", m.get("combined").asText());
    assertEquals(2, m.get("configuration").get("forks").asInt());
    assertEquals(2, m.get("forks").size());
    for (int k = 1; k <= 2; k++) {
      JsonNode f = m.get("forks").get(k - 1);
      assertEquals("complete", f.get("status").asText());
      for (String name : List.of("benching.csv", "points.csv", "samples.csv", "manifest.json")) {
        assertEquals(DurableFiles.sha256(out.resolve("fork-" + k).resolve(name)),
            f.get("files").get(name).asText(), name);
      }
    }
    assertEquals("C/1", m.get("combination").get("pointsInNoFork").get(0).asText());
    assertEquals(DurableFiles.sha256(out.resolve("benching.csv")),
        m.get("files").get("benching.csv").asText());
    assertEquals(2, m.get("points").get("measured").asInt());
    // each fork is an ordinary run with its share of the budget
    RunConfig forkConfig = RunDirectory.readConfig(out.resolve("fork-1"));
    assertEquals(1, forkConfig.forks());
    assertEquals(config(2).timeBudget().dividedBy(2), forkConfig.timeBudget());
    assertEquals(config(2), RunDirectory.readConfig(out));
  }

  @Test
  void aMissingForkLeavesTheRunIncomplete() throws Exception {
    Path out = dir.resolve("run");
    try (ForkedRun run = ForkedRun.create(out, config(3))) {
      fork(run, 1, "complete", RunDirectoryTest.ok("A/1", 1e-6));
      fork(run, 2, "interrupted", RunDirectoryTest.ok("A/1", 1.2e-6));
      assertEquals("complete", run.forkStatus(1));
      assertEquals("interrupted", run.forkStatus(2));
      assertEquals("missing", run.forkStatus(3));
      ForkedRun.Outcome o = run.combine();
      assertEquals(2, o.forksUsed());
      assertEquals(List.of("A/1 (2 of 3)"), o.partial());
    }
    JsonNode m = JSON.readTree(out.resolve("manifest.json").toFile());
    assertEquals("incomplete", m.get("status").asText());
    assertEquals("missing", m.get("forks").get(2).get("status").asText());
    assertEquals(1, rows(out).size());
  }

  @Test
  void aRunIsNotCreatedTwiceAndAnOrdinaryRunIsNotAForkedOne() throws Exception {
    Path out = dir.resolve("run");
    ForkedRun.create(out, config(2)).close();
    assertThrows(RunStoreException.class, () -> ForkedRun.create(out, config(2)));
    try (ForkedRun r = ForkedRun.resume(out)) {
      assertEquals(config(2), r.config());
      assertThrows(RunStoreException.class, r::combine); // no fork measured yet
    }
    Path plain = dir.resolve("plain");
    RunDirectory.create(plain, RunDirectoryTest.config(), RunDirectoryTest.TARGET,
        RunDirectoryTest.CLOCK, "t").close();
    assertThrows(RunStoreException.class, () -> ForkedRun.resume(plain));
  }

  @Test
  void shardsMeasuredInForksMerge() throws Exception {
    List<Path> parts = new java.util.ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      Path part = dir.resolve("part" + i);
      try (ForkedRun run = ForkedRun.create(part, config(2).withShard(Shard.parse(i + "/2")))) {
        fork(run, 1, "complete", RunDirectoryTest.ok("P" + i + "/1", 1e-6));
        fork(run, 2, "complete", RunDirectoryTest.ok("P" + i + "/1", 1.1e-6));
        run.combine();
      }
      parts.add(part);
    }
    RunMerger.Merged m = RunMerger.merge(parts, dir.resolve("all"), false);
    assertEquals(2, m.points());
    assertEquals(List.of("P1/1", "P2/1"), rows(dir.resolve("all")).stream()
        .map(r -> r.split(",")[0]).toList());
    assertEquals(2, RunDirectory.readConfig(dir.resolve("all")).forks());
  }

  @Test
  void forksAreAbsentFromAnOrdinaryConfigurationAndCompared() {
    assertTrue(!RunDirectoryTest.config().toJson().has("forks"));
    assertEquals(RunDirectoryTest.config(), RunConfig.fromJson(RunDirectoryTest.config().toJson()));
    assertEquals(config(3), RunConfig.fromJson(config(3).toJson()));
    assertEquals(List.of("forks (absent vs 3)"),
        RunDirectoryTest.config().differences(config(3)));
    assertEquals(1, config(3).differences(RunDirectoryTest.config()).size());
  }
}
