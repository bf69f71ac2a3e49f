package io.plutuscalibrate.reports.format;

import io.plutuscalibrate.reports.compare.Basis;
import io.plutuscalibrate.reports.compare.Batch;
import io.plutuscalibrate.reports.compare.CompareReport;
import io.plutuscalibrate.reports.compare.Comparison;
import io.plutuscalibrate.reports.compare.Difference;
import io.plutuscalibrate.reports.compare.Spread;
import java.util.List;
import java.util.Locale;

/**
 * A batch comparison for the terminal, one row per builtin: per batch the spread between its
 * runs (CV across runs), then per batch after the first its change against the first with the
 * 95% interval; '*' marks intervals that exclude no change.
 */
public final class CompareText implements ReportFormat<CompareReport> {
  @Override
  public String render(CompareReport r) {
    StringBuilder s = new StringBuilder();
    List<Batch> batches = r.batches();
    for (Batch b : batches) {
      s.append("batch ").append(b.name()).append(": ").append(b.runs().size())
          .append(b.runs().size() == 1 ? " run" : " runs").append('\n');
    }
    s.append("reference: ").append(batches.get(0).name()).append("; ").append(r.points().size())
        .append(" points in every run");
    if (r.pointsLeftOut() > 0) s.append(", ").append(r.pointsLeftOut()).append(" left out (missing from some run)");
    s.append('\n');
    s.append(CompareMarkdown.basisNote(r)).append("\n\n");
    int width = Math.max(8, r.builtins().stream().mapToInt(c -> c.name().length()).max().orElse(8));
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s %6s", "builtin", "points"));
    for (Batch b : batches) head.append(String.format(Locale.ROOT, " %12s", "cv " + clip(b.name(), 9)));
    for (int b = 1; b < batches.size(); b++) {
      head.append(String.format(Locale.ROOT, "  %-28s", clip(batches.get(b).name(), 18) + " vs " + clip(batches.get(0).name(), 6)));
    }
    s.append(head.toString().stripTrailing()).append('\n');
    for (Comparison c : r.builtins()) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s %6d", c.name(), c.points()));
      for (Spread sp : c.spreads()) row.append(String.format(Locale.ROOT, " %12s", cv(sp)));
      for (Difference d : c.differences()) {
        row.append(String.format(Locale.ROOT, "  %-28s",
            Fmt.change(d.ratio()) + (d.significant() ? " *" : "")));
      }
      s.append(row.toString().stripTrailing()).append('\n');
    }
    for (String w : r.warnings()) s.append("warning: ").append(w).append('\n');
    return s.toString();
  }

  static String cv(Spread s) {
    return Double.isNaN(s.cv()) ? "-" : String.format(Locale.ROOT, "%.1f%%", s.cv() * 100);
  }

  private static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "~";
  }

  static boolean any(CompareReport r, Basis basis) {
    for (Comparison c : r.builtins()) {
      for (Difference d : c.differences()) if (d.basis() == basis) return true;
    }
    return false;
  }
}
