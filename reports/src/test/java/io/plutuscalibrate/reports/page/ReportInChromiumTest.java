package io.plutuscalibrate.reports.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a report in headless Chromium and checks that every chart is drawn: in the DOM after
 * load, each chart is a laid-out SVG element of the expected size with plotted marks in it; in a
 * screenshot of the whole page, each chart's area holds the coloured pixels of its data (the
 * axes, grid and tick labels are grey, so colour comes only from points, lines and bands).
 */
class ReportInChromiumTest {
  private static final int WIDTH = 1280;
  /** Fewest coloured pixels a drawn chart has; one marker alone covers about 20. */
  private static final int MIN_COLOURED = 60;

  @TempDir Path dir;

  /** Appended to a copy of the page: writes each chart's box and mark count into the DOM. */
  private static final String PROBE = """
      <script>
      window.addEventListener('load', () => {
        const rows = [];
        document.querySelectorAll('svg.chart').forEach((svg, i) => {
          const r = svg.getBoundingClientRect();
          const marks = svg.querySelectorAll('circle, line, path, use').length;
          rows.push(['CHART', i, Math.round(r.left + scrollX), Math.round(r.top + scrollY),
              Math.round(r.width), Math.round(r.height), marks].join(' '));
        });
        const pre = document.createElement('pre');
        pre.id = 'probe';
        pre.textContent = 'HEIGHT ' + document.documentElement.scrollHeight + '\\n'
            + rows.join('\\n');
        document.body.appendChild(pre);
      });
      </script>
      """;

  private record Box(int index, int left, int top, int width, int height, int marks) {}

  @Test
  void everyChartIsDrawn() throws Exception {
    Path fit = Files.createDirectories(dir.resolve("fit"));
    ReportData data = ReportSources.load(ReportPageTest.fitDirectory(fit),
        ReportSources.Options.DEFAULT, null);
    ReportPage.Page page = ReportPage.render(data, Instant.EPOCH, "test");
    Path html = dir.resolve("report.html");
    Files.writeString(html, page.html());
    Path probed = dir.resolve("probed.html");
    Files.writeString(probed, page.html().replace("</body>", PROBE + "</body>"));
    Chromium chromium = Chromium.find(Files.createDirectories(dir.resolve("chromium")));

    String dom = chromium.dumpDom(probed, WIDTH, 900);
    Matcher h = Pattern.compile("HEIGHT (\\d+)").matcher(dom);
    assertTrue(h.find(), "the probe did not run: " + dom.substring(0, Math.min(300, dom.length())));
    int height = Integer.parseInt(h.group(1));
    List<Box> boxes = new ArrayList<>();
    Matcher c = Pattern.compile("CHART (\\d+) (-?\\d+) (-?\\d+) (\\d+) (\\d+) (\\d+)").matcher(dom);
    while (c.find()) {
      boxes.add(new Box(Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2)),
          Integer.parseInt(c.group(3)), Integer.parseInt(c.group(4)),
          Integer.parseInt(c.group(5)), Integer.parseInt(c.group(6))));
    }
    assertEquals(page.charts(), boxes.size(), "charts in the DOM");
    for (Box b : boxes) {
      assertEquals(ReportPage.MAIN_WIDTH, b.width(), "chart " + b.index() + " width");
      assertEquals(ReportPage.MAIN_HEIGHT, b.height(), "chart " + b.index() + " height");
      assertTrue(b.marks() > 10, "chart " + b.index() + " has " + b.marks() + " marks");
    }

    Path png = Files.createDirectories(Path.of("target", "chromium")).resolve("report.png");
    BufferedImage shot = chromium.screenshot(html, png, WIDTH, height);
    assertTrue(shot.getHeight() >= height - 1, "screenshot of " + shot.getHeight() + " px");
    for (Box b : boxes) {
      int coloured = 0;
      int ink = 0;
      for (int y = b.top(); y < b.top() + b.height(); y++) {
        for (int x = b.left(); x < b.left() + b.width(); x++) {
          int rgb = shot.getRGB(x, y);
          int r = (rgb >> 16) & 0xFF;
          int g = (rgb >> 8) & 0xFF;
          int bl = rgb & 0xFF;
          if (Math.max(r, Math.max(g, bl)) - Math.min(r, Math.min(g, bl)) > 40) coloured++;
          if (r + g + bl < 600) ink++;
        }
      }
      assertTrue(coloured >= MIN_COLOURED, "chart " + b.index() + " at (" + b.left() + ", "
          + b.top() + ") shows " + coloured + " coloured pixels in " + png);
      assertTrue(ink >= b.width() * b.height() / 100, "chart " + b.index() + " is nearly blank");
    }
  }
}
