package io.plutuscalibrate.models.fit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.models.StepKind;
import java.util.List;
import java.util.Map;

/**
 * The fit report ({@code fit-report.json}): per builtin and parameter the value, estimate,
 * standard error, interval and how it was obtained, the diagnostics and warnings, and where the
 * input came from. Picoseconds throughout; a number that could not be computed is {@code null}.
 */
public final class FitReport {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private FitReport() {}

  /**
   * Where the benchmark results came from.
   *
   * @param path the file as given
   * @param sha256 its SHA-256, hex
   * @param rows result rows read
   */
  public record Input(String path, String sha256, int rows) {}

  /**
   * The report's JSON tree. {@code rescaling} and {@code steps} may be null (not done). The step
   * costs are given in measured units; with a rescaling the report shows them in reference units
   * too (Note [Units of step costs] in {@link StepCostFitter}).
   *
   * @param base where the memory models and the unfitted CPU models come from
   * @param machineCosts where the machine costs come from
   * @param cpuFromBase the builtins whose CPU model the candidate takes from the base
   * @param notInBase fitted builtins the base lacks, left out of the candidate
   */
  public static ObjectNode build(FitResult fit, BenchmarkData data, Input input, String base,
      List<String> cpuFromBase, List<String> notInBase, String machineCosts,
      CostModelFitter.Options options, Rescaling rescaling, StepCostFit steps) {
    ObjectNode root = F.objectNode();
    root.put("units", "picoseconds (ExCPU units; 1 unit = 1 ps on the machine the benchmarks"
        + " ran on" + (rescaling == null ? "" : ", rescaled to the reference machine") + ")");
    root.put("pipeline", "the rules of plutus-core/cost-model/data/models.R and the conversion"
        + " ceiling(1e6 * microseconds) of CreateBuiltinCostModel.hs (IntersectMBO/plutus"
        + " f424a79a), least squares with lm's arithmetic");
    ObjectNode in = root.putObject("input");
    in.put("path", input.path());
    in.put("sha256", input.sha256());
    in.put("rows", input.rows());
    int used = 0;
    java.util.Set<String> benchmarks = new java.util.LinkedHashSet<>();
    for (BuiltinFit f : fit.fits().values()) {
      if (f.cpu() != null && benchmarks.add(f.rule().benchmark())) used += f.rows();
    }
    for (int a = 1; a <= 6; a++) used += data.rows(Overheads.benchmark(a)).size();
    in.put("rowsOfFittedBenchmarksAndNops", used);
    ArrayNode unused = in.putArray("benchmarksNotUsed");
    for (String name : data.names()) {
      if (!benchmarks.contains(name) && !name.matches("Nop[1-6]o")) unused.add(name);
    }
    strings(in.putArray("warnings"), fit.warnings());

    ObjectNode opts = root.putObject("options");
    opts.put("confidence", options.confidence());
    opts.put("bootstrapReplicates", options.bootstrapReplicates());
    opts.put("bootstrapSeed", options.seed());
    opts.put("bootstrapAll", options.bootstrapAll());

    ObjectNode sources = root.putObject("sources");
    sources.put("memoryModels", base);
    sources.put("cpuModelsNotFitted", base);
    strings(sources.putArray("cpuFromBase"), cpuFromBase);
    strings(sources.putArray("fittedButNotInBase"), notInBase);
    sources.put("machineCosts", machineCosts);

    ObjectNode ov = root.putObject("callOverhead");
    for (int a = 1; a <= 6; a++) num(ov, Overheads.benchmark(a), fit.overheads().micros(a) * 1e6);

    if (rescaling != null) root.set("rescaling", rescaling(rescaling));
    if (steps != null) root.set("machineStepCosts", steps(steps, rescaling));

    ObjectNode builtins = root.putObject("builtins");
    for (BuiltinFit f : fit.fits().values()) builtins.set(f.builtin(), builtin(f));
    return root;
  }

  private static ObjectNode builtin(BuiltinFit f) {
    ObjectNode o = F.objectNode();
    o.put("status", f.status().name().toLowerCase(java.util.Locale.ROOT));
    if (f.message() != null) o.put("message", f.message());
    o.put("type", f.rule().tag());
    o.put("rule", f.rule().describe());
    ObjectNode pts = o.putObject("points");
    pts.put("rows", f.rows());
    pts.put("selected", f.selected());
    pts.put("outliersDiscarded", f.outliers());
    ArrayNode regs = o.putArray("regressions");
    for (RegressionSummary r : f.regressions()) {
      ObjectNode g = regs.addObject();
      g.put("part", r.part());
      g.put("formula", r.formula());
      g.put("points", r.points());
      g.put("df", r.df());
      num(g, "rSquared", r.rSquared());
      num(g, "residualStandardError", r.residualStandardErrorPs());
    }
    if (f.rule().method() == FitRule.Method.FAN) {
      ObjectNode fan = o.putObject("fan");
      fan.put("iterations", f.fanIterations());
      num(fan, "fractionAboveLine", f.fanUnderestimated());
    }
    if (f.bootstrapReplicates() > 0) o.put("bootstrapReplicates", f.bootstrapReplicates());
    ObjectNode params = o.putObject("parameters");
    for (ParameterFit p : f.parameters()) params.set(p.name(), parameter(p));
    strings(o.putArray("warnings"), f.warnings());
    return o;
  }

  static ObjectNode parameter(ParameterFit p) {
    ObjectNode o = F.objectNode();
    o.put("value", p.value());
    num(o, "estimate", p.estimate());
    num(o, "standardError", p.standardError());
    ArrayNode ci = o.putArray("interval");
    num(ci, p.lower());
    num(ci, p.upper());
    o.put("intervalMethod", switch (p.interval()) {
      case T -> "t";
      case BOOTSTRAP -> "bootstrap";
      case NONE -> "none";
    });
    if (p.adjusted()) o.put("adjusted", true);
    return o;
  }

  private static ObjectNode rescaling(Rescaling r) {
    ObjectNode o = F.objectNode();
    num(o, "factor", r.factor());
    ArrayNode ci = o.putArray("interval");
    num(ci, r.lower());
    num(ci, r.upper());
    o.put("confidence", r.confidence());
    o.put("meaning", "fitted cost on the benchmarked machine / reference cost; the candidate's"
        + " CPU parameters were divided by it");
    ObjectNode ratios = o.putObject("builtinRatios");
    for (Rescaling.BuiltinRatio b : r.ratios()) num(ratios, b.builtin(), b.ratio());
    strings(o.putArray("excludedAsOutliers"), r.excluded());
    return o;
  }

  /** The step-cost section; see Note [Units of step costs] in {@link StepCostFitter}. */
  static ObjectNode steps(StepCostFit s, Rescaling rescaling) {
    StepCostFit.Rescaled r = rescaling == null ? null : s.inReferenceUnits(rescaling);
    ObjectNode o = F.objectNode();
    o.put("model", (s.builtinFactor() == null ? "t = fixedCostPerCall + cost × steps"
        : "t = fixedCostPerCall + cost × steps + builtinFactor × builtin_cpu")
        + " (per kind: one cost per step kind), weighted least squares with variance"
        + " proportional to the squared mean (weights 1/t², then 1/fitted² twice); t in the"
        + " measured machine's ps, builtin_cpu in the units of the model that charged it");
    o.put("units", r == null ? "picoseconds of the measured machine"
        : "picoseconds of the reference machine: the measured costs divided by the machine factor"
            + " (see rescaling); 'interval' is conditional on the factor, as the builtins' are,"
            + " 'intervalWithFactor' includes its uncertainty");
    o.put("points", s.points());
    o.put("stepOnlyPrograms", s.stepOnlyPoints());
    num(o, "rSquared", s.rSquared());
    num(o, "relativeResidualSd", s.relativeResidualSd());
    if (r == null) {
      o.set("averagedStepCost", parameter(s.averaged()));
      o.set("fixedCostPerCall", parameter(s.overhead()));
    } else {
      ObjectNode mf = o.putObject("machineFactor");
      num(mf, "factor", r.factor());
      ArrayNode ci = mf.putArray("interval");
      num(ci, r.factorLower());
      num(ci, r.factorUpper());
      o.set("averagedStepCost", withFactor(r.averaged(), r.averagedWithFactor()));
      o.set("fixedCostPerCall", parameter(r.overhead()));
    }
    if (s.builtinFactor() != null) {
      ObjectNode b = parameter(s.builtinFactor());
      b.remove("value");
      b.put("meaning", "measured ps per unit of builtin_cpu for the scripts' builtin calls");
      o.set("builtinFactor", b);
    } else {
      o.putNull("builtinFactor");
    }
    if (!s.perKind().isEmpty()) {
      ObjectNode k = o.putObject("perStepKind");
      for (Map.Entry<StepKind, ParameterFit> e : s.perKind().entrySet()) {
        k.set(e.getKey().jsonKey(), r == null ? parameter(e.getValue())
            : withFactor(r.perKind().get(e.getKey()), r.perKindWithFactor().get(e.getKey())));
      }
      num(o, "perStepKindConditionNumber", s.perKindConditionNumber());
    }
    ObjectNode m = o.putObject("measuredUnits");
    m.set("averagedStepCost", parameter(s.averaged()));
    m.set("fixedCostPerCall", parameter(s.overhead()));
    if (s.stepOnlyAveraged() != null) {
      m.set("averagedStepCostOfStepOnlyPrograms", parameter(s.stepOnlyAveraged()));
    }
    if (!s.perKind().isEmpty()) {
      ObjectNode k = m.putObject("perStepKind");
      for (Map.Entry<StepKind, ParameterFit> e : s.perKind().entrySet()) {
        k.set(e.getKey().jsonKey(), parameter(e.getValue()));
      }
    }
    // Per measurement: the time less the fitted builtin time, and the averaged model's line.
    ArrayNode data = m.putArray("measurements");
    for (StepCostFit.Point p : s.data()) {
      ObjectNode d = data.addObject();
      d.put("script", p.script());
      num(d, "seconds", p.seconds());
      d.put("steps", p.steps());
      d.put("builtinCharge", p.builtinCharge());
      num(d, "remainingPs", p.remaining());
      num(d, "fittedPs", p.fitted());
    }
    strings(o.putArray("warnings"), s.warnings());
    return o;
  }

  private static ObjectNode withFactor(ParameterFit conditional, ParameterFit with) {
    ObjectNode o = parameter(conditional);
    ArrayNode ci = o.putArray("intervalWithFactor");
    num(ci, with.lower());
    num(ci, with.upper());
    return o;
  }

  private static void num(ObjectNode o, String field, double v) {
    if (Double.isFinite(v)) o.put(field, v); else o.putNull(field);
  }

  private static void num(ArrayNode a, double v) {
    if (Double.isFinite(v)) a.add(v); else a.addNull();
  }

  private static void strings(ArrayNode a, List<String> values) {
    for (String s : values) a.add(s);
  }
}
