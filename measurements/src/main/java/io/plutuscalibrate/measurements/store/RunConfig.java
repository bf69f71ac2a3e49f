package io.plutuscalibrate.measurements.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.measurements.sampler.SamplerSettings;
import io.plutuscalibrate.measurements.sampler.TimeBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Everything that decides which points a sweep measures and how: what a resumed run must share
 * with the run it continues, and what the parts of a sharded sweep must share (all but the
 * shard). Stored as the manifest's {@code configuration}.
 *
 * @param grid the workload grid ({@code quick} or {@code default})
 * @param seed the seed the workloads are generated from
 * @param builtins the builtins measured (empty: all), as given
 * @param variant the semantics variant (A..E)
 * @param sampler the sampler's settings
 * @param timeBudget the time the whole sweep (this shard) should take
 * @param maxPointTime the most time one point may be given
 * @param target {@code embedded} or {@code process}
 * @param command the evaluator command of a process target (empty otherwise)
 * @param timing the process target's timing mode (empty for the embedded one)
 * @param shard the part of the sweep this run measures
 * @param retries how many times a point is retried after the target broke on it
 * @param jvmWarmup how long a session warms the target up on a mix of points before the first
 *     point (Note [Session warm-up] in Sweep)
 * @param jvmFlags the flags of the JVM the sweep measures in (a fresh one, started for the
 *     purpose), or null when it measures in the JVM that was started to run it
 * @param forks how many sessions measure the whole point list, one after the other, to be
 *     combined (Note [Forks] in ForkCombination); 1 for an ordinary run, which is also what each
 *     fork's own run directory stores
 */
public record RunConfig(String grid, long seed, List<String> builtins, String variant,
    SamplerSettings sampler, Duration timeBudget, Duration maxPointTime, String target,
    String command, String timing, Shard shard, int retries, Duration jvmWarmup,
    String jvmFlags, int forks) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public RunConfig {
    Objects.requireNonNull(grid);
    builtins = List.copyOf(builtins);
    Objects.requireNonNull(variant);
    Objects.requireNonNull(sampler);
    Objects.requireNonNull(timeBudget);
    Objects.requireNonNull(maxPointTime);
    Objects.requireNonNull(target);
    command = command == null ? "" : command;
    timing = timing == null ? "" : timing;
    Objects.requireNonNull(shard);
    if (retries < 0) throw new IllegalArgumentException("retries < 0");
    Objects.requireNonNull(jvmWarmup);
    if (forks < 1) throw new IllegalArgumentException("forks < 1");
  }

  /** An ordinary run, measured in one session. */
  public RunConfig(String grid, long seed, List<String> builtins, String variant,
      SamplerSettings sampler, Duration timeBudget, Duration maxPointTime, String target,
      String command, String timing, Shard shard, int retries, Duration jvmWarmup,
      String jvmFlags) {
    this(grid, seed, builtins, variant, sampler, timeBudget, maxPointTime, target, command,
        timing, shard, retries, jvmWarmup, jvmFlags, 1);
  }

  /**
   * The configuration of one fork of this run: an ordinary run (forks 1) with its share of the
   * time budget; everything else, the seed included, as this one's.
   */
  public RunConfig forFork() {
    return new RunConfig(grid, seed, builtins, variant, sampler, timeBudget.dividedBy(forks),
        maxPointTime, target, command, timing, shard, retries, jvmWarmup, jvmFlags, 1);
  }

  public RunConfig withShard(Shard s) {
    return new RunConfig(grid, seed, builtins, variant, sampler, timeBudget, maxPointTime, target,
        command, timing, s, retries, jvmWarmup, jvmFlags, forks);
  }

  /** The configuration as the manifest stores it. */
  public ObjectNode toJson() {
    ObjectNode o = JSON.createObjectNode();
    o.put("grid", grid);
    o.put("seed", seed);
    var b = o.putArray("builtins");
    builtins.forEach(b::add);
    o.put("variant", variant);
    o.put("precision", sampler.precision());
    o.put("timeBudgetSeconds", timeBudget.toMillis() / 1000.0);
    o.put("maxPointSeconds", maxPointTime.toMillis() / 1000.0);
    o.put("target", target);
    o.put("command", command);
    o.put("timing", timing);
    o.put("shard", shard.toString());
    o.put("retries", retries);
    o.put("sessionWarmupSeconds", jvmWarmup.toMillis() / 1000.0);
    if (jvmFlags == null) o.putNull("jvmFlags"); else o.put("jvmFlags", jvmFlags);
    // absent for an ordinary run, whose manifest is as it was before forks existed
    if (forks > 1) o.put("forks", forks);
    ObjectNode s = o.putObject("sampler");
    s.put("targetBatchMillis", sampler.targetBatch().toNanos() / 1e6);
    s.put("minSamples", sampler.minSamples());
    s.put("maxSamples", sampler.maxSamples());
    s.put("warmupWindow", sampler.warmupWindow());
    s.put("warmupTolerance", sampler.warmupTolerance());
    s.put("minWarmupMillis", sampler.minWarmup().toNanos() / 1e6);
    s.put("maxWarmupMillis", sampler.maxWarmup().toNanos() / 1e6);
    s.put("warmupShare", sampler.warmupShare());
    s.put("maxGcRetries", sampler.maxGcRetries());
    s.put("gcBeforePoint", sampler.gcBeforePoint());
    s.put("confidence", sampler.confidence());
    s.put("clock", sampler.clock().name().toLowerCase(java.util.Locale.ROOT));
    return o;
  }

  /** Reads {@link #toJson}'s layout; throws IllegalArgumentException naming a bad field. */
  public static RunConfig fromJson(JsonNode o) {
    JsonNode s = field(o, "sampler");
    SamplerSettings sampler = new SamplerSettings(
        field(o, "precision").asDouble(),
        Duration.ofNanos(Math.round(field(s, "targetBatchMillis").asDouble() * 1e6)),
        field(s, "minSamples").asInt(),
        field(s, "maxSamples").asInt(),
        field(s, "warmupWindow").asInt(),
        field(s, "warmupTolerance").asDouble(),
        Duration.ofNanos(Math.round(field(s, "minWarmupMillis").asDouble() * 1e6)),
        Duration.ofNanos(Math.round(field(s, "maxWarmupMillis").asDouble() * 1e6)),
        field(s, "warmupShare").asDouble(),
        field(s, "maxGcRetries").asInt(),
        field(s, "gcBeforePoint").asBoolean(),
        field(s, "confidence").asDouble(),
        TimeBase.valueOf(field(s, "clock").asText().toUpperCase(java.util.Locale.ROOT)));
    List<String> builtins = new ArrayList<>();
    for (JsonNode b : field(o, "builtins")) builtins.add(b.asText());
    return new RunConfig(field(o, "grid").asText(), field(o, "seed").asLong(), builtins,
        field(o, "variant").asText(), sampler,
        Duration.ofMillis(Math.round(field(o, "timeBudgetSeconds").asDouble() * 1000)),
        Duration.ofMillis(Math.round(field(o, "maxPointSeconds").asDouble() * 1000)),
        field(o, "target").asText(), field(o, "command").asText(), field(o, "timing").asText(),
        Shard.parse(field(o, "shard").asText()), field(o, "retries").asInt(),
        Duration.ofMillis(Math.round(field(o, "sessionWarmupSeconds").asDouble() * 1000)),
        o.path("jvmFlags").isTextual() ? o.get("jvmFlags").asText() : null,
        o.path("forks").asInt(1));
  }

  private static JsonNode field(JsonNode o, String name) {
    JsonNode v = o == null ? null : o.get(name);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("configuration field '" + name + "' is missing");
    }
    return v;
  }

  /**
   * The fields (dotted paths) in which the two configurations differ, ignoring those named in
   * {@code ignore}; empty when they agree.
   */
  public List<String> differences(RunConfig other, String... ignore) {
    List<String> out = new ArrayList<>();
    diff("", toJson(), other.toJson(), out, List.of(ignore));
    return out;
  }

  private static void diff(String prefix, JsonNode a, JsonNode b, List<String> out,
      List<String> ignore) {
    for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      String path = prefix + k;
      if (ignore.contains(path)) continue;
      JsonNode x = a.get(k);
      JsonNode y = b.get(k);
      if (x.isObject() && y != null && y.isObject()) {
        diff(path + ".", x, y, out, ignore);
      } else if (!x.equals(y)) {
        out.add(path + " (" + x + " vs " + y + ")");
      }
    }
    // a field only the other has (an optional one such as forks) differs too
    for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!a.has(k) && !ignore.contains(prefix + k)) {
        out.add(prefix + k + " (absent vs " + b.get(k) + ")");
      }
    }
  }
}
