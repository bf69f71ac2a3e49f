package io.plutuscalibrate.reports.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.reports.drift.BuiltinDrift;
import io.plutuscalibrate.reports.drift.DriftReport;
import io.plutuscalibrate.reports.drift.DriftSettings;
import io.plutuscalibrate.reports.drift.FailOn;
import io.plutuscalibrate.reports.drift.PointDrift;
import io.plutuscalibrate.reports.drift.RunNoise;
import io.plutuscalibrate.reports.drift.Verdict;

/**
 * A drift report as JSON: the inputs and settings, the estimated noise, a summary, every builtin
 * and every point. Ratios are current over baseline with 95% intervals; times are µs. Numbers
 * that are not finite are null. With several runs on a side (Note [Batches of runs] in {@code
 * BatchDriftAnalysis}) there are also the runs per side and each builtin's between-run sd.
 */
public final class DriftJson implements ReportFormat<DriftReport> {
  private final FailOn failOn;

  public DriftJson(FailOn failOn) {
    this.failOn = failOn;
  }

  @Override
  public String render(DriftReport r) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("baseline", r.baseline());
    root.put("current", r.current());
    if (r.batch()) {
      ObjectNode runs = root.putObject("runs");
      runs.put("baseline", r.baselineRuns());
      runs.put("current", r.currentRuns());
    }
    DriftSettings s = r.settings();
    ObjectNode settings = root.putObject("settings");
    settings.put("threshold", s.threshold());
    settings.put("fdr", s.fdr());
    settings.put("normalize", s.normalize());
    settings.put("minRunNoise", s.minRunNoise());
    settings.put("failOn", failOn.name().toLowerCase(java.util.Locale.ROOT));
    RunNoise n = r.noise();
    ObjectNode noise = root.putObject("noise");
    Json.ratio(noise.putObject("global"), n.global());
    noise.put("normalized", n.normalized());
    Json.number(noise, "pointNoise", n.pointNoise());
    Json.number(noise, "builtinNoise", n.builtinNoise());
    noise.put("builtinNoiseEstimated", n.builtinNoiseEstimated());
    noise.put("pointsWithSamples", n.pointsWithSamples());
    if (r.batch()) {
      if (Double.isInfinite(n.priorDf())) noise.put("priorDf", "infinite");
      else Json.number(noise, "priorDf", n.priorDf());
    }
    root.put("failed", r.fails(failOn));
    ObjectNode summary = root.putObject("summary");
    summary.put("builtins", r.builtins().size());
    for (Verdict v : Verdict.values()) summary.put(v.label(), r.builtins(v).size());
    summary.put("points", r.points().size());
    summary.put("pointsSlower", r.points().stream().filter(p -> p.verdict() == Verdict.SLOWER).count());
    summary.put("pointsFaster", r.points().stream().filter(p -> p.verdict() == Verdict.FASTER).count());
    ArrayNode builtins = root.putArray("builtins");
    for (BuiltinDrift b : r.builtins()) {
      ObjectNode o = builtins.addObject();
      o.put("builtin", b.builtin());
      o.put("verdict", b.verdict().label());
      o.put("points", b.points());
      Json.ratio(o, b.change());
      Json.number(o, "p", b.p());
      Json.number(o, "adjustedP", b.adjustedP());
      if (r.batch()) Json.number(o, "betweenRunSd", b.betweenRunSd());
      o.put("pointsSlower", b.pointsSlower());
      o.put("pointsFaster", b.pointsFaster());
    }
    ArrayNode points = root.putArray("points");
    for (PointDrift p : r.points()) {
      ObjectNode o = points.addObject();
      o.put("benchmark", p.benchmark());
      o.put("verdict", p.verdict().label());
      Json.number(o, "baseline", p.baseline());
      Json.number(o, "current", p.current());
      Json.number(o, "rawRatio", p.rawRatio());
      Json.ratio(o, p.change());
      Json.number(o, "p", p.p());
      Json.number(o, "adjustedP", p.adjustedP());
    }
    ArrayNode onlyB = root.putArray("onlyInBaseline");
    r.onlyInBaseline().forEach(onlyB::add);
    ArrayNode onlyC = root.putArray("onlyInCurrent");
    r.onlyInCurrent().forEach(onlyC::add);
    ArrayNode warnings = root.putArray("warnings");
    r.warnings().forEach(warnings::add);
    return Json.write(root);
  }
}
