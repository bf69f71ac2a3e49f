package io.plutuscalibrate.measurements.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunMergerTest {
  @TempDir Path dir;

  private Path part(String name, Shard shard, String status, String... ids) throws Exception {
    Path p = dir.resolve(name);
    try (RunDirectory r = RunDirectory.create(p, RunDirectoryTest.config().withShard(shard),
        RunDirectoryTest.TARGET, RunDirectoryTest.CLOCK, "part " + shard)) {
      for (String id : ids) {
        PointRecord rec = RunDirectoryTest.ok(id, 1e-6);
        if (id.startsWith("MachineSteps/")) rec = RunDirectoryTest.ofKind(rec, "MACHINE_STEP");
        r.append(rec, RunDirectoryTest.samples(2));
      }
      if (status != null) r.finish(status);
    }
    return p;
  }

  @Test
  void joinsPartsWithTheirProvenance() throws Exception {
    Path a = part("a", new Shard(1, 2), "complete", "A/1", "C/1");
    Path b = part("b", new Shard(2, 2), "complete", "B/1");
    RunMerger.Merged m = RunMerger.merge(List.of(b, a), dir.resolve("all"), false);
    assertEquals(3, m.points());
    List<String> rows = Files.readAllLines(dir.resolve("all/benching.csv")).stream()
        .filter(l -> !l.startsWith("#")).toList();
    assertEquals("benchmark,t,t.mean.lb,t.mean.ub,t.sd,t.sd.lb,t.sd.ub", rows.get(0));
    assertEquals(List.of("A/1", "C/1", "B/1"), rows.subList(1, 4).stream().map(l -> l.split(",")[0]).toList());
    assertEquals(7, Files.readAllLines(dir.resolve("all/samples.csv")).size());
    JsonNode man = new ObjectMapper().readTree(dir.resolve("all/manifest.json").toFile());
    assertEquals("complete", man.get("status").asText());
    assertEquals(2, man.get("parts").size());
    assertEquals("1/2", man.get("parts").get(0).get("shard").asText());
    assertEquals("1/1", man.get("configuration").get("shard").asText());
    assertEquals(DurableFiles.sha256(a.resolve("manifest.json")),
        man.get("parts").get(0).get("manifestSha256").asText());
    assertEquals(3, man.get("points").get("measured").asInt());
  }

  @Test
  void machineStepPointsAreMergedIntoStepsCsvOnly() throws Exception {
    Path a = part("a", new Shard(1, 2), "complete", "A/1", "MachineSteps/lam/100");
    Path b = part("b", new Shard(2, 2), "complete", "B/1");
    RunMerger.merge(List.of(a, b), dir.resolve("all"), false);
    assertEquals(List.of("A/1", "B/1"), RunDirectoryTest.rows(dir.resolve("all/benching.csv")));
    assertEquals(List.of("script", "MachineSteps/lam/100"),
        RunDirectoryTest.rows(dir.resolve("all/steps.csv")));
  }

  @Test
  void refusesWhatIsNotOneSweep() throws Exception {
    Path a = part("a", new Shard(1, 2), "complete", "A/1");
    Path a2 = part("a2", new Shard(1, 2), "complete", "X/1");
    Path dup = part("dup", new Shard(2, 2), "complete", "A/1");
    Path running = part("running", new Shard(2, 2), null, "B/1");
    Path three = part("three", new Shard(2, 3), "complete", "B/1");
    assertTrue(msg(List.of(a, a2)).contains("both shard 1/2"));
    assertTrue(msg(List.of(a, dup)).contains("point A/1 is in both"));
    assertTrue(msg(List.of(a, running)).contains("not complete"));
    assertTrue(msg(List.of(a, three)).contains("split the sweep the same way"));
    assertTrue(msg(List.of(a)).contains("2/2 missing"));
    RunMerger.Merged partial = RunMerger.merge(List.of(a), dir.resolve("partial"), true);
    assertEquals(List.of("2/2"), partial.missingShards());
  }

  private String msg(List<Path> parts) {
    return assertThrows(RunStoreException.class,
        () -> RunMerger.merge(parts, dir.resolve("out-" + System.nanoTime()), false)).getMessage();
  }
}
