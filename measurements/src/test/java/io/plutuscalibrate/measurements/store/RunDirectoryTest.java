package io.plutuscalibrate.measurements.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plutuscalibrate.measurements.sampler.ClockResolution;
import io.plutuscalibrate.measurements.sampler.Sample;
import io.plutuscalibrate.measurements.sampler.SamplerSettings;
import io.plutuscalibrate.measurements.sampler.Summary;
import io.plutuscalibrate.measurements.target.TargetInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {
  @TempDir Path dir;
  private static final ObjectMapper JSON = new ObjectMapper();

  static final TargetInfo TARGET = new TargetInfo("embedded", "test machine", "1.0", "E",
      List.of(), List.of(), "in-process", 0);
  static final ClockResolution CLOCK = new ClockResolution(20, 25.0);

  static RunConfig config() {
    return new RunConfig("quick", 42, List.of(), "E", SamplerSettings.quick(),
        Duration.ofMinutes(4), Duration.ofSeconds(2), "embedded", "", "", Shard.WHOLE, 1, Duration.ZERO, null);
  }

  static PointRecord ok(String id, double t) {
    Summary s = new Summary(10, t, t * 0.99, t * 1.01, t * 0.02, t * 0.015, t * 0.03, 0.95);
    return new PointRecord(id, id.replace("@2", ""), id.split("/")[0], "BUILTIN",
        PointRecord.Status.OK, s, 1000, 1, 0, true, "precision", 0.5, 1234, 56, 1, "", 234,
        java.util.Map.of("startup", 1L, "apply", 2L), Double.NaN);
  }

  static List<Sample> samples(int n) {
    return java.util.stream.IntStream.range(0, n)
        .mapToObj(i -> new Sample(Sample.Phase.MEASURE, i, 1000, 1_000_000 + i, 990_000 + i, false, true))
        .toList();
  }

  private Path run() {
    return dir.resolve("run");
  }

  @Test
  void createWritesHeadersAndManifest() throws Exception {
    try (RunDirectory r = RunDirectory.create(run(), config(), TARGET, CLOCK, "test run")) {
      assertEquals(config(), r.config());
    }
    List<String> bench = Files.readAllLines(run().resolve("benching.csv"));
    assertEquals("# test run", bench.get(0));
    assertTrue(bench.get(1).startsWith("# Started at "), bench.get(1));
    assertEquals("benchmark,t,t.mean.lb,t.mean.ub,t.sd,t.sd.lb,t.sd.ub", bench.get(2));
    JsonNode m = JSON.readTree(run().resolve("manifest.json").toFile());
    assertEquals("running", m.get("status").asText());
    assertTrue(m.get("runId").asText().length() > 10);
    assertEquals(42, m.get("configuration").get("seed").asLong());
    assertTrue(m.get("host").get("cores").asInt() > 0);
    assertTrue(m.get("jvm").get("flags").isArray());
    assertEquals("test machine", m.get("target").get("evaluator").asText());
    assertEquals(config(), RunDirectory.readConfig(run()));
  }

  @Test
  void aSecondRunInTheSameDirectoryIsRefused() throws Exception {
    RunDirectory.create(run(), config(), TARGET, CLOCK, "t").close();
    RunStoreException e = assertThrows(RunStoreException.class,
        () -> RunDirectory.create(run(), config(), TARGET, CLOCK, "t"));
    assertTrue(e.getMessage().contains("--resume"), e.getMessage());
    assertThrows(RunStoreException.class, () -> RunDirectory.resume(dir, TARGET, CLOCK));
  }

  @Test
  void pointsAreWrittenAndFinishHashesTheFiles() throws Exception {
    try (RunDirectory r = RunDirectory.create(run(), config(), TARGET, CLOCK, "t")) {
      r.append(ok("AddInteger/1/1", 1e-6), samples(3));
      r.append(PointRecord.notMeasured("Foo/1", "Foo/1", "Foo", "BUILTIN",
          PointRecord.Status.FAILED, 0.1, 2, "it broke, \"badly\"\nand twice"), List.of());
      r.finish("complete");
    }
    List<String> bench = Files.readAllLines(run().resolve("benching.csv"));
    assertEquals(4, bench.size());
    assertTrue(bench.get(3).startsWith("AddInteger/1/1,1.0e-6,"), bench.get(3));
    assertEquals(4, Files.readAllLines(run().resolve("samples.csv")).size());
    List<PointRecord> journal = RunDirectory.readJournal(run().resolve("points.csv"), 0.95);
    assertEquals(2, journal.size());
    assertEquals("it broke, \"badly\" and twice", journal.get(1).message());
    assertEquals(ok("AddInteger/1/1", 1e-6), journal.get(0));
    JsonNode m = JSON.readTree(run().resolve("manifest.json").toFile());
    assertEquals("complete", m.get("status").asText());
    assertEquals(DurableFiles.sha256(run().resolve("benching.csv")),
        m.get("files").get("benching.csv").asText());
    assertEquals(1, m.get("counts").get("AddInteger").get("measured").asInt());
    assertEquals(1, m.get("counts").get("Foo").get("failed").asInt());
    assertEquals(1, m.get("points").get("failed").asInt());
    assertEquals(1, m.get("sessions").size());
  }

  @Test
  void aReplacedPointKeepsOnlyItsNewMeasurement() throws Exception {
    try (RunDirectory r = RunDirectory.create(run(), config(), TARGET, CLOCK, "t")) {
      r.append(ok("A/1", 1e-6), samples(2));
      r.append(ok("B/1", 2e-6), samples(2));
      r.replace(ok("A/1", 5e-7).withSentinel(2e-6), samples(3));
      assertEquals(5e-7, r.records().get(0).summary().estimate());
      r.finish("complete");
    }
    List<PointRecord> journal = RunDirectory.readJournal(run().resolve("points.csv"), 0.95);
    assertEquals(List.of("A/1", "B/1"), journal.stream().map(PointRecord::id).toList());
    assertEquals(5e-7, journal.get(0).summary().estimate());
    assertEquals(2e-6, journal.get(0).sentinel());
    // the journal itself was rewritten with one row per point
    assertEquals(3, Files.readAllLines(run().resolve("points.csv")).size());
    List<String> bench = Files.readAllLines(run().resolve("benching.csv"));
    List<String> aRows = bench.stream().filter(l -> l.startsWith("A/1,")).toList();
    assertEquals(1, aRows.size(), bench.toString());
    assertEquals(ok("A/1", 5e-7).benchingRow(), aRows.get(0));
    List<String> samples = Files.readAllLines(run().resolve("samples.csv"));
    assertEquals(3, samples.stream().filter(l -> l.startsWith("A/1,")).count());
    assertEquals(2, samples.stream().filter(l -> l.startsWith("B/1,")).count());
    JsonNode m = JSON.readTree(run().resolve("manifest.json").toFile());
    assertEquals(DurableFiles.sha256(run().resolve("samples.csv")),
        m.get("files").get("samples.csv").asText());
  }

  @Test
  void resumeAfterAKillDuringReplacementsKeepsWhatTheJournalSays() throws Exception {
    try (RunDirectory r = RunDirectory.create(run(), config(), TARGET, CLOCK, "t")) {
      r.append(ok("A/1", 1e-6), samples(2));
      r.append(ok("B/1", 2e-6), samples(2));
      r.replace(ok("A/1", 5e-7), samples(3));
      // killed here: no finish
    }
    // and B's replacement had written its samples, but not its journal row
    Files.writeString(run().resolve("samples.csv"), "B/1,measure,0,10,100,90,false,true\n"
        + "B/1,measure,1,10,100,90,false,true\nB/1,measure,2,10,100,90,false,true\n"
        + "B/1,measure,3,10,100,90,false,true\n", StandardOpenOption.APPEND);
    try (RunDirectory r = RunDirectory.resume(run(), TARGET, CLOCK)) {
      assertEquals(5e-7, r.records().get(0).summary().estimate());
      assertEquals(2e-6, r.records().get(1).summary().estimate());
      r.finish("complete");
    }
    List<String> samples = Files.readAllLines(run().resolve("samples.csv"));
    assertEquals(3, samples.stream().filter(l -> l.startsWith("A/1,")).count());
    List<String> b = samples.stream().filter(l -> l.startsWith("B/1,")).toList();
    assertEquals(List.of("B/1,measure,0,1000,1000000,990000,false,true",
        "B/1,measure,1,1000,1000001,990001,false,true"), b);
    List<String> bench = Files.readAllLines(run().resolve("benching.csv"));
    assertEquals(List.of(ok("A/1", 5e-7).benchingRow()),
        bench.stream().filter(l -> l.startsWith("A/1,")).toList());
  }

  @Test
  void journalRowsWrittenBeforeTheSentinelColumnStillRead() throws Exception {
    String row = ok("A/1", 1e-6).toCsv();
    String old = row.substring(0, row.lastIndexOf(','));
    PointRecord r = PointRecord.fromCsv(old, 0.95);
    assertEquals(ok("A/1", 1e-6).withSentinel(Double.NaN), r);
    assertTrue(Double.isNaN(r.sentinel()));
    assertEquals(ok("A/1", 1e-6).withSentinel(3e-6),
        PointRecord.fromCsv(ok("A/1", 1e-6).withSentinel(3e-6).toCsv(), 0.95));
  }

  @Test
  void resumeDropsTheHalfWrittenPointAndKeepsTheRest() throws Exception {
    try (RunDirectory r = RunDirectory.create(run(), config(), TARGET, CLOCK, "t")) {
      r.append(ok("A/1", 1e-6), samples(2));
      r.append(ok("B/1", 2e-6), samples(2));
    }
    // A kill in the middle of point C: its samples and benching row written, its journal row torn.
    Files.writeString(run().resolve("samples.csv"), "C/1,measure,0,10,100,90,false,true\n",
        StandardOpenOption.APPEND);
    Files.writeString(run().resolve("benching.csv"), "C/1,1.0e-6,1.0e-6,1.0e-6,0.0,0.0,0.0\n",
        StandardOpenOption.APPEND);
    String cRow = ok("C/1", 3e-6).toCsv();
    Files.writeString(run().resolve("points.csv"), cRow.substring(0, 20), StandardOpenOption.APPEND);

    try (RunDirectory r = RunDirectory.resume(run(), TARGET, CLOCK)) {
      assertEquals(2, r.records().size());
      assertTrue(r.isDone("A/1") && r.isDone("B/1") && !r.isDone("C/1"));
      r.append(ok("C/1", 3e-6), samples(2));
      r.finish("complete");
    }
    List<String> bench = Files.readAllLines(run().resolve("benching.csv"), StandardCharsets.UTF_8);
    assertEquals(1, bench.stream().filter(l -> l.startsWith("C/1,")).count());
    assertTrue(bench.stream().anyMatch(l -> l.startsWith("# Resumed at")));
    assertEquals("benchmark,t,t.mean.lb,t.mean.ub,t.sd,t.sd.lb,t.sd.ub",
        bench.stream().filter(l -> !l.startsWith("#")).findFirst().orElseThrow());
    List<String> samples = Files.readAllLines(run().resolve("samples.csv"));
    assertEquals(2, samples.stream().filter(l -> l.startsWith("C/1,")).count());
    assertEquals(3, RunDirectory.readJournal(run().resolve("points.csv"), 0.95).size());
    JsonNode m = JSON.readTree(run().resolve("manifest.json").toFile());
    assertEquals(2, m.get("sessions").size());
    assertEquals("killed", m.get("sessions").get(0).get("status").asText());
    assertEquals("complete", m.get("sessions").get(1).get("status").asText());
  }

  static PointRecord ofKind(PointRecord r, String kind) {
    return new PointRecord(r.id(), r.name(), r.group(), kind, r.status(), r.summary(),
        r.repetitions(), r.gcDiscarded(), r.gcKept(), r.warmupSteady(), r.stop(), r.seconds(),
        r.cpu(), r.mem(), r.attempts(), r.message(), r.builtinCpu(), r.steps(), r.sentinel());
  }

  /**
   * benching.csv holds criterion rows only (builtin and overhead points); machine-step and script
   * points are in steps.csv only, as they are written, after a resume (which also cleans the
   * benching.csv of a run written before the rule) and in a merge.
   */
  @Test
  void machineStepAndScriptPointsAreInStepsCsvOnly() throws Exception {
    PointRecord step = ofKind(ok("MachineSteps/const/100", 7e-7), "MACHINE_STEP");
    PointRecord script = ofKind(ok("Script/fib/10", 1e-5), "SCRIPT");
    try (RunDirectory r = RunDirectory.create(run(), config(), TARGET, CLOCK, "t")) {
      r.append(ok("AddInteger/1/1", 1e-6), samples(2));
      r.append(step, samples(2));
      r.append(script, samples(2));
    }
    assertEquals(List.of("AddInteger/1/1"), rows(run().resolve("benching.csv")));
    assertEquals(List.of("MachineSteps/const/100", "Script/fib/10"),
        rows(run().resolve("steps.csv")).subList(1, 3));
    // A run written before the rule: its step rows in benching.csv too. Resume rewrites it.
    Files.writeString(run().resolve("benching.csv"), "MachineSteps/const/100,7.0e-7,7.0e-7,"
        + "7.0e-7,0.0,0.0,0.0\n", StandardOpenOption.APPEND);
    try (RunDirectory r = RunDirectory.resume(run(), TARGET, CLOCK)) {
      r.append(ofKind(ok("MachineSteps/const/400", 2e-6), "MACHINE_STEP"), samples(2));
      r.finish("complete");
    }
    assertEquals(List.of("AddInteger/1/1"), rows(run().resolve("benching.csv")));
    assertEquals(List.of("script", "MachineSteps/const/100", "Script/fib/10",
        "MachineSteps/const/400"), rows(run().resolve("steps.csv")));
  }

  /** The first field of every row that is not a comment or the header. */
  static List<String> rows(Path csv) throws java.io.IOException {
    return Files.readAllLines(csv).stream().filter(l -> !l.startsWith("#") && !l.startsWith(
        "benchmark,")).map(l -> l.substring(0, l.indexOf(','))).toList();
  }

  @Test
  void aRunIsWrittenByOneSweepAtATime() throws Exception {
    try (RunDirectory r = RunDirectory.create(run(), config(), TARGET, CLOCK, "t")) {
      RunStoreException e = assertThrows(RunStoreException.class,
          () -> RunDirectory.resume(run(), TARGET, CLOCK));
      assertTrue(e.getMessage().contains("another sweep"), e.getMessage());
    }
    RunDirectory.resume(run(), TARGET, CLOCK).close();
  }

  @Test
  void configurationsDifferByField() {
    RunConfig a = config();
    RunConfig b = new RunConfig("default", 42, List.of(), "E",
        SamplerSettings.quick().withPrecision(0.05), Duration.ofMinutes(4), Duration.ofSeconds(2),
        "embedded", "", "", new Shard(2, 3), 1, Duration.ZERO, null);
    List<String> d = a.differences(b);
    assertEquals(3, d.size(), d.toString());
    assertTrue(d.get(0).startsWith("grid"), d.toString());
    assertEquals(2, a.differences(b, "shard").size());
    assertEquals(a, RunConfig.fromJson(a.toJson()));
  }

  @Test
  void shardsPartitionTheSweep() {
    int n = 3;
    for (int pos = 0; pos < 20; pos++) {
      int owners = 0;
      for (int k = 1; k <= n; k++) if (new Shard(k, n).contains(pos)) owners++;
      assertEquals(1, owners);
    }
    assertEquals(new Shard(2, 4), Shard.parse("2/4"));
    assertThrows(IllegalArgumentException.class, () -> Shard.parse("5/4"));
    assertThrows(IllegalArgumentException.class, () -> Shard.parse("x"));
  }
}
