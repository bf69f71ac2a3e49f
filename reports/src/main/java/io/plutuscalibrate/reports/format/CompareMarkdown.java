package io.plutuscalibrate.reports.format;

import io.plutuscalibrate.reports.compare.Basis;
import io.plutuscalibrate.reports.compare.Batch;
import io.plutuscalibrate.reports.compare.CompareReport;
import io.plutuscalibrate.reports.compare.Comparison;
import io.plutuscalibrate.reports.compare.Difference;
import io.plutuscalibrate.reports.compare.Spread;
import io.plutuscalibrate.reports.timing.RunTimings;
import java.util.List;
import java.util.Locale;

/**
 * A batch comparison as Markdown: the batches and their runs, then one table row per builtin with
 * each batch's spread between runs (CV, min-max of the builtin's level) and each batch's change
 * against the first with its 95% interval.
 */
public final class CompareMarkdown implements ReportFormat<CompareReport> {
  @Override
  public String render(CompareReport r) {
    StringBuilder s = new StringBuilder();
    List<Batch> batches = r.batches();
    s.append("# Batch comparison\n\n");
    for (Batch b : batches) {
      s.append("- **").append(DriftMarkdown.cell(b.name())).append("**")
          .append(b == batches.get(0) ? " (reference)" : "").append(": ");
      List<RunTimings> runs = b.runs();
      for (int i = 0; i < runs.size(); i++) {
        s.append(i == 0 ? "" : ", ").append('`').append(DriftMarkdown.cell(runs.get(i).source())).append('`');
      }
      s.append('\n');
    }
    s.append('\n').append(r.points().size()).append(" points in every run");
    if (r.pointsLeftOut() > 0) s.append(", ").append(r.pointsLeftOut()).append(" left out");
    s.append(". ").append(basisNote(r)).append("\n\n");
    s.append("| builtin | points |");
    for (Batch b : batches) s.append(" ").append(DriftMarkdown.cell(b.name())).append(" cv (min-max µs) |");
    for (int b = 1; b < batches.size(); b++) {
      s.append(" ").append(DriftMarkdown.cell(batches.get(b).name())).append(" vs ")
          .append(DriftMarkdown.cell(batches.get(0).name())).append(" |");
    }
    s.append("\n| --- | ---: |");
    for (int b = 0; b < batches.size(); b++) s.append(" ---: |");
    for (int b = 1; b < batches.size(); b++) s.append(" --- |");
    s.append('\n');
    for (Comparison c : r.builtins()) {
      s.append("| `").append(DriftMarkdown.cell(c.name())).append("` | ").append(c.points()).append(" |");
      for (Spread sp : c.spreads()) {
        s.append(' ').append(CompareText.cv(sp)).append(String.format(Locale.ROOT, " (%s-%s) |",
            Fmt.micros(sp.min()), Fmt.micros(sp.max())));
      }
      for (Difference d : c.differences()) {
        s.append(' ').append(d.significant() ? "**" : "").append(Fmt.change(d.ratio()))
            .append(d.significant() ? "**" : "").append(" |");
      }
      s.append('\n');
    }
    if (!r.warnings().isEmpty()) {
      s.append("\n## Warnings\n\n");
      for (String w : r.warnings()) s.append("- ").append(DriftMarkdown.cell(w)).append('\n');
    }
    return s.toString();
  }

  /** What the intervals rest on, in one sentence. */
  static String basisNote(CompareReport r) {
    if (CompareText.any(r, Basis.WITHIN_RUN)) {
      return "Intervals (95%) rest on the within-run error only, as no batch has two runs:"
          + " they are too narrow for differences between runs.";
    }
    if (CompareText.any(r, Basis.POOLED)) {
      return "Intervals (95%) rest on the spread between runs; a single-run batch borrows the"
          + " spread pooled over the batches with several runs.";
    }
    return "Intervals (95%) rest on the spread between runs of each batch (Welch).";
  }
}
