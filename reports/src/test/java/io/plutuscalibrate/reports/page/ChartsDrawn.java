package io.plutuscalibrate.reports.page;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks in headless Chromium that every chart of a report page is drawn: in the DOM after load,
 * each chart is a laid-out SVG element of the expected size with plotted marks in it; in a
 * screenshot of the whole page, each chart's area holds the coloured pixels of its data (the
 * axes, grid and tick labels are grey, so colour comes only from points, lines and bands).
 * {@link #main} checks a page given on the command line (e.g. a run's report).
 */
final class ChartsDrawn {
  static final int WIDTH = 1280;
  /**
   * Fewest coloured pixels a drawn chart has: one marker's worth (a marker of the smallest size
   * has about 15 clearly coloured pixels). A quick sweep's residual chart may have three points.
   */
  static final int MIN_COLOURED = 12;

  /**
   * Note [Screenshots of long pages]: a screenshot of a whole long page (a run's report is 75,000
   * px high) comes back blank below some height, the rest of the page not painted in time. So the
   * page is photographed in slices of at most this many pixels, each a copy of the page shifted up
   * ({@code body{position:relative;top:-Y}} moves the picture, not the layout) so that a window of
   * the slice's height shows it; every chart lies wholly in one slice.
   */
  static final int SLICE = 5000;

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

  record Box(int index, int left, int top, int width, int height, int marks) {}

  private ChartsDrawn() {}

  /**
   * Renders {@code page} and checks every chart; returns the charts' boxes.
   *
   * @param work a directory for Chromium's profiles and the probed copy of the page
   * @param png where the screenshot goes
   * @throws AssertionError naming the first chart that is not drawn
   */
  static List<Box> check(Path page, Path work, Path png) throws Exception {
    String html = Files.readString(page, StandardCharsets.UTF_8);
    Path probed = work.resolve("probed.html");
    Files.writeString(probed, html.replace("</body>", PROBE + "</body>"));
    Chromium chromium = Chromium.find(work);
    String dom = chromium.dumpDom(probed, WIDTH, 900);
    Matcher h = Pattern.compile("HEIGHT (\\d+)").matcher(dom);
    if (!h.find()) {
      throw new AssertionError("the probe did not run: "
          + dom.substring(0, Math.min(300, dom.length())));
    }
    int height = Integer.parseInt(h.group(1));
    List<Box> boxes = new ArrayList<>();
    Matcher c = Pattern.compile("CHART (\\d+) (-?\\d+) (-?\\d+) (\\d+) (\\d+) (\\d+)").matcher(dom);
    while (c.find()) {
      boxes.add(new Box(Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2)),
          Integer.parseInt(c.group(3)), Integer.parseInt(c.group(4)),
          Integer.parseInt(c.group(5)), Integer.parseInt(c.group(6))));
    }
    for (Box b : boxes) {
      expect(b.width() == ReportPage.MAIN_WIDTH && b.height() == ReportPage.MAIN_HEIGHT,
          "chart " + b.index() + " is laid out " + b.width() + " x " + b.height());
      expect(b.marks() > 10, "chart " + b.index() + " has " + b.marks() + " marks");
    }
    // See Note [Screenshots of long pages].
    int slice = 0;
    int i = 0;
    while (i < boxes.size()) {
      int top = Math.max(0, boxes.get(i).top() - 20);
      int j = i;
      while (j < boxes.size() && boxes.get(j).top() + boxes.get(j).height() <= top + SLICE) j++;
      if (j == i) j = i + 1; // a chart taller than a slice: cannot happen at the sizes we draw
      int bottom = Math.min(height, boxes.get(j - 1).top() + boxes.get(j - 1).height() + 20);
      Path shifted = work.resolve("slice-" + slice + ".html");
      Files.writeString(shifted, html.replace("</head>",
          "<style>body{position:relative;top:-" + top + "px}</style></head>"));
      Path shotPng = slice == 0 ? png
          : png.resolveSibling(png.getFileName().toString().replace(".png", "-" + slice + ".png"));
      BufferedImage shot = chromium.screenshot(shifted, shotPng, WIDTH, bottom - top);
      for (Box b : boxes.subList(i, j)) inspect(shot, b, top, shotPng);
      slice++;
      i = j;
    }
    return boxes;
  }

  /** Checks that the chart in box {@code b} is painted, in a screenshot starting at {@code top}. */
  private static void inspect(BufferedImage shot, Box b, int top, Path png) {
    expect(shot.getHeight() >= b.top() - top + b.height(), "screenshot " + png + " is "
        + shot.getHeight() + " px high; chart " + b.index() + " ends at "
        + (b.top() - top + b.height()));
    int coloured = 0;
    int ink = 0;
    for (int y = b.top() - top; y < b.top() - top + b.height(); y++) {
      for (int x = b.left(); x < b.left() + b.width(); x++) {
        int rgb = shot.getRGB(x, y);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int bl = rgb & 0xFF;
        if (Math.max(r, Math.max(g, bl)) - Math.min(r, Math.min(g, bl)) > 40) coloured++;
        if (r + g + bl < 600) ink++;
      }
    }
    expect(coloured >= MIN_COLOURED, "chart " + b.index() + " at (" + b.left() + ", "
        + b.top() + ") shows " + coloured + " coloured pixels in " + png);
    expect(ink >= b.width() * b.height() / 100, "chart " + b.index() + " is nearly blank in "
        + png);
  }

  private static void expect(boolean ok, String message) {
    if (!ok) throw new AssertionError(message);
  }

  /** {@code ChartsDrawn PAGE.html WORKDIR}: checks a page; prints the chart count. */
  public static void main(String[] args) throws Exception {
    Path work = Files.createDirectories(Path.of(args[1]));
    List<Box> boxes = check(Path.of(args[0]), work, work.resolve("page.png"));
    System.out.println(boxes.size() + " charts drawn; screenshot " + work.resolve("page.png"));
  }
}
