package io.plutuscalibrate.reports.page;

import static io.plutuscalibrate.reports.page.Html.anchor;
import static io.plutuscalibrate.reports.page.Html.esc;
import static io.plutuscalibrate.reports.page.Html.num;

import io.plutuscalibrate.models.CostModel;
import io.plutuscalibrate.models.CostingFun;
import io.plutuscalibrate.models.fit.FitRule;
import io.plutuscalibrate.models.fit.FitRules;
import io.plutuscalibrate.models.fit.Overheads;
import io.plutuscalibrate.reports.charts.Series;
import io.plutuscalibrate.reports.charts.SvgCharts;
import io.plutuscalibrate.reports.charts.SvgSheet;
import io.plutuscalibrate.reports.charts.XyChart;
import io.plutuscalibrate.reports.pricing.BuiltinPricing;
import io.plutuscalibrate.reports.pricing.PricingCheck;
import io.plutuscalibrate.reports.pricing.PricingResult;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fit report as one self-contained HTML page: a summary, then per builtin its charts (as
 * inline SVG drawn by XChart; see {@link SvgCharts}), parameters, regressions and warnings, then
 * where the data came from. The page loads nothing: no script, no style sheet, no font, no image.
 */
public final class ReportPage {
  static final int MAIN_WIDTH = 560;
  static final int MAIN_HEIGHT = 330;
  static final int RESIDUAL_WIDTH = 560;
  static final int RESIDUAL_HEIGHT = 330;
  private static final int WORST = 10;
  private static final int FOLD_AFTER = 5;

  private final ReportData data;
  private final Map<String, BuiltinFigures> figures = new LinkedHashMap<>();
  private final Map<String, String> skipped = new HashMap<>();
  private final Map<String, BuiltinPricing> pricing = new HashMap<>();
  private final SvgSheet sheet = SvgSheet.create("v");
  private int charts;

  private ReportPage(ReportData data) {
    this.data = data;
  }

  /**
   * The page.
   *
   * @param generated when the page was made (printed in it)
   * @param version the program's version, printed in it
   */
  public static Page render(ReportData data, Instant generated, String version) {
    ReportPage p = new ReportPage(data);
    return new Page(p.build(generated, version), p.charts);
  }

  /**
   * A rendered page.
   *
   * @param html the document
   * @param charts how many charts it draws
   */
  public record Page(String html, int charts) {}

  private String build(Instant generated, String version) {
    if (data.pricing() != null) {
      for (BuiltinPricing b : data.pricing().builtins()) pricing.put(b.builtin(), b);
    }
    for (FitSummary.Builtin b : data.fit().builtins()) {
      if (!b.fitted()) continue;
      try {
        figures.put(b.name(), figures(b));
      } catch (IllegalArgumentException e) {
        skipped.put(b.name(), e.getMessage());
      }
    }
    StringBuilder s = new StringBuilder(1 << 20);
    s.append("<header><h1>Fit report</h1><p>").append(esc(data.fit().inputPath()))
        .append(" · generated ").append(esc(DateTimeFormatter.ISO_INSTANT.format(generated)))
        .append(" by ").append(esc(version)).append("</p></header>\n");
    summary(s);
    s.append("<main>\n");
    for (FitSummary.Builtin b : data.fit().builtins()) builtin(s, b);
    s.append("</main>\n");
    provenance(s);
    s.append(sheet.definitions()).append("\n</body></html>\n");
    // The head comes last: the charts' shared styles are known once they are drawn.
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Fit report: " + esc(fileName(data.fit().inputPath())) + "</title><style>" + CSS
        + sheet.css() + "</style></head><body>\n" + s;
  }

  private BuiltinFigures figures(FitSummary.Builtin b) {
    CostingFun fun = data.candidate().find(b.name()).orElseThrow(() ->
        new IllegalArgumentException("the fitted cost model has no " + b.name()));
    FitRule rule = FitRules.forBuiltin(b.name()).orElseThrow(() ->
        new IllegalArgumentException("no fitting rule names " + b.name()));
    CostModel cpu = fun.cpu();
    ConfidenceBand band = ConfidenceBand.of(cpu, b.parameters());
    double overhead = 0;
    if (rule.subtractOverhead()) {
      Double ps = data.fit().callOverheadPs().get(Overheads.benchmark(rule.arity()));
      overhead = ps == null ? 0 : ps / 1e6;
    }
    double factor = Double.isNaN(data.fit().rescaleFactor()) ? 1 : data.fit().rescaleFactor();
    return BuiltinCharts.build(b.name(), cpu, band, data.data().rows(rule.benchmark()), overhead,
        rule.selection(), factor);
  }

  // ---- summary ----

  private void summary(StringBuilder s) {
    FitSummary f = data.fit();
    long fitted = f.builtins().stream().filter(FitSummary.Builtin::fitted).count();
    long noData = f.builtins().stream().filter(b -> b.status().equals("no_data")).count();
    long failed = f.builtins().size() - fitted - noData;
    int warnings = f.warnings().size();
    for (FitSummary.Builtin b : f.builtins()) warnings += b.warnings().size();
    s.append("<section id=\"summary\"><h2>Summary</h2><ul class=\"facts\">");
    s.append("<li><b>").append(fitted).append("</b> of ").append(f.builtins().size())
        .append(" builtins fitted");
    if (noData > 0) s.append(", ").append(noData).append(" without data");
    if (failed > 0) s.append(", <span class=\"bad\">").append(failed).append(" failed</span>");
    s.append("</li><li><b>").append(Html.integer(data.data().rows().size()))
        .append("</b> benchmark results read; the fit ").append(esc(data.how())).append("</li>");
    s.append("<li><b>").append(warnings).append("</b> warnings</li>");
    s.append("<li><b>").append(charts()).append("</b> charts</li>");
    if (!Double.isNaN(f.rescaleFactor())) {
      s.append("<li>candidate rescaled to the reference machine: machine factor ")
          .append(num(f.rescaleFactor())).append("</li>");
    }
    s.append("</ul>");
    worstFits(s);
    warningsSummary(s);
    underpriced(s);
    index(s);
    s.append("</section>\n");
  }

  private int charts() {
    int n = 0;
    for (BuiltinFigures g : figures.values()) n += g.residuals() == null ? 1 : 2;
    return n;
  }

  private void worstFits(StringBuilder s) {
    List<Map.Entry<String, BuiltinFigures>> worst = figures.entrySet().stream()
        .filter(e -> !Double.isNaN(e.getValue().relativeRms()))
        .sorted(Comparator.comparingDouble(
            (Map.Entry<String, BuiltinFigures> e) -> e.getValue().relativeRms()).reversed())
        .limit(WORST).toList();
    if (worst.isEmpty()) return;
    s.append("<h3>Worst fits</h3><p class=\"note\">By the root mean square of the residuals, as a"
        + " share of the mean time of a call (overhead included), on the points the fit used.</p>");
    s.append("<table><thead><tr><th>builtin</th><th>shape</th><th class=\"n\">RMS residual /"
        + " call time</th><th class=\"n\">lowest R²</th><th class=\"n\">warnings</th></tr></thead><tbody>");
    for (Map.Entry<String, BuiltinFigures> e : worst) {
      FitSummary.Builtin b = data.fit().builtin(e.getKey()).orElseThrow();
      s.append("<tr><td>").append(link(b.name())).append("</td><td>").append(esc(b.type()))
          .append("</td><td class=\"n\">").append(Html.percent(e.getValue().relativeRms()))
          .append("</td><td class=\"n\">").append(Html.ratio(b.lowestRSquared()))
          .append("</td><td class=\"n\">").append(b.warnings().size()).append("</td></tr>");
    }
    s.append("</tbody></table>");
  }

  private void warningsSummary(StringBuilder s) {
    FitSummary f = data.fit();
    List<FitSummary.Builtin> with = f.builtins().stream().filter(b -> !b.warnings().isEmpty())
        .toList();
    if (f.warnings().isEmpty() && with.isEmpty() && skipped.isEmpty()) return;
    s.append("<h3>Warnings</h3><ul class=\"warnings\">");
    items(s, f.warnings());
    for (FitSummary.Builtin b : with) {
      s.append("<li>").append(link(b.name())).append(": ").append(esc(b.warnings().get(0)));
      if (b.warnings().size() > 1) s.append(" (and ").append(b.warnings().size() - 1).append(" more)");
      s.append("</li>");
    }
    for (Map.Entry<String, String> e : skipped.entrySet()) {
      s.append("<li>").append(link(e.getKey())).append(": not drawn: ").append(esc(e.getValue()))
          .append("</li>");
    }
    s.append("</ul>");
  }

  private void underpriced(StringBuilder s) {
    PricingResult p = data.pricing();
    if (p == null) return;
    s.append("<h3>Underpriced builtins</h3><p class=\"note\">Measured times less the call"
        + " overhead against ").append(esc(data.pricingModel())).append(", with ")
        .append(p.scale().auto() ? "the machine factor estimated from the data ("
            + num(p.factor()) + ", the median over builtins of measured / charged)"
            : "the machine factor " + num(p.factor()) + " (given)")
        .append(": ratio = measured / charged / factor. ")
        .append(Html.integer(p.underpriced().size())).append(" of ")
        .append(Html.integer(p.points().size())).append(" points are underpriced, ")
        .append(Html.integer(p.underpricedBeyond(PricingCheck.MARGIN)))
        .append(" by more than 10%, in ").append(p.underpricedBuiltins().size()).append(" of ")
        .append(p.builtins().size()).append(" builtins.</p>");
    List<BuiltinPricing> top = p.underpricedBuiltins().stream().limit(WORST).toList();
    if (top.isEmpty()) return;
    s.append("<table><thead><tr><th>builtin</th><th class=\"n\">underpriced points</th>"
        + "<th class=\"n\">median ratio</th><th class=\"n\">worst ratio</th><th>worst point</th>"
        + "</tr></thead><tbody>");
    for (BuiltinPricing b : top) {
      s.append("<tr><td>").append(figures.containsKey(b.builtin()) ? link(b.builtin())
              : esc(b.builtin())).append("</td><td class=\"n\">").append(b.underpriced())
          .append(" / ").append(b.points()).append("</td><td class=\"n\">")
          .append(Html.ratio(b.medianRelative())).append("</td><td class=\"n\">")
          .append(Html.ratio(b.worstRelative())).append("</td><td>")
          .append(esc(b.worst().benchmark())).append("</td></tr>");
    }
    s.append("</tbody></table>");
  }

  private void index(StringBuilder s) {
    s.append("<h3>Builtins</h3><nav class=\"index\">");
    for (FitSummary.Builtin b : data.fit().builtins()) {
      String cls = b.fitted() ? (b.warnings().isEmpty() ? "ok" : "warn") : "none";
      s.append("<a class=\"").append(cls).append("\" href=\"#").append(anchor(b.name()))
          .append("\">").append(esc(b.name())).append("</a> ");
    }
    s.append("</nav>");
  }

  // ---- one builtin ----

  private void builtin(StringBuilder s, FitSummary.Builtin b) {
    s.append("<section class=\"builtin\" id=\"").append(anchor(b.name())).append("\"><h2>")
        .append(esc(b.name())).append(" <code>").append(esc(b.type())).append("</code>");
    if (!b.fitted()) s.append(" <span class=\"badge\">").append(esc(b.status())).append("</span>");
    s.append("</h2><p class=\"rule\">").append(esc(b.rule())).append("</p>");
    if (b.message() != null) s.append("<p class=\"bad\">").append(esc(b.message())).append("</p>");
    BuiltinFigures g = figures.get(b.name());
    if (g != null) {
      s.append("<div class=\"charts\">");
      chart(s, g.main(), MAIN_WIDTH, MAIN_HEIGHT);
      if (g.residuals() != null) chart(s, g.residuals(), RESIDUAL_WIDTH, RESIDUAL_HEIGHT);
      s.append("</div>");
      for (String n : g.notes()) s.append("<p class=\"note\">").append(esc(n)).append("</p>");
    } else if (skipped.containsKey(b.name())) {
      s.append("<p class=\"bad\">Not drawn: ").append(esc(skipped.get(b.name()))).append("</p>");
    }
    if (b.fitted()) {
      s.append("<p class=\"facts\">").append(b.rows()).append(" points, ").append(b.selected())
          .append(" selected");
      if (b.outliers() > 0) s.append(", ").append(b.outliers()).append(" discarded as outliers");
      s.append(".</p>");
      parameters(s, b);
      regressions(s, b);
    }
    BuiltinPricing bp = pricing.get(b.name());
    if (bp != null) {
      s.append("<p class=\"facts\">Against ").append(esc(data.pricingModel())).append(": ")
          .append(bp.underpriced()).append(" of ").append(bp.points())
          .append(" points underpriced; worst ratio ").append(Html.ratio(bp.worstRelative()))
          .append(" at ").append(esc(bp.worst().benchmark())).append(".</p>");
    }
    if (!b.warnings().isEmpty()) {
      s.append("<ul class=\"warnings\">");
      items(s, b.warnings());
      s.append("</ul>");
    }
    s.append("</section>\n");
  }

  /**
   * List items for {@code lines}; past the first few, the rest fold into one item that opens
   * (a {@code details} element: no script).
   */
  private static void items(StringBuilder s, List<String> lines) {
    int shown = lines.size() <= FOLD_AFTER + 1 ? lines.size() : FOLD_AFTER;
    for (String w : lines.subList(0, shown)) s.append("<li>").append(esc(w)).append("</li>");
    if (shown < lines.size()) {
      s.append("<li><details><summary>").append(lines.size() - shown).append(" more</summary><ul>");
      for (String w : lines.subList(shown, lines.size())) {
        s.append("<li>").append(esc(w)).append("</li>");
      }
      s.append("</ul></details></li>");
    }
  }

  private void chart(StringBuilder s, XyChart c, int w, int h) {
    String id = "c" + (++charts);
    s.append("<figure class=\"plot\"><figcaption>").append(esc(c.title()))
        .append("</figcaption><div class=\"frame\"><div class=\"ytitle\">")
        .append(esc(c.yTitle())).append("</div>")
        .append(SvgCharts.render(c, w, h, id, sheet))
        .append("</div><div class=\"xtitle\">").append(esc(c.xTitle()))
        .append("</div><div class=\"legend\">");
    for (Series x : c.series()) {
      if (x.kind() == Series.Kind.BAND || x.name().equals("zero")) continue;
      s.append("<span><i class=\"").append(x.kind() == Series.Kind.POINTS ? "dot" : "line")
          .append("\" style=\"background:").append(x.cssColor()).append("\"></i>")
          .append(esc(x.name())).append("</span>");
    }
    c.series().stream().filter(x -> x.kind() == Series.Kind.BAND).findFirst().ifPresent(x ->
        s.append("<span><i class=\"box\" style=\"background:").append(x.cssColor())
            .append("40\"></i>band: the fitted function with each parameter anywhere in its"
                + " interval</span>"));
    s.append("</div></figure>");
  }

  private static void parameters(StringBuilder s, FitSummary.Builtin b) {
    if (b.parameters().isEmpty()) return;
    s.append("<table class=\"params\"><thead><tr><th>parameter</th><th class=\"n\">value (ps)"
        + "</th><th class=\"n\">estimate</th><th class=\"n\">std. error</th>"
        + "<th class=\"n\">interval</th><th>method</th></tr></thead><tbody>");
    for (FitSummary.Parameter p : b.parameters()) {
      s.append("<tr><td><code>").append(esc(p.name())).append("</code></td><td class=\"n\">")
          .append(Html.integer(p.value())).append("</td><td class=\"n\">").append(num(p.estimate()))
          .append(p.adjusted() ? " <span class=\"badge\">adjusted</span>" : "")
          .append("</td><td class=\"n\">").append(num(p.standardError()))
          .append("</td><td class=\"n\">")
          .append(p.hasInterval() ? num(p.lower()) + " … " + num(p.upper()) : "–")
          .append("</td><td>").append(esc(p.intervalMethod())).append("</td></tr>");
    }
    s.append("</tbody></table>");
  }

  private static void regressions(StringBuilder s, FitSummary.Builtin b) {
    if (b.regressions().isEmpty()) return;
    s.append("<table class=\"regs\"><thead><tr><th>part</th><th>formula</th>"
        + "<th class=\"n\">points</th><th class=\"n\">df</th><th class=\"n\">R²</th>"
        + "<th class=\"n\">residual s.e. (ps)</th></tr></thead><tbody>");
    for (FitSummary.Regression r : b.regressions()) {
      s.append("<tr><td>").append(esc(r.part())).append("</td><td><code>")
          .append(esc(r.formula())).append("</code></td><td class=\"n\">").append(r.points())
          .append("</td><td class=\"n\">").append(r.df()).append("</td><td class=\"n\">")
          .append(Html.ratio(r.rSquared())).append("</td><td class=\"n\">")
          .append(num(r.residualStandardError())).append("</td></tr>");
    }
    s.append("</tbody></table>");
  }

  // ---- provenance ----

  private void provenance(StringBuilder s) {
    FitSummary f = data.fit();
    s.append("<footer id=\"provenance\"><h2>Provenance</h2><table><thead><tr><th>file</th>"
        + "<th>path</th><th>SHA-256</th><th class=\"n\">bytes</th></tr></thead><tbody>");
    for (ReportData.InputFile file : data.files()) {
      s.append("<tr><td>").append(esc(file.role())).append("</td><td><code>")
          .append(esc(file.path())).append("</code></td><td><code>").append(esc(file.sha256()))
          .append("</code></td><td class=\"n\">").append(Html.integer(file.bytes()))
          .append("</td></tr>");
    }
    s.append("</tbody></table><dl>");
    dt(s, "fit", data.how());
    dt(s, "units", f.units());
    for (Map.Entry<String, String> e : f.options().entrySet()) dt(s, "option " + e.getKey(), e.getValue());
    for (Map.Entry<String, String> e : f.sources().entrySet()) dt(s, "source " + e.getKey(), e.getValue());
    for (Map.Entry<String, Double> e : f.callOverheadPs().entrySet()) {
      dt(s, "call overhead " + e.getKey(), num(e.getValue()) + " ps");
    }
    dt(s, "charts", "drawn with XChart, exported as SVG by VectorGraphics2D");
    s.append("</dl>");
    if (!data.manifest().isEmpty()) {
      s.append("<h3>Run manifest</h3><dl>");
      for (Map.Entry<String, String> e : data.manifest().entrySet()) dt(s, e.getKey(), e.getValue());
      s.append("</dl>");
    }
    s.append("</footer>\n");
  }

  private static void dt(StringBuilder s, String term, String value) {
    s.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>");
  }

  private String link(String builtin) {
    return "<a href=\"#" + anchor(builtin) + "\">" + esc(builtin) + "</a>";
  }

  private static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return slash < 0 ? path : path.substring(slash + 1);
  }

  private static final String CSS = String.join("",
      "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;",
      "margin:0 auto;max-width:1220px;padding:0 16px 40px;color:#222;background:#fff}",
      "h1{font-size:24px;margin:18px 0 2px}h2{font-size:19px;margin:26px 0 6px;",
      "border-bottom:1px solid #ddd;padding-bottom:3px}h3{font-size:15px;margin:18px 0 6px}",
      "header p{color:#666;margin:0}code{font:12px ui-monospace,'DejaVu Sans Mono',monospace}",
      "table{border-collapse:collapse;margin:6px 0 10px;font-size:13px}",
      "th,td{padding:3px 9px;border-bottom:1px solid #eee;text-align:left;vertical-align:top}",
      "th{background:#f6f6f6;font-weight:600}td.n,th.n{text-align:right;",
      "font-variant-numeric:tabular-nums}",
      ".facts{margin:4px 0}.note{color:#555;font-size:13px;margin:4px 0}.bad{color:#b00020}",
      ".badge{font-size:11px;background:#fde7c2;border-radius:3px;padding:1px 5px;",
      "font-weight:normal}.rule{color:#444;font-size:13px;margin:2px 0 6px}",
      ".warnings li{color:#8a4b00}.index a{display:inline-block;margin:2px 6px 2px 0;",
      "padding:1px 6px;border-radius:3px;text-decoration:none;font-size:13px}",
      ".index a.ok{background:#e5efe0;color:#234}.index a.warn{background:#fdf0d5;color:#5a3b00}",
      ".index a.none{background:#eee;color:#777}",
      ".charts{display:flex;flex-wrap:wrap;gap:12px}",
      "figure.plot{margin:4px 0;width:", Integer.toString(MAIN_WIDTH + 24), "px}",
      "figure.plot figcaption{font-weight:600;font-size:13px;margin-left:24px}",
      ".frame{display:flex;align-items:center}",
      ".ytitle{writing-mode:vertical-rl;transform:rotate(180deg);font-size:12px;color:#444;",
      "width:22px;text-align:center}svg.chart{display:block;max-width:100%;height:auto}",
      ".xtitle{font-size:12px;color:#444;text-align:center;margin-left:22px}",
      ".legend{font-size:12px;color:#333;margin:3px 0 0 24px}.legend span{margin-right:12px;",
      "white-space:nowrap}.legend i{display:inline-block;vertical-align:middle;margin-right:4px}",
      ".legend i.dot{width:8px;height:8px;border-radius:50%}.legend i.line{width:16px;height:2px}",
      ".legend i.box{width:14px;height:9px}",
      "dl{display:grid;grid-template-columns:max-content auto;gap:2px 14px;font-size:13px}",
      "dt{color:#555}dd{margin:0;word-break:break-all}",
      "footer{margin-top:30px}");
}
