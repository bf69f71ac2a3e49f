package io.plutuscalibrate.reports.diff.render;

import io.plutuscalibrate.reports.diff.DiffReport;
import java.util.List;

/**
 * A self-contained HTML page: the style sheet is inline and nothing is loaded from anywhere, so
 * the file can be attached to a review or opened offline. Increases are red and decreases green
 * in the change columns (a cost going up is what hurts someone).
 */
final class HtmlFormat implements ReportFormat {
  private static final String STYLE = String.join("\n",
      "body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }",
      "table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.9em; }",
      "th, td { border: 1px solid #ccc; padding: 0.2em 0.6em; }",
      "th { background: #f2f2f2; text-align: left; }",
      "td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }",
      "td.up { color: #b00020; }",
      "td.down { color: #1b7a2f; }",
      "td.text { font-family: ui-monospace, monospace; }");

  @Override
  public String render(DiffReport report) {
    List<Block> blocks = ReportDocument.of(report);
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    b.append("<title>Cost-model diff</title>\n<style>\n").append(STYLE).append("\n</style>\n");
    b.append("</head>\n<body>\n");
    for (Block block : blocks) {
      if (block instanceof Block.Heading h) {
        b.append("<h").append(h.level()).append('>').append(escape(h.text()))
            .append("</h").append(h.level()).append(">\n");
      } else if (block instanceof Block.Paragraph p) {
        b.append("<p>").append(escape(p.text())).append("</p>\n");
      } else if (block instanceof Block.Bullets l) {
        b.append("<ul>\n");
        for (String item : l.items()) {
          b.append("<li>").append(escape(item)).append("</li>\n");
        }
        b.append("</ul>\n");
      } else if (block instanceof Block.Table t) {
        table(b, t);
      }
    }
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  private static void table(StringBuilder b, Block.Table t) {
    b.append("<table>\n<thead><tr>");
    for (String h : t.headers()) {
      b.append("<th>").append(escape(h)).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : t.rows()) {
      b.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        String c = row.get(i);
        b.append("<td class=\"").append(cssClass(t.columns().get(i), c)).append("\">")
            .append(escape(c)).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  private static String cssClass(Block.Column column, String cell) {
    switch (column) {
      case NUMBER:
        return "num";
      case CHANGE:
        return cell.startsWith("+") || cell.equals("new") ? "num up"
            : cell.startsWith("-") && cell.length() > 1 ? "num down" : "num";
      default:
        return "text";
    }
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
