package io.plutuscalibrate.measurements.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.models.json.JsonText;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Joins the run directories of a sharded sweep ({@code --shard K/N}, one per machine or session)
 * into one run directory: benching.csv, samples.csv, points.csv and steps.csv concatenated in
 * shard order,
 * and a manifest that lists every part with its provenance (run id, host, JVM, target, times,
 * the SHA-256 of its manifest). The parts must share their configuration but for the shard, be
 * distinct shards of the same count, hold no point twice, and (unless allowed) be complete and
 * cover every shard.
 */
public final class RunMerger {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RunMerger() {}

  /** What a merge produced. */
  public record Merged(Path dir, int parts, int points, List<String> missingShards) {}

  public static Merged merge(List<Path> parts, Path out, boolean allowIncomplete)
      throws IOException, RunStoreException {
    if (parts.isEmpty()) throw new RunStoreException("nothing to merge: give the part runs");
    if (Files.exists(out.resolve(RunDirectory.MANIFEST))) {
      throw new RunStoreException(out + " already holds a run; choose another --out");
    }
    List<Part> ps = new ArrayList<>();
    for (Path p : parts) ps.add(Part.read(p));
    Part first = ps.get(0);
    int count = first.config.shard().count();
    Map<Integer, Part> byShard = new HashMap<>();
    for (Part p : ps) {
      List<String> diff = first.config.differences(p.config, "shard");
      if (!diff.isEmpty()) {
        throw new RunStoreException(p.dir + " is not a part of the same sweep as " + first.dir
            + ": its configuration differs in " + String.join(", ", diff));
      }
      if (p.config.shard().count() != count) {
        throw new RunStoreException(p.dir + " is shard " + p.config.shard() + " but " + first.dir
            + " is shard " + first.config.shard() + ": parts must split the sweep the same way");
      }
      Part other = byShard.put(p.config.shard().index(), p);
      if (other != null) {
        throw new RunStoreException(other.dir + " and " + p.dir + " are both shard "
            + p.config.shard());
      }
      String status = p.manifest.path("status").asText();
      if (!allowIncomplete && !"complete".equals(status)) {
        throw new RunStoreException(p.dir + " is not complete (status " + status
            + "): finish it with sweep --resume " + p.dir + ", or pass --allow-incomplete");
      }
    }
    List<String> missing = new ArrayList<>();
    for (int k = 1; k <= count; k++) if (!byShard.containsKey(k)) missing.add(k + "/" + count);
    if (!allowIncomplete && !missing.isEmpty()) {
      throw new RunStoreException("shard" + (missing.size() > 1 ? "s " : " ")
          + String.join(", ", missing) + " missing; give every part, or pass --allow-incomplete");
    }
    ps.sort(Comparator.comparingInt(p -> p.config.shard().index()));
    List<PointRecord> all = new ArrayList<>();
    Map<String, Path> owner = new HashMap<>();
    for (Part p : ps) {
      for (PointRecord r : p.records) {
        Path prev = owner.put(r.id(), p.dir);
        if (prev != null) {
          throw new RunStoreException("point " + r.id() + " is in both " + prev + " and " + p.dir);
        }
        all.add(r);
      }
    }

    Files.createDirectories(out);
    Instant now = Instant.now();
    StringBuilder bench = new StringBuilder("# Plutus Core cost model benchmark results from"
        + " plutus-calibrate, merged from " + ps.size() + " parts\n");
    for (Part p : ps) {
      bench.append("# Part ").append(p.config.shard()).append(": run ")
          .append(p.manifest.path("runId").asText()).append(" on ")
          .append(p.manifest.path("host").path("cpuModel").asText()).append(", started ")
          .append(p.manifest.path("started").asText()).append('\n');
    }
    RunDirectory.writeRecords(out, all, bench.toString(), "merged from " + ps.size() + " parts");
    try (BufferedWriter w = Files.newBufferedWriter(out.resolve(RunDirectory.SAMPLES),
        StandardCharsets.UTF_8)) {
      w.write(RunDirectory.SAMPLES_HEADER);
      w.write('\n');
      for (Part p : ps) {
        // a part measured in forks keeps its samples in its forks (see ForkedRun)
        if (!Files.exists(p.dir.resolve(RunDirectory.SAMPLES))) continue;
        try (BufferedReader r = Files.newBufferedReader(p.dir.resolve(RunDirectory.SAMPLES),
            StandardCharsets.UTF_8)) {
          String line = r.readLine();
          while ((line = r.readLine()) != null) {
            w.write(line);
            w.write('\n');
          }
        }
      }
    }

    ObjectNode m = JSON.createObjectNode();
    m.put("runId", "merged-" + now.toString().replace(":", ""));
    m.put("status", missing.isEmpty() && ps.stream().allMatch(p -> "complete".equals(
        p.manifest.path("status").asText())) ? "complete" : "incomplete");
    m.put("started", ps.stream().map(p -> p.manifest.path("started").asText())
        .min(String::compareTo).orElse(""));
    m.put("ended", ps.stream().map(p -> p.manifest.path("ended").asText(""))
        .max(String::compareTo).orElse(""));
    m.put("merged", now.toString());
    TreeSet<String> versions = new TreeSet<>();
    ps.forEach(p -> versions.add(p.manifest.path("projectVersion").asText()));
    m.put("projectVersion", String.join(", ", versions));
    m.set("configuration", first.config.withShard(Shard.WHOLE).toJson());
    ArrayNode missingNode = m.putArray("missingShards");
    missing.forEach(missingNode::add);
    ArrayNode partsNode = m.putArray("parts");
    for (Part p : ps) {
      ObjectNode n = partsNode.addObject();
      n.put("path", p.dir.toAbsolutePath().normalize().toString());
      n.put("runId", p.manifest.path("runId").asText());
      n.put("shard", p.config.shard().toString());
      n.put("status", p.manifest.path("status").asText());
      n.put("started", p.manifest.path("started").asText());
      n.set("ended", p.manifest.path("ended"));
      n.set("host", p.manifest.path("host"));
      n.set("jvm", p.manifest.path("jvm"));
      n.set("target", p.manifest.path("target"));
      n.set("points", p.manifest.path("points"));
      n.put("manifestSha256", DurableFiles.sha256(p.dir.resolve(RunDirectory.MANIFEST)));
    }
    double precision = first.config.sampler().precision();
    m.set("points", RunDirectory.pointCounts(all, precision));
    m.set("counts", RunDirectory.groupCounts(all, precision));
    ObjectNode files = m.putObject("files");
    for (String f : List.of(RunDirectory.BENCHING, RunDirectory.SAMPLES, RunDirectory.POINTS,
        RunDirectory.STEPS)) {
      files.put(f, DurableFiles.sha256(out.resolve(f)));
    }
    DurableFiles.writeAtomically(out.resolve(RunDirectory.MANIFEST), JsonText.write(m));
    return new Merged(out, ps.size(), all.size(), missing);
  }

  private record Part(Path dir, JsonNode manifest, RunConfig config, List<PointRecord> records) {
    static Part read(Path dir) throws IOException, RunStoreException {
      JsonNode m = RunDirectory.readManifest(dir);
      RunConfig c = RunDirectory.configOf(dir, m);
      Path journal = dir.resolve(RunDirectory.POINTS);
      if (!Files.exists(journal)) throw new RunStoreException(dir + " lacks points.csv");
      return new Part(dir, m, c, RunDirectory.readJournal(journal, c.sampler().confidence()));
    }
  }
}
