package io.plutuscalibrate.reports.charts;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the charts of one page share: their styles as CSS classes, and the outlines of their tick
 * labels as paths drawn once and referenced with {@code <use>}. One sheet per page; the page puts
 * {@link #css()} into its style sheet and {@link #definitions()} into its body.
 *
 * <p>Note [Sharing between the charts of a page]: VectorGraphics2D writes every element with its
 * full style ({@code style="fill:rgb(78,121,167);fill-opacity:0.6;stroke:none;"} on each of tens
 * of thousands of markers), and XChart draws each tick label as a glyph outline of ~1 KB (see Note
 * [Text outside the chart pictures] in {@link SvgCharts}). On a report of 200 charts the same
 * styles and the same labels ("0", "0.5", "100") come back again and again: as classes and shared
 * outlines the page of the official benchmark data shrank from 15 MB to a third of that. The
 * charts then need the page's definitions to show their tick labels and colours.
 */
public final class SvgSheet {
  private final Map<String, String> classes = new LinkedHashMap<>();
  private final Map<String, String> outlines = new LinkedHashMap<>();
  private final String prefix;

  private SvgSheet(String prefix) {
    this.prefix = prefix;
  }

  /** A sheet whose class names and ids start with {@code prefix} (an XML name, e.g. "v"). */
  public static SvgSheet create(String prefix) {
    if (!prefix.matches("[A-Za-z_][A-Za-z0-9_-]*")) {
      throw new IllegalArgumentException("prefix '" + prefix + "' is not an XML name");
    }
    return new SvgSheet(prefix);
  }

  /** The class name standing for an SVG style attribute's value. */
  String classFor(String style) {
    return classes.computeIfAbsent(style, s -> prefix + "s" + classes.size());
  }

  /** The id of the shared path with this outline. */
  String outline(String d) {
    return outlines.computeIfAbsent(d, s -> prefix + "g" + outlines.size());
  }

  /** The CSS rules of the classes handed out so far. */
  public String css() {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, String> e : classes.entrySet()) {
      b.append('.').append(e.getValue()).append('{').append(e.getKey()).append('}');
    }
    return b.toString();
  }

  /** An invisible SVG element holding the shared outlines, to put anywhere in the page's body. */
  public String definitions() {
    StringBuilder b = new StringBuilder("<svg class=\"").append(prefix)
        .append("defs\" width=\"0\" height=\"0\" aria-hidden=\"true\" style=\"position:absolute\">"
            + "<defs>");
    for (Map.Entry<String, String> e : outlines.entrySet()) {
      b.append("<path id=\"").append(e.getValue()).append("\" d=\"").append(e.getKey())
          .append("\"/>");
    }
    return b.append("</defs></svg>").toString();
  }

  /** How many classes and outlines are shared. */
  public int size() {
    return classes.size() + outlines.size();
  }
}
