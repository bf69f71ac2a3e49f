package io.plutuscalibrate.reports.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.CostModel;
import io.plutuscalibrate.models.CostingFun;
import io.plutuscalibrate.models.OfficialModels;
import io.plutuscalibrate.models.json.BuiltinCostModelJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPageTest {
  @TempDir Path dir;

  /** A fit directory with FitReports.SMALL, its candidate and its benchmark file. */
  static Path fitDirectory(Path dir) throws Exception {
    String csv = FitReports.csv();
    Files.writeString(dir.resolve("bench.csv"), csv);
    String sha = ReportSources.sha256(csv.getBytes(StandardCharsets.UTF_8));
    Files.writeString(dir.resolve("fit-report.json"), FitReports.SMALL.formatted(sha));
    BuiltinCostModel e = OfficialModels.newestBuiltinCostModel();
    BuiltinCostModel candidate = e
        .with("addInteger", new CostingFun(new CostModel.MaxSize(100_000, 400),
            e.get("addInteger").memory()))
        .with("ifThenElse", new CostingFun(new CostModel.ConstantCost(76_000),
            e.get("ifThenElse").memory()))
        .with("equalsByteString", new CostingFun(new CostModel.LinearOnDiagonal(25_000, 30_000,
            60), e.get("equalsByteString").memory()));
    BuiltinCostModelJson.write(candidate, dir.resolve("builtinCostModel.json"));
    return dir;
  }

  private static int count(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  @Test
  void drawsTwoChartsPerFittedBuiltinAndLoadsNothing() throws Exception {
    ReportData data = ReportSources.load(fitDirectory(dir), ReportSources.Options.DEFAULT, null);
    ReportPage.Page page = ReportPage.render(data, Instant.parse("2025-01-02T03:04:05Z"), "v-test");
    String html = page.html();
    assertEquals(6, page.charts());
    assertEquals(6, count(html, "<svg [^>]*class=\"chart\""));
    for (String id : new String[] {"b-addInteger", "b-ifThenElse", "b-equalsByteString",
        "b-mkCons", "summary",
        "provenance"}) {
      assertTrue(html.contains("id=\"" + id + "\""), id);
    }
    assertTrue(html.contains("no rows for benchmark MkCons"));
    assertTrue(html.contains("2025-01-02T03:04:05Z"));
    // Self-contained: nothing to fetch, nothing to run.
    assertFalse(html.contains("<script"), "no script");
    assertFalse(html.contains("<link"), "no linked style sheet");
    assertFalse(html.contains("<img"), "no image");
    assertFalse(html.contains("@import"));
    assertFalse(html.contains("http://") || html.contains("https://"), "no address");
    assertEquals(count(html, "url\\("), count(html, "url\\(#"), "only in-page references");
    Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (href.find()) assertTrue(href.group(1).startsWith("#"), href.group(1));
    Matcher use = Pattern.compile("<use href=\"#([^\"]+)\"").matcher(html);
    while (use.find()) assertTrue(html.contains("id=\"" + use.group(1) + "\""), use.group(1));
  }

  @Test
  void summarisesWarningsAndPricingAndProvenance() throws Exception {
    Files.writeString(dir.resolve("manifest.json"),
        "{\"host\": {\"cpu\": \"Test CPU\", \"cores\": 2}, \"grid\": \"quick\"}");
    ReportData data = ReportSources.load(fitDirectory(dir), ReportSources.Options.DEFAULT, null);
    String html = ReportPage.render(data, Instant.EPOCH, "v-test").html();
    assertTrue(html.contains("an example warning"));
    assertTrue(html.contains("Nop4o not found in the input"));
    assertTrue(html.contains("Underpriced builtins"));
    assertTrue(html.contains(data.files().get(2).sha256()), "the benchmark file's SHA-256");
    assertTrue(html.contains("<dt>host.cpu</dt><dd>Test CPU</dd>"), "manifest fields");
    assertTrue(html.contains("<dt>grid</dt><dd>quick</dd>"));
  }

  @Test
  void aBenchmarkFileThatChangedIsRefused() throws Exception {
    fitDirectory(dir);
    Files.writeString(dir.resolve("bench.csv"), FitReports.csv() + "AddInteger/1/1,1e-6,1e-6,1e-6,0,0,0\n");
    ReportInputException e = assertThrows(ReportInputException.class,
        () -> ReportSources.load(dir, ReportSources.Options.DEFAULT, null));
    assertTrue(e.getMessage().contains("was fitted to a file with SHA-256"), e.getMessage());
  }

  @Test
  void aDirectoryWithoutAFitIsRefused() {
    ReportInputException e = assertThrows(ReportInputException.class,
        () -> ReportSources.load(dir, ReportSources.Options.DEFAULT, null));
    assertTrue(e.getMessage().contains("not a fit directory"), e.getMessage());
  }
}
