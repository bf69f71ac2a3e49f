package io.plutuscalibrate.reports.pricing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.models.fit.Overheads;
import io.plutuscalibrate.models.json.JsonText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outputs of a {@link PricingCheck}: a table for the terminal, Markdown, and JSON with every
 * underpriced point. Times in the text outputs are nanoseconds on the reference machine's scale
 * (measured time divided by the machine factor); JSON keeps picoseconds.
 */
public final class PricingFormat {
  private PricingFormat() {}

  /** The terminal table, with the {@code top} most underpriced points. */
  public static String text(PricingResult r, PricingInputs in, int top) {
    StringBuilder s = new StringBuilder();
    for (String line : header(r, in)) s.append(line).append('\n');
    List<BuiltinPricing> under = r.underpricedBuiltins();
    if (!under.isEmpty()) {
      s.append('\n').append("Underpriced builtins, worst point first (ratio = measured / charged / factor):\n");
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"builtin", "costing", "points", "under", "median", "worst", "worst point"});
      for (BuiltinPricing b : under) rows.add(builtinRow(b));
      table(s, rows, new boolean[] {false, false, true, true, true, true, false});
    }
    List<PricedPoint> points = r.underpriced();
    if (!points.isEmpty()) {
      int n = Math.min(top, points.size());
      s.append('\n').append(String.format(Locale.ROOT,
          "The %d most underpriced points (ns; measured is divided by the factor; * = even the"
              + " lower bound of the mean is above the charge):%n", n));
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"benchmark", "measured", "charged", "shortfall", "ratio", ""});
      for (PricedPoint p : points.subList(0, n)) rows.add(pointRow(p, r.factor()));
      table(s, rows, new boolean[] {false, true, true, true, true, false});
    }
    for (String line : footer(r)) s.append('\n').append(line);
    s.append('\n');
    return s.toString();
  }

  /** The same as Markdown. */
  public static String markdown(PricingResult r, PricingInputs in, int top) {
    StringBuilder s = new StringBuilder("# Pricing check\n\n");
    for (String line : header(r, in)) s.append(line).append("  \n");
    List<BuiltinPricing> under = r.underpricedBuiltins();
    if (!under.isEmpty()) {
      s.append("\n## Underpriced builtins\n\nWorst point first; ratio = measured / charged / factor.\n\n");
      s.append("| builtin | costing | points | under | median | worst | worst point |\n");
      s.append("| --- | --- | ---: | ---: | ---: | ---: | --- |\n");
      for (BuiltinPricing b : under) mdRow(s, builtinRow(b));
    }
    List<PricedPoint> points = r.underpriced();
    if (!points.isEmpty()) {
      int n = Math.min(top, points.size());
      s.append(String.format(Locale.ROOT, "%n## The %d most underpriced points%n%nTimes in ns;"
          + " measured is divided by the factor; * = even the lower bound of the mean is above the"
          + " charge.%n%n", n));
      s.append("| benchmark | measured | charged | shortfall | ratio | |\n");
      s.append("| --- | ---: | ---: | ---: | ---: | --- |\n");
      for (PricedPoint p : points.subList(0, n)) mdRow(s, pointRow(p, r.factor()));
    }
    s.append('\n');
    for (String line : footer(r)) s.append(line).append("\n\n");
    return s.toString();
  }

  /** Every checked builtin and every underpriced point, as JSON text. */
  public static String json(PricingResult r, PricingInputs in) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("units", "picoseconds; 1 ExCPU unit = 1 ps on the reference machine");
    ObjectNode data = root.putObject("benchmarks");
    data.put("path", in.data());
    data.put("sha256", in.dataSha256());
    data.put("rows", in.rows());
    root.put("model", in.model());
    ObjectNode scale = root.putObject("scale");
    scale.put("mode", r.scale().auto() ? "auto" : "given");
    scale.put("factor", r.factor());
    scale.put("meaning", "measured time / reference time; ratios are measured / charged / factor"
        + (r.scale().auto() ? "; estimated as the median over builtins of their median"
            + " measured / charged" : ""));
    ObjectNode ov = root.putObject("callOverhead");
    for (int a = 1; a <= 6; a++) ov.put(Overheads.benchmark(a), r.overheads().micros(a) * 1e6);
    ObjectNode sum = root.putObject("summary");
    sum.put("pointsChecked", r.points().size());
    sum.put("underpriced", r.underpriced().size());
    sum.put("underpricedBeyond10Percent", r.underpricedBeyond(PricingCheck.MARGIN));
    sum.put("builtinsChecked", r.builtins().size());
    sum.put("builtinsUnderpriced", r.underpricedBuiltins().size());
    ArrayNode builtins = root.putArray("builtins");
    for (BuiltinPricing b : r.builtins()) {
      ObjectNode o = builtins.addObject();
      o.put("builtin", b.builtin());
      o.put("benchmark", b.benchmark());
      o.put("costing", b.costing());
      o.put("points", b.points());
      o.put("underpriced", b.underpriced());
      number(o, "medianRatio", b.medianRelative());
      number(o, "worstRatio", b.worstRelative());
      o.put("worstPoint", b.worst().benchmark());
    }
    ArrayNode pts = root.putArray("underpricedPoints");
    for (PricedPoint p : r.underpriced()) {
      ObjectNode o = pts.addObject();
      o.put("benchmark", p.benchmark());
      o.put("builtin", p.builtin());
      o.put("line", p.line());
      ArrayNode sizes = o.putArray("sizes");
      for (long v : p.sizes()) sizes.add(v);
      o.put("measured", p.measured());
      o.put("measuredLowerBound", p.measuredLower());
      o.put("charged", p.charged());
      number(o, "ratio", p.relative());
      o.put("shortfall", p.shortfall(r.factor()));
      o.put("certain", p.certain(r.factor()));
    }
    ObjectNode nc = root.putObject("notChecked");
    strings(nc.putArray("benchmarksWithoutBuiltin"), r.unpricedBenchmarks());
    strings(nc.putArray("builtinsWithoutBenchmark"), r.builtinsWithoutData());
    strings(root.putArray("warnings"), r.warnings());
    return JsonText.write(root);
  }

  private static List<String> header(PricingResult r, PricingInputs in) {
    List<String> h = new ArrayList<>();
    h.add(String.format(Locale.ROOT, "Pricing check: %,d points of %s against %s", r.points().size(),
        in.data(), in.model()));
    h.add(r.scale().auto()
        ? String.format(Locale.ROOT, "Machine factor %.4g (auto: the median over %d builtins of"
            + " measured / charged); ratios are divided by it. Give --scale 1 for data measured on"
            + " the reference machine.", r.factor(), r.builtins().size())
        : String.format(Locale.ROOT, "Machine factor %.4g (given); ratios are divided by it.",
            r.factor()));
    h.add(String.format(Locale.ROOT, "Underpriced: %,d of %,d points (%,d by more than 10%%), in %d"
            + " of %d builtins.", r.underpriced().size(), r.points().size(),
        r.underpricedBeyond(PricingCheck.MARGIN), r.underpricedBuiltins().size(),
        r.builtins().size()));
    return h;
  }

  private static List<String> footer(PricingResult r) {
    List<String> f = new ArrayList<>();
    if (!r.unpricedBenchmarks().isEmpty()) {
      f.add("Benchmarks that name no builtin of the model (not checked): "
          + String.join(", ", r.unpricedBenchmarks()));
    }
    if (!r.builtinsWithoutData().isEmpty()) {
      f.add("Builtins of the model without a benchmark of their own (not checked): "
          + String.join(", ", r.builtinsWithoutData()));
    }
    for (String w : r.warnings()) f.add("warning: " + w);
    return f;
  }

  private static String[] builtinRow(BuiltinPricing b) {
    return new String[] {b.builtin(), b.costing(), Integer.toString(b.points()),
        Integer.toString(b.underpriced()), ratio(b.medianRelative()), ratio(b.worstRelative()),
        b.worst().benchmark()};
  }

  private static String[] pointRow(PricedPoint p, double factor) {
    return new String[] {p.benchmark(), ns(p.measured() / factor), ns(p.charged()),
        ns(p.shortfall(factor)), ratio(p.relative()), p.certain(factor) ? "*" : ""};
  }

  private static String ns(double ps) {
    return String.format(Locale.ROOT, "%,.1f", ps / 1000);
  }

  private static String ratio(double v) {
    return Double.isInfinite(v) ? "inf" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static void table(StringBuilder s, List<String[]> rows, boolean[] right) {
    int[] w = new int[right.length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) w[i] = Math.max(w[i], r[i].length());
    }
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        if (i > 0) line.append("  ");
        String pad = " ".repeat(w[i] - r[i].length());
        line.append(right[i] ? pad + r[i] : r[i] + pad);
      }
      s.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private static void mdRow(StringBuilder s, String[] cells) {
    s.append('|');
    for (String c : cells) s.append(' ').append(c.replace("|", "\\|")).append(" |");
    s.append('\n');
  }

  private static void number(ObjectNode o, String field, double v) {
    if (Double.isFinite(v)) o.put(field, v); else o.putNull(field);
  }

  private static void strings(ArrayNode a, List<String> values) {
    for (String v : values) a.add(v);
  }
}
