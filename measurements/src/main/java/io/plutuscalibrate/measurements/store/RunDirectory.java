package io.plutuscalibrate.measurements.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.measurements.sampler.ClockResolution;
import io.plutuscalibrate.measurements.sampler.Sample;
import io.plutuscalibrate.measurements.target.TargetInfo;
import io.plutuscalibrate.models.json.JsonText;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A sweep's run directory.
 *
 * <p>Note [Run directory]: a run directory holds
 * <ul>
 *   <li>{@code benching.csv}: one row per measured builtin or overhead point in criterion's format
 *   (the header line {@code benchmark,t,t.mean.lb,t.mean.ub,t.sd,t.sd.lb,t.sd.ub} after {@code #}
 *   comment lines, times in seconds per evaluation, names {@code Name/size/...}), what
 *   {@code calibrate fit --benchmarks} reads, like the official benching-conway.csv. Machine-step
 *   and script points are not criterion benchmarks (their names carry no sizes) and are in
 *   steps.csv only (runs written before this rule have them in both; the fitter skips them);</li>
 *   <li>{@code samples.csv}: every timed batch of every finished point ({@code id, phase, index,
 *   repetitions, nanoseconds, cpu_nanoseconds, gc, used}; CPU time -1 when unknown), warm-up
 *   and discarded batches included;</li>
 *   <li>{@code points.csv}: the journal, one row per finished point (measured, failed or
 *   unsupported) with its summary, how it was sampled and the budget its evaluation spent;</li>
 *   <li>{@code steps.csv}: the measured machine-step and script points with their step counts
 *   and builtin charge: what {@code calibrate fit} reads to fit the machine step costs;</li>
 *   <li>{@code manifest.json}: run id, times, host, JVM and flags, project and target versions,
 *   the configuration (with the seed), the sessions that worked on the run, counts per group and,
 *   once the run ends, the SHA-256 of every other file.</li>
 * </ul>
 * A point is written as it finishes, in the order samples, benching row, journal row, each
 * appended and synced to the disk; the journal row is what makes the point done. A sweep killed
 * at any moment therefore loses at most the point in flight: on resume the journal is read (a
 * torn last line dropped), benching.csv is rebuilt from it and samples.csv is cut to the points
 * it lists, and the sweep measures the points it does not list, each exactly once. The manifest
 * is only ever replaced whole (written beside, synced, renamed). A sweep holds a lock on the
 * file {@code .lock} while it writes, so that no two sweeps write one run.
 *
 * <p>A point measured again in the same run (Note [Interference] in Sweep: it was measured while
 * the machine was disturbed) is {@link #replace replaced}: its new samples and a new journal row
 * are appended in the same order, and the later journal row is the point's record. When the
 * session ends (and on resume) the journal, benching.csv, steps.csv and samples.csv are rewritten
 * with one record, one row and one block of samples per point: of a point with k journal rows
 * the k-th block of samples is kept, so that samples written by a replacement whose journal row
 * was never written (a kill in between) are dropped with it.
 */
public final class RunDirectory implements Closeable {
  public static final String BENCHING = "benching.csv";
  public static final String SAMPLES = "samples.csv";
  public static final String POINTS = "points.csv";
  public static final String STEPS = "steps.csv";
  public static final String MANIFEST = "manifest.json";
  /** Held (locked) by the sweep writing the run. */
  public static final String LOCK = ".lock";

  static final String BENCHING_HEADER = "benchmark,t,t.mean.lb,t.mean.ub,t.sd,t.sd.lb,t.sd.ub";
  static final String STEPS_HEADER = "script,t,t.mean.lb,t.mean.ub,builtin_cpu,"
      + String.join(",", PointRecord.STEP_COLUMNS);
  static final String SAMPLES_HEADER =
      "id,phase,index,repetitions,nanoseconds,cpu_nanoseconds,gc,used";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter CRITERION_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private final Path dir;
  private final RunConfig config;
  private final ObjectNode manifest;
  private final ObjectNode session;
  private final List<PointRecord> records;
  private final Set<String> done;
  /** Journal rows per point (more than one once replaced): which block of samples is current. */
  private final Map<String, Integer> journalRows = new LinkedHashMap<>();
  private boolean replaced;
  private final FileChannel benching;
  private final FileChannel samples;
  private final FileChannel points;
  private final FileChannel steps;
  private final FileLock lock;

  private RunDirectory(Path dir, RunConfig config, ObjectNode manifest, ObjectNode session,
      List<PointRecord> records, FileLock lock) throws IOException {
    this.dir = dir;
    this.lock = lock;
    this.config = config;
    this.manifest = manifest;
    this.session = session;
    this.records = new ArrayList<>(records);
    this.done = new LinkedHashSet<>();
    records.forEach(r -> done.add(r.id()));
    // a new run has none; a resumed one was just rewritten with one row per point
    records.forEach(r -> journalRows.put(r.id(), 1));
    this.benching = DurableFiles.openAppend(dir.resolve(BENCHING));
    this.samples = DurableFiles.openAppend(dir.resolve(SAMPLES));
    this.points = DurableFiles.openAppend(dir.resolve(POINTS));
    this.steps = DurableFiles.openAppend(dir.resolve(STEPS));
  }

  /**
   * Starts a new run in {@code dir} (created if missing; it must not hold a run already) and
   * writes its manifest.
   */
  public static RunDirectory create(Path dir, RunConfig config, TargetInfo target,
      ClockResolution clock, String title) throws IOException, RunStoreException {
    if (Files.exists(dir.resolve(MANIFEST))) {
      throw new RunStoreException(dir + " already holds a run; continue it with --resume "
          + dir + " or choose another --out");
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new RunStoreException(dir + " exists and is not a directory");
    }
    Files.createDirectories(dir);
    FileLock lock = lock(dir);
    Instant now = Instant.now();
    ObjectNode m = JSON.createObjectNode();
    m.put("runId", newRunId(now));
    m.put("status", "running");
    m.put("started", now.toString());
    m.putNull("ended");
    m.put("projectVersion", HostInfo.projectVersion());
    m.set("configuration", config.toJson());
    m.putArray("sessions");
    ObjectNode session = newSession(now, target, clock);
    Files.writeString(dir.resolve(BENCHING), "# " + title + "\n# Started at "
        + CRITERION_TIME.format(now) + "\n" + BENCHING_HEADER + "\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(SAMPLES), SAMPLES_HEADER + "\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(POINTS), Csv.row(PointRecord.HEADER) + "\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(STEPS), stepsHeader(title), StandardCharsets.UTF_8);
    RunDirectory r = new RunDirectory(dir, config, m, session, List.of(), lock);
    r.writeManifest();
    return r;
  }

  /** The configuration in the manifest {@code m} of the run in {@code dir}, or why it is bad. */
  static RunConfig configOf(Path dir, JsonNode m) throws RunStoreException {
    try {
      return RunConfig.fromJson(m.get("configuration"));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new RunStoreException(dir.resolve(MANIFEST) + ": " + e.getMessage());
    }
  }

  /** The configuration stored in the run at {@code dir}. */
  public static RunConfig readConfig(Path dir) throws IOException, RunStoreException {
    return RunConfig.fromJson(readManifest(dir).get("configuration"));
  }

  /**
   * Reopens the run in {@code dir} to continue it; see Note [Run directory] for the repair this
   * does. The caller checks that its configuration is {@link #config}.
   */
  public static RunDirectory resume(Path dir, TargetInfo target, ClockResolution clock)
      throws IOException, RunStoreException {
    ObjectNode m = readManifest(dir);
    RunConfig config = configOf(dir, m);
    for (String f : List.of(BENCHING, SAMPLES, POINTS)) {
      if (!Files.exists(dir.resolve(f))) {
        throw new RunStoreException(
            dir + " lacks " + f + ": not a run directory this program wrote");
      }
    }
    FileLock lock = lock(dir);
    Map<String, Integer> rows = new LinkedHashMap<>();
    List<PointRecord> records =
        readJournal(dir.resolve(POINTS), config.sampler().confidence(), rows);
    Instant now = Instant.now();
    rewrite(dir, records, rows, "# Resumed at " + CRITERION_TIME.format(now),
        "resumed at " + CRITERION_TIME.format(now));
    m.put("status", "running");
    m.putNull("ended");
    for (JsonNode old : m.withArray("sessions")) {
      // a session that never finished was killed
      if ("running".equals(old.path("status").asText())) ((ObjectNode) old).put("status", "killed");
    }
    ObjectNode session = newSession(now, target, clock);
    session.put("resumedWithPointsDone", records.size());
    RunDirectory r = new RunDirectory(dir, config, m, session, records, lock);
    r.writeManifest();
    return r;
  }

  /**
   * Rewrites the journal, benching.csv, steps.csv and samples.csv from {@code records} (one per
   * point), keeping of each point the block of samples its journal row counts in {@code rows}
   * name; see Note [Run directory]. {@code benchingNote} is a comment line added to benching.csv
   * (or null), {@code stepsTitle} steps.csv's title.
   */
  private static void rewrite(Path dir, List<PointRecord> records, Map<String, Integer> rows,
      String benchingNote, String stepsTitle) throws IOException {
    StringBuilder comments = new StringBuilder();
    for (String line : Files.readAllLines(dir.resolve(BENCHING), StandardCharsets.UTF_8)) {
      if (line.startsWith("#")) comments.append(line).append('\n');
      else break;
    }
    if (benchingNote != null) comments.append(benchingNote).append('\n');
    writeRecords(dir, records, comments.toString(), stepsTitle);
    cutSamples(dir.resolve(SAMPLES), rows);
  }

  /**
   * Writes the journal, benching.csv (after the {@code #} lines {@code benchingComments}) and
   * steps.csv (titled {@code stepsTitle}) of {@code records}, one per point, each file replaced
   * whole: what a resumed, combined or merged run holds besides its samples and manifest.
   */
  static void writeRecords(Path dir, List<PointRecord> records, String benchingComments,
      String stepsTitle) throws IOException {
    StringBuilder journal = new StringBuilder(Csv.row(PointRecord.HEADER)).append('\n');
    records.forEach(r -> journal.append(r.toCsv()).append('\n'));
    DurableFiles.writeAtomically(dir.resolve(POINTS), journal.toString());
    StringBuilder bench = new StringBuilder(benchingComments).append(BENCHING_HEADER).append('\n');
    records.stream().filter(r -> r.status() == PointRecord.Status.OK && r.inBenching())
        .forEach(r -> bench.append(r.benchingRow()).append('\n'));
    DurableFiles.writeAtomically(dir.resolve(BENCHING), bench.toString());
    StringBuilder st = new StringBuilder(stepsHeader(stepsTitle));
    for (PointRecord r : records) {
      String row = r.stepsRow();
      if (row != null) st.append(row).append('\n');
    }
    DurableFiles.writeAtomically(dir.resolve(STEPS), st.toString());
  }

  static String stepsHeader(String title) {
    return "# Script-call measurements (calibrate fit --steps): machine-step and script points, "
        + title + "\n" + STEPS_HEADER + "\n";
  }

  /** Locks the run so that two sweeps never write it at once; released by {@link #close}. */
  static FileLock lock(Path dir) throws IOException, RunStoreException {
    FileChannel ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
    FileLock l;
    try {
      l = ch.tryLock();
    } catch (OverlappingFileLockException e) {
      l = null;
    }
    if (l == null) {
      ch.close();
      throw new RunStoreException(dir + " is being written by another sweep; wait for it to end"
          + " (or stop it) first");
    }
    return l;
  }

  /** The manifest of the run in {@code dir}, checked to be one (a runId and a configuration). */
  static ObjectNode readManifest(Path dir) throws IOException, RunStoreException {
    Path file = dir.resolve(MANIFEST);
    if (!Files.exists(file)) {
      throw new RunStoreException(dir + " holds no run (no " + MANIFEST + ")");
    }
    JsonNode m;
    try {
      m = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new RunStoreException(
          file + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (m == null || !m.isObject() || !m.has("configuration") || !m.has("runId")) {
      throw new RunStoreException(file + " is not a run manifest (no runId or configuration)");
    }
    return (ObjectNode) m;
  }

  /**
   * The finished points of a journal, in the order they first finished, each with its latest row
   * (Note [Run directory]); a torn last line (or any unreadable line) is left out.
   */
  static List<PointRecord> readJournal(Path file, double confidence) throws IOException {
    return readJournal(file, confidence, new LinkedHashMap<>());
  }

  /** As {@link #readJournal(Path, double)}, counting each point's rows into {@code rows}. */
  static List<PointRecord> readJournal(Path file, double confidence, Map<String, Integer> rows)
      throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Map<String, PointRecord> latest = new LinkedHashMap<>();
    int end = text.lastIndexOf('\n');
    if (end < 0) return new ArrayList<>();
    String[] lines = text.substring(0, end).split("\n", -1);
    for (int i = 1; i < lines.length; i++) {
      PointRecord r = PointRecord.fromCsv(lines[i], confidence);
      if (r == null) continue;
      latest.put(r.id(), r);
      rows.merge(r.id(), 1, Integer::sum);
    }
    return new ArrayList<>(latest.values());
  }

  /**
   * Keeps in samples.csv, of each point in {@code rows}, the block of consecutive lines (one
   * point's samples) whose number is the point's count of journal rows; drops the rest.
   */
  private static void cutSamples(Path file, Map<String, Integer> rows) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      out.write(SAMPLES_HEADER);
      out.write('\n');
      Map<String, Integer> blocks = new LinkedHashMap<>();
      String previous = null;
      String previousPhase = null;
      String line = in.readLine(); // header
      while ((line = in.readLine()) != null) {
        List<String> f = Csv.split(line);
        if (f == null || f.size() != 8) continue;
        String id = f.get(0);
        String phase = f.get(1);
        // a measurement's samples start at warm-up batch 0 (a measured batch 0 right after
        // measured batches also starts one), so that two measurements of one point written
        // one after the other are told apart
        boolean first = f.get(2).equals("0")
            && (phase.equals("warmup") || phase.equals(previousPhase));
        if (!id.equals(previous) || first) blocks.merge(id, 1, Integer::sum);
        previous = id;
        previousPhase = phase;
        Integer want = rows.get(id);
        if (want != null && blocks.get(id).intValue() == want) {
          out.write(line);
          out.write('\n');
        }
      }
    }
    String text = Files.readString(tmp, StandardCharsets.UTF_8);
    DurableFiles.writeAtomically(file, text);
    Files.deleteIfExists(tmp);
  }

  static String newRunId(Instant now) {
    return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC)
        .format(now) + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static ObjectNode newSession(Instant now, TargetInfo target, ClockResolution clock) {
    ObjectNode s = JSON.createObjectNode();
    s.put("started", now.toString());
    s.putNull("ended");
    s.put("status", "running");
    s.set("host", HostInfo.host());
    s.set("jvm", HostInfo.jvm());
    s.set("target", targetJson(target));
    ObjectNode c = s.putObject("clock");
    c.put("granularityNanos", clock.granularityNanos());
    c.put("latencyNanos", clock.latencyNanos());
    c.put("cpuGranularityNanos", clock.cpuGranularityNanos());
    ObjectNode load = s.putObject("loadAverage");
    load.put("start", HostInfo.loadAverage());
    return s;
  }

  static ObjectNode targetJson(TargetInfo t) {
    ObjectNode o = JSON.createObjectNode();
    o.put("kind", t.kind());
    o.put("evaluator", t.evaluator());
    o.put("version", t.version());
    o.put("semantics", t.semantics());
    ArrayNode cmd = o.putArray("command");
    t.command().forEach(cmd::add);
    ArrayNode caps = o.putArray("capabilities");
    t.capabilities().forEach(caps::add);
    o.put("timing", t.timing());
    o.put("protocolOverheadNanos", t.protocolOverheadNanos());
    return o;
  }

  public Path path() {
    return dir;
  }

  public RunConfig config() {
    return config;
  }

  public String runId() {
    return manifest.get("runId").asText();
  }

  /** The finished points, in the order they finished. */
  public List<PointRecord> records() {
    return Collections.unmodifiableList(records);
  }

  /** Whether the point with this id is finished. */
  public boolean isDone(String id) {
    return done.contains(id);
  }

  /** Records a finished point; see Note [Run directory] for the order of the writes. */
  public synchronized void append(PointRecord record, List<Sample> pointSamples)
      throws IOException {
    if (done.contains(record.id())) {
      throw new IllegalStateException(record.id() + " is already recorded");
    }
    DurableFiles.appendDurably(samples, samplesText(record, pointSamples));
    if (record.status() == PointRecord.Status.OK && record.inBenching()) {
      DurableFiles.appendDurably(benching, record.benchingRow() + "\n");
    }
    String stepsRow = record.stepsRow();
    if (stepsRow != null) DurableFiles.appendDurably(steps, stepsRow + "\n");
    DurableFiles.appendDurably(points, record.toCsv() + "\n");
    records.add(record);
    done.add(record.id());
    journalRows.put(record.id(), 1);
  }

  /**
   * Records a new measurement of a finished point in place of its earlier one; see Note [Run
   * directory]. benching.csv and steps.csv get the new figures when the session ends.
   */
  public synchronized void replace(PointRecord record, List<Sample> pointSamples)
      throws IOException {
    int at = -1;
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).id().equals(record.id())) at = i;
    }
    if (at < 0) throw new IllegalStateException(record.id() + " is not recorded yet");
    DurableFiles.appendDurably(samples, samplesText(record, pointSamples));
    DurableFiles.appendDurably(points, record.toCsv() + "\n");
    records.set(at, record);
    journalRows.merge(record.id(), 1, Integer::sum);
    replaced = true;
  }

  /** Sets {@code key} in this session's entry of the manifest (written when it is next written). */
  public synchronized void sessionInfo(String key, JsonNode value) {
    session.set(key, value);
  }

  private static String samplesText(PointRecord record, List<Sample> pointSamples) {
    StringBuilder s = new StringBuilder();
    String id = Csv.field(record.id());
    for (Sample x : pointSamples) {
      s.append(id).append(',').append(x.phase().name().toLowerCase(Locale.ROOT)).append(',')
          .append(x.index()).append(',').append(x.repetitions()).append(',').append(x.nanos())
          .append(',').append(x.cpuNanos()).append(',').append(x.gc()).append(',')
          .append(x.used()).append('\n');
    }
    return s.toString();
  }

  /**
   * Ends this session: {@code status} is {@code complete} or {@code interrupted}. Rewrites the
   * manifest with the end time, the counts and the files' hashes, after the derived files when
   * a point was replaced.
   */
  public synchronized void finish(String status) throws IOException {
    if (replaced) {
      rewrite(dir, records, journalRows, null, "remeasured points replaced at "
          + CRITERION_TIME.format(Instant.now()));
      journalRows.replaceAll((id, n) -> 1);
      replaced = false;
    }
    Instant now = Instant.now();
    session.put("ended", now.toString());
    session.put("status", status);
    ((ObjectNode) session.get("loadAverage")).put("end", HostInfo.loadAverage());
    manifest.put("status", status);
    manifest.put("ended", now.toString());
    writeManifest();
  }

  @Override
  public void close() throws IOException {
    benching.close();
    samples.close();
    points.close();
    steps.close();
    lock.release();
    lock.channel().close();
  }

  private void writeManifest() throws IOException {
    ObjectNode m = manifest.deepCopy();
    ArrayNode sessions = (ArrayNode) m.get("sessions");
    sessions.add(session);
    // The newest session's host, JVM and target at the top, where a reader looks first.
    m.set("host", session.get("host"));
    m.set("jvm", session.get("jvm"));
    m.set("target", session.get("target"));
    m.set("points", pointCounts(records, config.sampler().precision()));
    m.set("counts", groupCounts(records, config.sampler().precision()));
    ObjectNode files = m.putObject("files");
    for (String f : List.of(BENCHING, SAMPLES, POINTS, STEPS)) {
      files.put(f, DurableFiles.sha256(dir.resolve(f)));
    }
    DurableFiles.writeAtomically(dir.resolve(MANIFEST), JsonText.write(m));
    if (!"running".equals(session.get("status").asText())) {
      // a finished session is part of the record from now on
      ((ArrayNode) manifest.get("sessions")).add(session.deepCopy());
    }
  }

  static ObjectNode pointCounts(List<PointRecord> records, double precision) {
    ObjectNode p = JSON.createObjectNode();
    int ok = 0, failed = 0, unsupported = 0, reached = 0;
    for (PointRecord r : records) {
      switch (r.status()) {
        case OK -> ok++;
        case FAILED -> failed++;
        case UNSUPPORTED -> unsupported++;
      }
      if (r.reached(precision)) reached++;
    }
    p.put("finished", records.size());
    p.put("measured", ok);
    p.put("failed", failed);
    p.put("unsupported", unsupported);
    p.put("reachedPrecision", reached);
    p.put("shortOfPrecision", ok - reached);
    return p;
  }

  /** Per group (builtin, UnitTerm, MachineSteps, ...): measured, failed, unsupported, short. */
  static ObjectNode groupCounts(List<PointRecord> records, double precision) {
    Map<String, int[]> byGroup = new LinkedHashMap<>();
    for (PointRecord r : records) {
      int[] c = byGroup.computeIfAbsent(r.group(), g -> new int[4]);
      switch (r.status()) {
        case OK -> c[0]++;
        case FAILED -> c[1]++;
        case UNSUPPORTED -> c[2]++;
      }
      if (r.status() == PointRecord.Status.OK && !r.reached(precision)) c[3]++;
    }
    ObjectNode o = JSON.createObjectNode();
    byGroup.forEach((g, c) -> {
      ObjectNode n = o.putObject(g);
      n.put("measured", c[0]);
      n.put("failed", c[1]);
      n.put("unsupported", c[2]);
      n.put("shortOfPrecision", c[3]);
    });
    return o;
  }
}
