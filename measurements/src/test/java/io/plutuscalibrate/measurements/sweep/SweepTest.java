package io.plutuscalibrate.measurements.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plutuscalibrate.measurements.sampler.Batch;
import io.plutuscalibrate.measurements.sampler.ClockResolution;
import io.plutuscalibrate.measurements.sampler.Sampler;
import io.plutuscalibrate.measurements.sampler.SamplerSettings;
import io.plutuscalibrate.measurements.sampler.TimeBase;
import io.plutuscalibrate.measurements.store.PointRecord;
import io.plutuscalibrate.measurements.store.RunConfig;
import io.plutuscalibrate.measurements.store.RunDirectory;
import io.plutuscalibrate.measurements.store.Shard;
import io.plutuscalibrate.measurements.target.EmbeddedTarget;
import io.plutuscalibrate.measurements.target.ProcessSettings;
import io.plutuscalibrate.measurements.target.ProcessTarget;
import io.plutuscalibrate.measurements.target.Target;
import io.plutuscalibrate.measurements.target.TestEvaluator;
import io.plutuscalibrate.models.MachineCosts;
import io.plutuscalibrate.models.OfficialModels;
import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.cek.MachineParameters;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.text.UplcParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTest {
  @TempDir Path dir;

  static final MachineCosts COSTS = OfficialModels.machineCosts(SemanticsVariant.E);

  static Program program(String text) {
    return UplcParser.parseProgram(text, "test").orElseThrow();
  }

  static SweepPoint point(String id, String text) {
    String group = id.split("/")[0];
    return SweepPoint.of(id, id, group, "BUILTIN", program(text));
  }

  static List<SweepPoint> points() {
    List<SweepPoint> ps = new ArrayList<>();
    ps.add(point("AddInteger/1/1", "(program 1.1.0 [(builtin addInteger) (con integer 1) (con integer 2)])"));
    ps.add(point("Error/1", "(program 1.1.0 (error))"));
    ps.add(new SweepPoint("Broken/1", "Broken/1", "Broken", "BUILTIN", () -> {
      throw new IllegalStateException("no program here");
    }));
    ps.add(point("AppendString/1/1", "(program 1.1.0 [(builtin appendString) (con string \"crash\") (con string \"x\")])"));
    ps.add(point("EqualsInteger/1/1", "(program 1.1.0 [(builtin equalsInteger) (con integer 1) (con integer 2)])"));
    return ps;
  }

  /** Fast, loose settings: these tests check the bookkeeping, not the timings. */
  static RunConfig config(String target, String command) {
    SamplerSettings s = SamplerSettings.quick().withPrecision(0.5).withSamples(3, 20)
        .withMaxWarmup(Duration.ofMillis(20)).withTargetBatch(Duration.ofMillis(1))
        .withGcBeforePoint(false);
    return new RunConfig("test", 1, List.of(), "E", s, Duration.ofSeconds(2),
        Duration.ofMillis(300), target, command, "", Shard.WHOLE, 1, Duration.ZERO, null);
  }

  private static Sampler sampler(RunConfig c) {
    return Sampler.create(c.sampler(), new ClockResolution(20, 25));
  }

  @Test
  void embeddedSweepRecordsEveryPointOnceAndGoesOnAfterFailures() throws Exception {
    RunConfig c = config("embedded", "");
    Target t = EmbeddedTarget.create(MachineParameters.defaults(), "test");
    Path run = dir.resolve("run");
    SweepOutcome o;
    try (RunDirectory rd = RunDirectory.create(run, c, t.info(), new ClockResolution(20, 25), "t")) {
      o = Sweep.on(t, sampler(c), rd, SweepListener.NONE, new AtomicBoolean(), COSTS).run(points());
    }
    assertTrue(o.complete());
    assertEquals(5, o.records().size());
    List<PointRecord> failed = o.notMeasured();
    assertEquals(List.of("Error/1", "Broken/1"), failed.stream().map(PointRecord::id).toList());
    assertTrue(failed.get(0).message().contains("failure"), failed.get(0).message());
    assertTrue(failed.get(1).message().contains("no program here"), failed.get(1).message());
    List<String> rows = Files.readAllLines(run.resolve("benching.csv")).stream()
        .filter(l -> !l.startsWith("#") && !l.startsWith("benchmark")).toList();
    assertEquals(3, rows.size());
    PointRecord add = o.records().get(0);
    assertEquals(PointRecord.Status.OK, add.status());
    assertTrue(add.summary().estimate() > 0);
    assertTrue(add.cpu() > 0);
  }

  @Test
  void machineStepPointsGoToStepsCsvWithTheirBuiltinCharge() throws Exception {
    RunConfig c = config("embedded", "");
    Target t = EmbeddedTarget.create(MachineParameters.defaults(), "test");
    Path run = dir.resolve("run");
    // 181308 = 100 startup + 5 steps x 16000 + 101208 for addInteger on two one-word integers
    SweepPoint step = SweepPoint.of("MachineSteps/test/1", "MachineSteps/test/1", "MachineSteps",
        "MACHINE_STEP", program("(program 1.1.0 [(builtin addInteger) (con integer 1) (con integer 2)])"));
    try (RunDirectory rd = RunDirectory.create(run, c, t.info(), new ClockResolution(20, 25), "t")) {
      SweepOutcome o = Sweep.on(t, sampler(c), rd, SweepListener.NONE, new AtomicBoolean(), COSTS)
          .run(List.of(points().get(0), step));
      assertEquals(101208, o.records().get(1).builtinCpu());
      assertEquals(2L, o.records().get(1).steps().get("apply"));
    }
    List<String> steps = Files.readAllLines(run.resolve("steps.csv")).stream()
        .filter(l -> !l.startsWith("#")).toList();
    assertEquals("script,t,t.mean.lb,t.mean.ub,builtin_cpu,startup,var,const,lam,delay,force,"
        + "apply,builtin,constr,case", steps.get(0));
    assertEquals(2, steps.size(), "only the machine-step point: " + steps);
    assertTrue(steps.get(1).startsWith("MachineSteps/test/1,"), steps.get(1));
    assertTrue(steps.get(1).endsWith(",101208,1,0,2,0,0,0,2,1,0,0"), steps.get(1));
    // and not to benching.csv, which keeps criterion rows (the builtin point) only
    List<String> bench = Files.readAllLines(run.resolve("benching.csv")).stream()
        .filter(l -> !l.startsWith("#") && !l.startsWith("benchmark,")).toList();
    assertEquals(1, bench.size(), bench.toString());
    assertFalse(bench.get(0).startsWith("MachineSteps/"), bench.get(0));
  }

  /** Six points that evaluate successfully. */
  static List<SweepPoint> okPoints() {
    List<SweepPoint> ps = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      ps.add(point("AddInteger/" + i + "/1", "(program 1.1.0 [(builtin addInteger) (con integer "
          + i + ") (con integer 1)])"));
    }
    return ps;
  }

  /** Sentinel work of 1 us a unit, 1.5 us while {@code disturbed} says so. */
  static Sentinel sentinel(BooleanSupplier disturbed) {
    return Sentinel.of(TimeBase.CPU, n -> {
      long ns = disturbed.getAsBoolean() ? 1500L * n : 1000L * n;
      return new Batch(n, ns, ns, false);
    });
  }

  @Test
  void pointsMeasuredWhileTheMachineWasSlowAreMeasuredAgainAndReplaced() throws Exception {
    RunConfig c = config("embedded", "");
    Target t = EmbeddedTarget.create(MachineParameters.defaults(), "test");
    Path run = dir.resolve("run");
    // The session starts in a disturbed stretch that ends after the second point: nothing looks
    // disturbed while it lasts (the reference is disturbed too); at the end the first two points
    // do, and are measured again.
    AtomicBoolean disturbed = new AtomicBoolean(true);
    List<String> again = new ArrayList<>();
    SweepListener l = new SweepListener() {
      @Override
      public void pointFinished(PointRecord r, int finished, int total, Duration e, Duration rem) {
        if (finished == 2) disturbed.set(false);
      }

      @Override
      public void remeasuring(SweepPoint p, double ratio, int index, int count) {
        again.add(String.format(java.util.Locale.ROOT, "%s %.2f %d/%d", p.id(), ratio, index,
            count));
      }
    };
    try (RunDirectory rd = RunDirectory.create(run, c, t.info(), new ClockResolution(20, 25), "t")) {
      SweepOutcome o = Sweep.on(t, sampler(c), rd, l, new AtomicBoolean(), COSTS)
          .watchingTheMachine(sentinel(disturbed::get)).run(okPoints());
      assertTrue(o.complete());
    }
    assertEquals(List.of("AddInteger/1/1 1.50 1/2", "AddInteger/2/1 1.50 2/2"), again);
    // one journal row per point once the session has ended
    assertEquals(7, Files.readAllLines(run.resolve("points.csv")).size());
    List<PointRecord> journal;
    try (RunDirectory rd = RunDirectory.resume(run, t.info(), new ClockResolution(20, 25))) {
      journal = rd.records();
    }
    assertEquals(okPoints().stream().map(SweepPoint::id).toList(),
        journal.stream().map(PointRecord::id).toList());
    for (PointRecord r : journal) assertEquals(1e-6, r.sentinel(), 1e-12, r.id());
    List<String> bench = Files.readAllLines(run.resolve("benching.csv")).stream()
        .filter(x -> x.startsWith("AddInteger/")).toList();
    assertEquals(6, bench.size(), bench.toString());
    JsonNode s = new ObjectMapper().readTree(run.resolve("manifest.json").toFile())
        .get("sessions").get(0).get("sentinel");
    assertEquals(2, s.get("disturbedPoints").asInt());
    assertEquals(2, s.get("replaced").asInt());
    assertEquals(0, s.get("disturbedAtEnd").asInt());
    assertEquals(1e-6, s.get("referenceSeconds").asDouble(), 1e-12);
  }

  @Test
  void theSweepWaitsForADisturbedMachineBeforeAPoint() throws Exception {
    RunConfig c = config("embedded", "");
    Target t = EmbeddedTarget.create(MachineParameters.defaults(), "test");
    // Disturbed for 600 ms from the end of the second point.
    AtomicLong until = new AtomicLong(Long.MIN_VALUE);
    List<String> waits = new ArrayList<>();
    SweepListener l = new SweepListener() {
      @Override
      public void pointFinished(PointRecord r, int finished, int total, Duration e, Duration rem) {
        if (finished == 2) until.set(System.nanoTime() + 600_000_000L);
      }

      @Override
      public void waited(SweepPoint p, double ratio, double now, Duration waited) {
        waits.add(String.format(java.util.Locale.ROOT, "%s %.2f %.2f", p.id(), ratio, now));
      }
    };
    try (RunDirectory rd = RunDirectory.create(dir.resolve("run"), c, t.info(),
        new ClockResolution(20, 25), "t")) {
      SweepOutcome o = Sweep.on(t, sampler(c), rd, l, new AtomicBoolean(), COSTS)
          .watchingTheMachine(sentinel(() -> System.nanoTime() < until.get())).run(okPoints());
      assertTrue(o.complete());
      assertEquals(List.of("AddInteger/3/1 1.50 1.00"), waits);
      // measured once the machine was back to speed: nothing to measure again
      for (PointRecord r : o.records()) assertEquals(1e-6, r.sentinel(), 1e-12, r.id());
    }
  }

  @Test
  void aStoppedSweepResumesWithTheRest() throws Exception {
    RunConfig c = config("embedded", "");
    Target t = EmbeddedTarget.create(MachineParameters.defaults(), "test");
    Path run = dir.resolve("run");
    AtomicBoolean stop = new AtomicBoolean();
    SweepListener stopAfterTwo = new SweepListener() {
      @Override
      public void pointFinished(PointRecord r, int finished, int total, Duration e, Duration rem) {
        if (finished == 2) stop.set(true);
      }
    };
    try (RunDirectory rd = RunDirectory.create(run, c, t.info(), new ClockResolution(20, 25), "t")) {
      SweepOutcome o = Sweep.on(t, sampler(c), rd, stopAfterTwo, stop, COSTS).run(points());
      assertFalse(o.complete());
      assertEquals(2, o.records().size());
    }
    try (RunDirectory rd = RunDirectory.resume(run, t.info(), new ClockResolution(20, 25))) {
      SweepOutcome o = Sweep.on(t, sampler(c), rd, SweepListener.NONE, new AtomicBoolean(), COSTS)
          .run(points());
      assertTrue(o.complete());
      assertEquals(3, o.finishedNow());
      assertEquals(points().stream().map(SweepPoint::id).toList(),
          o.records().stream().map(PointRecord::id).toList());
    }
  }

  @Test
  void processTargetThatCrashesIsRestartedAndThePointRetriedThenMarkedFailed() throws Exception {
    Path once = dir.resolve("crashed-once");
    List<String> retries = new ArrayList<>();
    SweepListener l = new SweepListener() {
      @Override
      public void retrying(SweepPoint p, int attempt, String reason) {
        retries.add(p.id() + "#" + attempt);
      }
    };
    // Crashes once on the program holding "crash": retried, then measured.
    try (ProcessTarget t = ProcessTarget.start(ProcessSettings.of(
        TestEvaluator.command("--crash-once-on", "crash", once.toString())))) {
      RunConfig c = config("process", "x");
      try (RunDirectory rd = RunDirectory.create(dir.resolve("a"), c, t.info(),
          new ClockResolution(20, 25), "t")) {
        SweepOutcome o = Sweep.on(t, sampler(c), rd, l, new AtomicBoolean(), COSTS).run(points());
        PointRecord p = o.records().stream().filter(r -> r.id().equals("AppendString/1/1"))
            .findFirst().orElseThrow();
        assertEquals(PointRecord.Status.OK, p.status());
        assertEquals(2, p.attempts());
        assertEquals(2, t.starts());
      }
    }
    assertEquals(List.of("AppendString/1/1#2"), retries);
    // Crashes every time: tried twice (retries = 1), marked failed, the next point measured.
    try (ProcessTarget t = ProcessTarget.start(ProcessSettings.of(
        TestEvaluator.command("--crash-on", "crash")))) {
      RunConfig c = config("process", "x");
      try (RunDirectory rd = RunDirectory.create(dir.resolve("b"), c, t.info(),
          new ClockResolution(20, 25), "t")) {
        SweepOutcome o = Sweep.on(t, sampler(c), rd, l, new AtomicBoolean(), COSTS).run(points());
        assertTrue(o.complete());
        PointRecord p = o.records().get(3);
        assertEquals(PointRecord.Status.FAILED, p.status());
        assertEquals(2, p.attempts());
        assertTrue(p.message().contains("crashing on purpose"), p.message());
        assertEquals(PointRecord.Status.OK, o.records().get(4).status());
      }
    }
  }
}
