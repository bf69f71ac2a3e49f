package io.plutuscalibrate.reports.diff.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.reports.diff.ArrayCheck;
import io.plutuscalibrate.reports.diff.BuiltinCostChange;
import io.plutuscalibrate.reports.diff.Change;
import io.plutuscalibrate.reports.diff.Comparison;
import io.plutuscalibrate.reports.diff.ConsistencyCheck;
import io.plutuscalibrate.reports.diff.DiffReport;
import io.plutuscalibrate.reports.diff.ParameterChange;
import io.plutuscalibrate.reports.diff.ScriptChange;
import io.plutuscalibrate.reports.diff.ScriptRecosting;
import io.plutuscalibrate.reports.diff.ScriptRun;
import io.plutuscalibrate.reports.diff.ShapeChange;
import io.plutuscalibrate.reports.diff.Side;
import io.plutuscalibrate.reports.diff.SideModel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The whole report as JSON, for tools: every parameter, shape and builtin change, every point of
 * the size grid, every script. Values are integers in their units (Note [Signs and units of
 * changes] in {@link Change}); a relative change is a signed ratio (0.05 for +5%), or the string
 * {@code "new"} where the current value is 0; an absent side or value is {@code null}.
 */
final class JsonFormat implements ReportFormat {
  /** Identifies the layout; bump it when a field changes meaning or goes away. */
  static final String LAYOUT = "plutus-calibrate diff 1";

  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public String render(DiffReport report) {
    ObjectNode root = mapper.createObjectNode();
    root.put("layout", LAYOUT);
    root.put("differs", report.differs());
    ObjectNode units = root.putObject("units");
    units.put("cpu", "ExCPU units (1 unit = 1 ps on the reference machine)");
    units.put("memory", "8-byte words");
    side(root.putObject("current"), report.current());
    side(root.putObject("proposed"), report.proposed());
    ArrayNode notes = root.putArray("notes");
    report.notes().forEach(notes::add);
    ArrayNode comparisons = root.putArray("comparisons");
    for (Comparison c : report.comparisons()) {
      comparison(comparisons.addObject(), c);
    }
    try {
      return mapper.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("writing a JSON tree to a string cannot fail", e);
    }
  }

  private static void side(ObjectNode o, DiffReport.SideSummary s) {
    ArrayNode files = o.putArray("files");
    for (Side.SideFile f : s.files()) {
      ObjectNode file = files.addObject();
      file.put("path", f.path());
      file.put("kind", f.kind().description());
    }
    ArrayNode checks = o.putArray("consistency");
    for (ConsistencyCheck c : s.consistency()) {
      ObjectNode k = checks.addObject();
      k.put("language", c.language().name());
      k.put("readable", c.readableSource());
      k.put("array", c.arraySource());
      k.put("agrees", c.agrees());
      k.put("machineCostsChecked", c.machineChecked());
      ArrayNode m = k.putArray("mismatches");
      for (ConsistencyCheck.ValueMismatch v : c.mismatches()) {
        ObjectNode x = m.addObject();
        x.put("name", v.name());
        x.put("readable", v.readable());
        x.put("array", v.array());
      }
      strings(k.putArray("readableLacks"), c.readableLacks());
      strings(k.putArray("arrayCannotCarry"), c.arrayCannotCarry());
      shapes(k.putArray("shapeMismatches"), c.shapeMismatches(), "readable", "array");
    }
  }

  private static void comparison(ObjectNode o, Comparison c) {
    o.put("name", c.name());
    o.put("differs", c.differs());
    model(o, "current", c.current());
    model(o, "proposed", c.proposed());
    o.put("machineCostsCompared", c.machineCompared());
    ObjectNode summary = o.putObject("summary");
    summary.put("parametersChanged", c.count(ParameterChange.Kind.CHANGED));
    summary.put("parametersAdded", c.count(ParameterChange.Kind.ADDED));
    summary.put("parametersRemoved", c.count(ParameterChange.Kind.REMOVED));
    summary.put("shapeChanges", c.shapes().size());
    summary.put("builtinsAdded", c.builtinsAdded().size());
    summary.put("builtinsRemoved", c.builtinsRemoved().size());
    ArrayNode params = o.putArray("parameters");
    for (ParameterChange p : c.parameters()) {
      ObjectNode x = params.addObject();
      x.put("name", p.name());
      x.put("owner", p.owner());
      x.put("kind", p.kind().word());
      optionalLong(x, "current", p.current());
      optionalLong(x, "proposed", p.proposed());
      if (p.change().isPresent()) {
        change(x, p.change().get());
      } else {
        x.putNull("absolute");
        x.putNull("relative");
      }
    }
    shapes(o.putArray("shapes"), c.shapes(), "current", "proposed");
    strings(o.putArray("builtinsAdded"), c.builtinsAdded());
    strings(o.putArray("builtinsRemoved"), c.builtinsRemoved());
    ArrayNode predicted = o.putArray("predicted");
    for (BuiltinCostChange b : c.predicted()) {
      predicted(predicted.addObject(), b);
    }
    if (c.scripts().isPresent()) {
      scripts(o.putObject("scripts"), c.scripts().get());
    } else {
      o.putNull("scripts");
    }
  }

  private static void model(ObjectNode parent, String key, Optional<SideModel> model) {
    if (model.isEmpty()) {
      parent.putNull(key);
      return;
    }
    SideModel m = model.get();
    ObjectNode o = parent.putObject(key);
    o.put("source", m.source());
    if (m.language().isPresent()) {
      o.put("language", m.language().get().name());
    } else {
      o.putNull("language");
    }
    o.put("variant", m.variant().variant().name());
    o.put("variantReason", m.variant().reason());
    o.put("machineCostsGiven", m.machineGiven());
    if (m.arrayCheck().isPresent()) {
      array(o.putObject("array"), m.arrayCheck().get());
    } else {
      o.putNull("array");
    }
  }

  private static void array(ObjectNode o, ArrayCheck a) {
    o.put("form", a.form().name().toLowerCase(Locale.ROOT));
    o.put("given", a.given());
    o.put("expected", a.expected());
    o.put("endsABatch", a.endsABatch());
    ArrayNode batches = o.putArray("batchCounts");
    a.batchCounts().forEach(batches::add);
    o.put("ignored", a.ignored());
    strings(o.putArray("missing"), a.missing());
    strings(o.putArray("unknownNames"), a.unknownNames());
    strings(o.putArray("outOfOrder"), a.outOfOrder());
    strings(o.putArray("gaps"), a.gaps());
    strings(o.putArray("findings"), a.findings());
  }

  private static void predicted(ObjectNode o, BuiltinCostChange b) {
    o.put("builtin", b.builtin());
    o.put("arity", b.arity());
    summary(o.putObject("cpu"), b.cpu(), BuiltinCostChange.Point::cpu);
    summary(o.putObject("memory"), b.memory(), BuiltinCostChange.Point::memory);
    ArrayNode points = o.putArray("points");
    for (BuiltinCostChange.Point p : b.points()) {
      point(points.addObject(), p);
    }
  }

  private static void summary(ObjectNode o, BuiltinCostChange.Summary s,
      Function<BuiltinCostChange.Point, Change> pick) {
    o.put("changedPoints", s.changedPoints());
    o.put("newPoints", s.newPoints());
    optionalDouble(o, "min", s.min());
    optionalDouble(o, "median", s.median());
    optionalDouble(o, "max", s.max());
    ObjectNode worst = o.putObject("worst");
    sizes(worst, s.worst().sizes());
    Change w = pick.apply(s.worst());
    worst.put("current", w.from());
    worst.put("proposed", w.to());
    change(worst, w);
  }

  private static void point(ObjectNode o, BuiltinCostChange.Point p) {
    sizes(o, p.sizes());
    budget(o.putObject("current"), p.current());
    budget(o.putObject("proposed"), p.proposed());
  }

  private static void scripts(ObjectNode o, ScriptRecosting r) {
    o.put("directory", r.directory());
    if (r.limit().isPresent()) {
      budget(o.putObject("limit"), r.limit().get());
    } else {
      o.putNull("limit");
    }
    ScriptRecosting.Summary s = r.summary();
    ObjectNode sum = o.putObject("summary");
    sum.put("scripts", s.scripts());
    sum.put("succeedUnderBoth", s.comparable());
    sum.put("outcomeChanged", s.outcomeChanged());
    sum.put("cpuUp", s.cpuUp());
    sum.put("cpuDown", s.cpuDown());
    sum.put("memUp", s.memUp());
    sum.put("memDown", s.memDown());
    optionalDouble(sum, "cpuMin", s.cpuMin());
    optionalDouble(sum, "cpuMedian", s.cpuMedian());
    optionalDouble(sum, "cpuMax", s.cpuMax());
    optionalDouble(sum, "memMin", s.memMin());
    optionalDouble(sum, "memMedian", s.memMedian());
    optionalDouble(sum, "memMax", s.memMax());
    budget(sum.putObject("currentTotal"), s.currentTotal());
    budget(sum.putObject("proposedTotal"), s.proposedTotal());
    ArrayNode results = o.putArray("results");
    for (ScriptChange c : r.scripts()) {
      ObjectNode x = results.addObject();
      x.put("script", c.script());
      run(x.putObject("current"), c.current());
      run(x.putObject("proposed"), c.proposed());
      optionalChange(x, "cpu", c.cpu());
      optionalChange(x, "memory", c.memory());
    }
  }

  private static void run(ObjectNode o, ScriptRun r) {
    o.put("outcome", r.outcome().text());
    o.put("cpu", r.spent().cpu());
    o.put("mem", r.spent().mem());
    o.put("reason", r.reason());
  }

  private static void optionalChange(ObjectNode o, String key, Optional<Change> c) {
    if (c.isEmpty()) {
      o.putNull(key);
    } else {
      change(o.putObject(key), c.get());
    }
  }

  private static void change(ObjectNode o, Change c) {
    o.put("absolute", c.absolute());
    if (c.isNew()) {
      o.put("relative", "new");
    } else {
      o.put("relative", c.relative().getAsDouble());
    }
  }

  private static void shapes(ArrayNode a, List<ShapeChange> shapes, String from, String to) {
    for (ShapeChange s : shapes) {
      ObjectNode x = a.addObject();
      x.put("builtin", s.builtin());
      x.put("resource", s.resource());
      x.put(from, s.current());
      x.put(to, s.proposed());
    }
  }

  private static void sizes(ObjectNode o, long[] sizes) {
    ArrayNode a = o.putArray("sizes");
    for (long s : sizes) {
      a.add(s);
    }
  }

  private static void budget(ObjectNode o, ExBudget b) {
    o.put("cpu", b.cpu());
    o.put("mem", b.mem());
  }

  private static void strings(ArrayNode a, List<String> items) {
    items.forEach(a::add);
  }

  private static void optionalLong(ObjectNode o, String key, Optional<Long> v) {
    if (v.isPresent()) {
      o.put(key, v.get());
    } else {
      o.putNull(key);
    }
  }

  private static void optionalDouble(ObjectNode o, String key, Optional<Double> v) {
    if (v.isPresent()) {
      o.put(key, v.get());
    } else {
      o.putNull(key);
    }
  }
}
