package io.plutuscalibrate.reports.diff.render;

import io.plutuscalibrate.reports.diff.DiffReport;
import java.util.List;

/**
 * The terminal format: headings underlined, paragraphs wrapped at 100 columns, tables with
 * aligned columns (numbers to the right).
 */
final class TextFormat implements ReportFormat {
  private static final int WIDTH = 100;

  @Override
  public String render(DiffReport report) {
    StringBuilder b = new StringBuilder();
    for (Block block : ReportDocument.of(report)) {
      if (b.length() > 0) {
        b.append('\n');
      }
      if (block instanceof Block.Heading h) {
        b.append(h.text()).append('\n');
        b.append((h.level() == 1 ? "=" : h.level() == 2 ? "-" : "~").repeat(h.text().length()))
            .append('\n');
      } else if (block instanceof Block.Paragraph p) {
        wrap(b, p.text(), "", "");
      } else if (block instanceof Block.Bullets l) {
        for (String item : l.items()) {
          wrap(b, item, "  - ", "    ");
        }
      } else if (block instanceof Block.Table t) {
        table(b, t);
      }
    }
    return b.toString();
  }

  private static void wrap(StringBuilder b, String text, String first, String rest) {
    String prefix = first;
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && prefix.length() + line.length() + 1 + word.length() > WIDTH) {
        b.append(prefix).append(line).append('\n');
        line.setLength(0);
        prefix = rest;
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    b.append(prefix).append(line).append('\n');
  }

  private static void table(StringBuilder b, Block.Table t) {
    int n = t.headers().size();
    int[] width = new int[n];
    for (int i = 0; i < n; i++) {
      width[i] = t.headers().get(i).length();
      for (List<String> row : t.rows()) {
        width[i] = Math.max(width[i], row.get(i).length());
      }
    }
    line(b, t, t.headers(), width);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < n; i++) {
      rule.append(i == 0 ? "  " : "  ").append("-".repeat(width[i]));
    }
    b.append(rule).append('\n');
    for (List<String> row : t.rows()) {
      line(b, t, row, width);
    }
  }

  private static void line(StringBuilder b, Block.Table t, List<String> cells, int[] width) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      String pad = " ".repeat(width[i] - c.length());
      s.append("  ");
      s.append(t.columns().get(i) == Block.Column.TEXT ? c + pad : pad + c);
    }
    b.append(s.toString().replaceAll("\\s+$", "")).append('\n');
  }
}
