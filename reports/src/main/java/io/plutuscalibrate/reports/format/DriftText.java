package io.plutuscalibrate.reports.format;

import io.plutuscalibrate.reports.drift.BuiltinDrift;
import io.plutuscalibrate.reports.drift.DriftReport;
import io.plutuscalibrate.reports.drift.FailOn;
import io.plutuscalibrate.reports.drift.PointDrift;
import io.plutuscalibrate.reports.drift.RunNoise;
import io.plutuscalibrate.reports.drift.Verdict;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A drift report for the terminal: what was compared, the noise, the drifted builtins with their
 * change and interval, the largest unchanged ones, points that drifted under unchanged builtins,
 * and a last line with the result.
 */
public final class DriftText implements ReportFormat<DriftReport> {
  /** How many unchanged builtins and lone drifted points are listed at most. */
  static final int LIST_LIMIT = 10;

  private final FailOn failOn;

  public DriftText(FailOn failOn) {
    this.failOn = failOn;
  }

  @Override
  public String render(DriftReport r) {
    StringBuilder s = new StringBuilder();
    s.append("baseline: ").append(r.baseline()).append('\n');
    s.append("current:  ").append(r.current()).append('\n');
    if (r.batch()) {
      s.append("runs:     ").append(r.baselineRuns()).append(" baseline, ")
          .append(r.currentRuns()).append(" current\n");
    }
    s.append(DriftMarkdown.decision(r)).append('\n');
    RunNoise n = r.noise();
    s.append("run-wide factor ").append(Fmt.ratio(n.global()))
        .append(n.normalized() ? " (changes are relative to it)" : " (not removed: --no-normalize)")
        .append('\n');
    s.append(DriftMarkdown.noiseLine(r)).append('\n');
    s.append(r.points().size()).append(" common points in ").append(r.builtins().size())
        .append(" builtins");
    if (!r.onlyInBaseline().isEmpty()) s.append("; ").append(r.onlyInBaseline().size()).append(" only in the baseline");
    if (!r.onlyInCurrent().isEmpty()) s.append("; ").append(r.onlyInCurrent().size()).append(" only in the current run");
    s.append("\n\n");
    int width = Math.max(8, r.builtins().stream().mapToInt(b -> b.builtin().length()).max().orElse(8));
    for (Verdict v : List.of(Verdict.SLOWER, Verdict.FASTER)) {
      List<BuiltinDrift> list = r.builtins(v);
      s.append(v.label()).append(": ").append(list.size()).append(list.size() == 1 ? " builtin" : " builtins").append('\n');
      for (BuiltinDrift b : list) s.append("  ").append(row(b, width, r.batch())).append('\n');
    }
    List<BuiltinDrift> unchanged = r.builtins(Verdict.UNCHANGED).stream()
        .sorted(Comparator.comparingDouble((BuiltinDrift b) -> Math.abs(Math.log(b.change().estimate()))).reversed())
        .toList();
    s.append("unchanged: ").append(unchanged.size()).append(unchanged.size() == 1 ? " builtin" : " builtins");
    if (!unchanged.isEmpty()) {
      s.append(unchanged.size() > LIST_LIMIT ? " (largest changes first)" : "").append('\n');
      for (BuiltinDrift b : unchanged.subList(0, Math.min(LIST_LIMIT, unchanged.size()))) {
        s.append("  ").append(row(b, width, r.batch())).append('\n');
      }
    } else {
      s.append('\n');
    }
    List<PointDrift> lone = DriftMarkdown.lonePoints(r);
    if (!lone.isEmpty()) {
      s.append(lone.size()).append(lone.size() == 1 ? " point" : " points")
          .append(" drifted under unchanged builtins (details only; see Note [Drift decision]):\n");
      for (PointDrift p : lone.subList(0, Math.min(LIST_LIMIT, lone.size()))) {
        s.append("  ").append(p.benchmark()).append(' ').append(p.verdict().label()).append(' ')
            .append(Fmt.change(p.change())).append('\n');
      }
    }
    for (String b : r.builtinsOnlyInBaseline()) s.append("not tested: ").append(b).append(" (only in the baseline)\n");
    for (String b : r.builtinsOnlyInCurrent()) s.append("not tested: ").append(b).append(" (only in the current run)\n");
    for (String w : r.warnings()) s.append("warning: ").append(w).append('\n');
    s.append('\n').append(DriftMarkdown.result(r, failOn)).append('\n');
    return s.toString();
  }

  private static String row(BuiltinDrift b, int width, boolean batch) {
    return String.format(Locale.ROOT, "%-" + width + "s %7s %-18s adj. p %-7s %s", b.builtin(),
        Fmt.pct(b.change().estimate()), Fmt.interval(b.change()), Fmt.p(b.adjustedP()),
        DriftMarkdown.pointsNote(b))
        + (batch ? ", between-run sd " + Fmt.logSd(b.betweenRunSd()) : "");
  }
}
