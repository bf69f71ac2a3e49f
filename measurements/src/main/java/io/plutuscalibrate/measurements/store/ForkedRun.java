package io.plutuscalibrate.measurements.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.measurements.sampler.Summary;
import io.plutuscalibrate.models.json.JsonText;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.channels.FileLock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run directory of a sweep measured in forks (Note [Forks] in {@link ForkCombination}): the
 * forks are ordinary run directories {@code fork-1} .. {@code fork-N} inside it, and the run
 * itself holds what combining them gives: benching.csv, steps.csv and points.csv as Note [Run
 * directory] describes them, one row per point, and a manifest marking the run combined, with the
 * configuration (forks included, so that {@code sweep --resume} continues the unfinished forks),
 * every fork's status and the SHA-256 of its files. Until the forks are combined the manifest says
 * {@code running}; a resumed run is combined again from all its forks.
 */
public final class ForkedRun implements Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> FORK_FILES = List.of(RunDirectory.BENCHING,
      RunDirectory.SAMPLES, RunDirectory.POINTS, RunDirectory.STEPS, RunDirectory.MANIFEST);

  private final Path dir;
  private final RunConfig config;
  private final ObjectNode manifest;
  private final FileLock lock;

  private ForkedRun(Path dir, RunConfig config, ObjectNode manifest, FileLock lock) {
    this.dir = dir;
    this.config = config;
    this.manifest = manifest;
    this.lock = lock;
  }

  /** Starts a new forked run in {@code dir}, which must not hold a run yet. */
  public static ForkedRun create(Path dir, RunConfig config) throws IOException,
      RunStoreException {
    if (config.forks() < 2) throw new IllegalArgumentException("a forked run has 2 forks or more");
    if (Files.exists(dir.resolve(RunDirectory.MANIFEST))) {
      throw new RunStoreException(dir + " already holds a run; continue it with --resume "
          + dir + " or choose another --out");
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new RunStoreException(dir + " exists and is not a directory");
    }
    Files.createDirectories(dir);
    FileLock lock = RunDirectory.lock(dir);
    Instant now = Instant.now();
    ObjectNode m = JSON.createObjectNode();
    m.put("runId", RunDirectory.newRunId(now));
    m.put("status", "running");
    m.put("started", now.toString());
    m.putNull("ended");
    m.put("projectVersion", HostInfo.projectVersion());
    m.put("combined", "forks");
    m.set("configuration", config.toJson());
    ForkedRun r = new ForkedRun(dir, config, m, lock);
    DurableFiles.writeAtomically(dir.resolve(RunDirectory.MANIFEST), JsonText.write(m));
    return r;
  }

  /** Reopens the forked run in {@code dir} to continue it. */
  public static ForkedRun resume(Path dir) throws IOException, RunStoreException {
    ObjectNode m = RunDirectory.readManifest(dir);
    RunConfig c = RunDirectory.configOf(dir, m);
    if (c.forks() < 2) {
      throw new RunStoreException(dir + " is not a run measured in forks");
    }
    FileLock lock = RunDirectory.lock(dir);
    return new ForkedRun(dir, c, m, lock);
  }

  public Path path() {
    return dir;
  }

  public RunConfig config() {
    return config;
  }

  /** The run directory of fork {@code k} (1-based). */
  public Path forkDir(int k) {
    return forkDir(dir, k);
  }

  /** The run directory of fork {@code k} (1-based) of the forked run in {@code dir}. */
  public static Path forkDir(Path dir, int k) {
    return dir.resolve("fork-" + k);
  }

  /** Fork {@code k}'s status as its manifest says (complete, interrupted, ...), or "missing". */
  public String forkStatus(int k) throws IOException {
    Path mf = forkDir(k).resolve(RunDirectory.MANIFEST);
    if (!Files.exists(mf)) return "missing";
    try {
      return JSON.readTree(mf.toFile()).path("status").asText("unreadable");
    } catch (IOException e) {
      return "unreadable";
    }
  }

  /** Marks the run interrupted (its forks continue with --resume). */
  public void interrupted() throws IOException {
    manifest.put("status", "interrupted");
    manifest.put("ended", Instant.now().toString());
    DurableFiles.writeAtomically(dir.resolve(RunDirectory.MANIFEST), JsonText.write(manifest));
  }

  /** What combining the forks gave. */
  public record Outcome(int forksUsed, int points, int measured, int failed,
      List<String> partial, List<String> notMeasured) {}

  /**
   * Combines the forks that exist into the run's files (Note [Forks]) and writes the manifest;
   * the status is complete when every fork is.
   */
  public Outcome combine() throws IOException, RunStoreException {
    double confidence = config.sampler().confidence();
    int n = config.forks();
    Map<String, List<PointRecord>> byId = new LinkedHashMap<>();
    List<JsonNode> forkManifests = new ArrayList<>();
    List<Integer> present = new ArrayList<>();
    for (int k = 1; k <= n; k++) {
      Path f = forkDir(k);
      Path journal = f.resolve(RunDirectory.POINTS);
      if (!Files.exists(f.resolve(RunDirectory.MANIFEST)) || !Files.exists(journal)) {
        forkManifests.add(null);
        continue;
      }
      present.add(k);
      forkManifests.add(JSON.readTree(f.resolve(RunDirectory.MANIFEST).toFile()));
      for (PointRecord r : RunDirectory.readJournal(journal, confidence)) {
        byId.computeIfAbsent(r.id(), id -> new ArrayList<>()).add(r);
      }
    }
    if (present.isEmpty()) throw new RunStoreException(dir + ": no fork has been measured");
    List<PointRecord> all = new ArrayList<>();
    List<String> partial = new ArrayList<>();
    List<String> notMeasured = new ArrayList<>();
    int spread = 0;
    for (Map.Entry<String, List<PointRecord>> e : byId.entrySet()) {
      List<PointRecord> ok = e.getValue().stream()
          .filter(r -> r.status() == PointRecord.Status.OK).toList();
      if (ok.isEmpty()) {
        PointRecord first = e.getValue().get(0);
        all.add(PointRecord.notMeasured(first.id(), first.name(), first.group(), first.kind(),
            first.status(), e.getValue().stream().mapToDouble(PointRecord::seconds).sum(),
            e.getValue().stream().mapToInt(PointRecord::attempts).sum(),
            "not measured in any of " + e.getValue().size() + " forks: " + first.message()));
        notMeasured.add(e.getKey());
        continue;
      }
      if (ok.size() < n) partial.add(e.getKey() + " (" + ok.size() + " of " + n + ")");
      ForkCombination.Combined c =
          ForkCombination.combine(ok.stream().map(PointRecord::summary).toList());
      if (c.spreadDecides()) spread++;
      all.add(combinedRecord(ok, c.summary(), n));
    }

    Instant now = Instant.now();
    String title = "Plutus Core cost model benchmark results from plutus-calibrate "
        + HostInfo.projectVersion() + ", combined from " + present.size() + " of " + n
        + " forks (" + config.target() + " target, variant " + config.variant() + ", "
        + config.grid() + " grid, seed " + config.seed() + ")";
    StringBuilder bench = new StringBuilder("# ").append(title).append('\n');
    for (int k : present) {
      JsonNode fm = forkManifests.get(k - 1);
      bench.append("# Fork ").append(k).append(": run ").append(fm.path("runId").asText())
          .append(", started ").append(fm.path("started").asText()).append(", ")
          .append(fm.path("status").asText()).append('\n');
    }
    RunDirectory.writeRecords(dir, all, bench.toString(), title);

    boolean complete = present.size() == n && present.stream()
        .allMatch(k -> "complete".equals(forkManifests.get(k - 1).path("status").asText()));
    ObjectNode m = manifest;
    m.put("status", complete ? "complete" : "incomplete");
    m.put("ended", now.toString());
    m.put("combinedAt", now.toString());
    JsonNode firstFork = forkManifests.get(present.get(0) - 1);
    m.set("host", firstFork.path("host"));
    m.set("jvm", firstFork.path("jvm"));
    m.set("target", firstFork.path("target"));
    ObjectNode comb = m.putObject("combination");
    comb.put("rule", "per point: median of the forks' log estimates; 95% interval from the"
        + " spread between forks (Student t, forks - 1 df), never narrower than the forks' own"
        + " intervals give; see Note [Forks] in ForkCombination");
    comb.put("forks", n);
    comb.put("forksMeasured", present.size());
    comb.put("pointsWhoseWidthIsTheSpreadBetweenForks", spread);
    ArrayNode partialNode = comb.putArray("pointsInSomeForksOnly");
    partial.forEach(partialNode::add);
    ArrayNode notNode = comb.putArray("pointsInNoFork");
    notMeasured.forEach(notNode::add);
    ArrayNode forksNode = m.putArray("forks");
    for (int k = 1; k <= n; k++) {
      ObjectNode f = forksNode.addObject();
      f.put("fork", k);
      f.put("path", "fork-" + k);
      JsonNode fm = forkManifests.get(k - 1);
      if (fm == null) {
        f.put("status", "missing");
        continue;
      }
      f.put("runId", fm.path("runId").asText());
      f.put("status", fm.path("status").asText());
      f.put("started", fm.path("started").asText());
      f.set("ended", fm.path("ended"));
      f.set("points", fm.path("points"));
      f.set("loadAverage", lastSession(fm).path("loadAverage"));
      ObjectNode files = f.putObject("files");
      for (String name : FORK_FILES) {
        Path p = forkDir(k).resolve(name);
        if (Files.exists(p)) files.put(name, DurableFiles.sha256(p));
      }
    }
    double precision = config.sampler().precision();
    m.set("points", RunDirectory.pointCounts(all, precision));
    m.set("counts", RunDirectory.groupCounts(all, precision));
    ObjectNode files = m.putObject("files");
    for (String f : List.of(RunDirectory.BENCHING, RunDirectory.POINTS, RunDirectory.STEPS)) {
      files.put(f, DurableFiles.sha256(dir.resolve(f)));
    }
    DurableFiles.writeAtomically(dir.resolve(RunDirectory.MANIFEST), JsonText.write(m));
    int measured = (int) all.stream().filter(r -> r.status() == PointRecord.Status.OK).count();
    int failed = (int) all.stream().filter(r -> r.status() == PointRecord.Status.FAILED).count();
    return new Outcome(present.size(), all.size(), measured, failed, partial, notMeasured);
  }

  private static JsonNode lastSession(JsonNode fm) {
    JsonNode s = fm.path("sessions");
    return s.isArray() && s.size() > 0 ? s.get(s.size() - 1) : JSON.createObjectNode();
  }

  /**
   * A point's combined journal row: the combined summary; what does not depend on the session
   * (name, budget, step counts) from the first fork that measured it; time, attempts and
   * collections summed over the forks.
   */
  private static PointRecord combinedRecord(List<PointRecord> ok, Summary s, int forks) {
    PointRecord f = ok.get(0);
    boolean steady = ok.stream().allMatch(PointRecord::warmupSteady);
    String message = ok.size() < forks ? "measured in " + ok.size() + " of " + forks + " forks"
        : "";
    return new PointRecord(f.id(), f.name(), f.group(), f.kind(), PointRecord.Status.OK, s,
        f.repetitions(), ok.stream().mapToInt(PointRecord::gcDiscarded).sum(),
        ok.stream().mapToInt(PointRecord::gcKept).sum(), steady, "forks",
        ok.stream().mapToDouble(PointRecord::seconds).sum(),
        f.cpu(), f.mem(), ok.stream().mapToInt(PointRecord::attempts).sum(), message,
        f.builtinCpu(), f.steps(), Double.NaN);
  }

  @Override
  public void close() throws IOException {
    lock.release();
    lock.channel().close();
  }
}
