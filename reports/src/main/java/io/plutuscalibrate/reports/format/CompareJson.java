package io.plutuscalibrate.reports.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.reports.compare.Batch;
import io.plutuscalibrate.reports.compare.CompareReport;
import io.plutuscalibrate.reports.compare.Comparison;
import io.plutuscalibrate.reports.compare.Difference;
import io.plutuscalibrate.reports.compare.Spread;
import io.plutuscalibrate.reports.timing.RunTimings;
import java.util.List;

/**
 * A batch comparison as JSON: the batches with their runs, then per builtin and per point the
 * spread within each batch and the difference of each batch from the first with its 95%
 * interval and basis. Times are µs; numbers that are not finite are null.
 */
public final class CompareJson implements ReportFormat<CompareReport> {
  @Override
  public String render(CompareReport r) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode batches = root.putArray("batches");
    for (Batch b : r.batches()) {
      ObjectNode o = batches.addObject();
      o.put("name", b.name());
      ArrayNode runs = o.putArray("runs");
      for (RunTimings t : b.runs()) runs.add(t.source());
    }
    root.put("reference", r.batches().get(0).name());
    root.put("pointsLeftOut", r.pointsLeftOut());
    comparisons(root.putArray("builtins"), "builtin", r.builtins(), r.batches());
    comparisons(root.putArray("points"), "benchmark", r.points(), r.batches());
    ArrayNode warnings = root.putArray("warnings");
    r.warnings().forEach(warnings::add);
    return Json.write(root);
  }

  private static void comparisons(ArrayNode array, String key, List<Comparison> list,
      List<Batch> batches) {
    for (Comparison c : list) {
      ObjectNode o = array.addObject();
      o.put(key, c.name());
      o.put("points", c.points());
      ObjectNode spreads = o.putObject("batches");
      for (int b = 0; b < batches.size(); b++) {
        Spread s = c.spreads().get(b);
        ObjectNode so = spreads.putObject(batches.get(b).name());
        so.put("runs", s.runs());
        Json.number(so, "level", s.level());
        Json.number(so, "cv", s.cv());
        Json.number(so, "min", s.min());
        Json.number(so, "max", s.max());
      }
      ObjectNode diffs = o.putObject("differences");
      for (Difference d : c.differences()) {
        ObjectNode dobj = diffs.putObject(d.batch());
        Json.ratio(dobj, d.ratio());
        dobj.put("basis", d.basis().label());
        dobj.put("significant", d.significant());
      }
    }
  }
}
