package io.plutuscalibrate.reports.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report opened in headless Chromium has every chart drawn (see {@link ChartsDrawn}). */
class ReportInChromiumTest {
  @TempDir Path dir;

  @Test
  void everyChartIsDrawn() throws Exception {
    Path fit = Files.createDirectories(dir.resolve("fit"));
    ReportData data = ReportSources.load(ReportPageTest.fitDirectory(fit),
        ReportSources.Options.DEFAULT, null);
    ReportPage.Page page = ReportPage.render(data, Instant.EPOCH, "test");
    Path html = dir.resolve("report.html");
    Files.writeString(html, page.html());
    // The screenshot is kept under target/ to look at.
    Path png = Files.createDirectories(Path.of("target", "chromium")).resolve("report.png");
    List<ChartsDrawn.Box> boxes = ChartsDrawn.check(html,
        Files.createDirectories(dir.resolve("chromium")), png);
    assertEquals(page.charts(), boxes.size(), "charts in the DOM");
    assertEquals(6, boxes.size());
  }
}
