package io.plutuscalibrate.reports.diff.render;

import io.plutuscalibrate.reports.diff.DiffReport;
import java.util.List;

/** GitHub-flavoured Markdown: headings, paragraphs, lists and pipe tables. */
final class MarkdownFormat implements ReportFormat {

  @Override
  public String render(DiffReport report) {
    StringBuilder b = new StringBuilder();
    for (Block block : ReportDocument.of(report)) {
      if (b.length() > 0) {
        b.append('\n');
      }
      if (block instanceof Block.Heading h) {
        b.append("#".repeat(h.level())).append(' ').append(escape(h.text())).append('\n');
      } else if (block instanceof Block.Paragraph p) {
        b.append(escape(p.text())).append('\n');
      } else if (block instanceof Block.Bullets l) {
        for (String item : l.items()) {
          b.append("- ").append(escape(item)).append('\n');
        }
      } else if (block instanceof Block.Table t) {
        row(b, t.headers());
        StringBuilder rule = new StringBuilder("|");
        for (Block.Column c : t.columns()) {
          rule.append(c == Block.Column.TEXT ? " --- |" : " ---: |");
        }
        b.append(rule).append('\n');
        for (List<String> r : t.rows()) {
          row(b, r);
        }
      }
    }
    return b.toString();
  }

  private static void row(StringBuilder b, List<String> cells) {
    b.append('|');
    for (String c : cells) {
      b.append(' ').append(escape(c).replace("|", "\\|")).append(" |");
    }
    b.append('\n');
  }

  /**
   * Escapes what Markdown would take as markup in our text: backslashes, backticks, asterisks,
   * angle brackets opening a tag, and underscores at the edge of a word (CommonMark does not read
   * the underscores inside bls12_381_G1_add or quadratic_in_x_and_y as emphasis, so those stay
   * readable in the raw file).
   */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean edgeUnderscore = c == '_' && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1))
          || i == s.length() - 1 || !Character.isLetterOrDigit(s.charAt(i + 1)));
      if (c == '\\' || c == '`' || c == '*' || c == '<' || edgeUnderscore) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
