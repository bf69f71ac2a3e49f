package io.plutuscalibrate.reports.format;

import io.plutuscalibrate.reports.drift.BuiltinDrift;
import io.plutuscalibrate.reports.drift.DriftReport;
import io.plutuscalibrate.reports.drift.FailOn;
import io.plutuscalibrate.reports.drift.PointDrift;
import io.plutuscalibrate.reports.drift.RunNoise;
import io.plutuscalibrate.reports.drift.Verdict;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A drift report as Markdown, for a CI job summary or a pull-request comment: the result, how it
 * was decided, the drifted builtins, then every builtin in a collapsed table and the points that
 * drifted under unchanged builtins.
 */
public final class DriftMarkdown implements ReportFormat<DriftReport> {
  private final FailOn failOn;

  public DriftMarkdown(FailOn failOn) {
    this.failOn = failOn;
  }

  @Override
  public String render(DriftReport r) {
    StringBuilder s = new StringBuilder();
    s.append("# Drift check\n\n");
    s.append("**").append(result(r, failOn)).append("**\n\n");
    s.append("| | |\n| --- | --- |\n");
    s.append("| baseline | `").append(cell(r.baseline())).append("` |\n");
    s.append("| current | `").append(cell(r.current())).append("` |\n");
    if (r.batch()) {
      s.append("| runs | ").append(r.baselineRuns()).append(" baseline, ")
          .append(r.currentRuns()).append(" current |\n");
    }
    s.append("| points | ").append(r.points().size()).append(" in common, ")
        .append(r.onlyInBaseline().size()).append(" only in the baseline, ")
        .append(r.onlyInCurrent().size()).append(" only in the current run |\n");
    RunNoise n = r.noise();
    s.append("| run-wide factor | ").append(Fmt.ratio(n.global()))
        .append(n.normalized() ? ", changes are relative to it" : ", not removed") .append(" |\n");
    s.append("| noise | ").append(cell(noiseLine(r))).append(" |\n");
    s.append("| decision | ").append(cell(decision(r))).append(" |\n\n");
    List<BuiltinDrift> drifted = r.builtins().stream().filter(b -> b.verdict().drifted()).toList();
    if (!drifted.isEmpty()) {
      s.append("## Drifted builtins\n\n");
      table(s, drifted, r.batch());
    }
    List<String> removed = r.builtinsOnlyInBaseline();
    List<String> added = r.builtinsOnlyInCurrent();
    if (!removed.isEmpty() || !added.isEmpty()) {
      s.append("## Not tested\n\n");
      for (String b : removed) s.append("- `").append(b).append("`: only in the baseline\n");
      for (String b : added) s.append("- `").append(b).append("`: only in the current run\n");
      s.append('\n');
    }
    List<PointDrift> lone = lonePoints(r);
    if (!lone.isEmpty()) {
      s.append("## Points that drifted under unchanged builtins\n\n");
      s.append(r.batch()
          ? "Point verdicts are details under their builtin; these do not fail the check.\n\n"
          : "A change confined to a few points cannot be told from interference with one run"
              + " per side; these do not fail the check.\n\n");
      s.append("| benchmark | verdict | change | 95% interval | adjusted p |\n");
      s.append("| --- | --- | ---: | --- | ---: |\n");
      for (PointDrift p : lone) {
        s.append("| `").append(cell(p.benchmark())).append("` | ").append(p.verdict().label())
            .append(" | ").append(Fmt.pct(p.change().estimate())).append(" | ")
            .append(Fmt.interval(p.change())).append(" | ").append(Fmt.p(p.adjustedP()))
            .append(" |\n");
      }
      s.append('\n');
    }
    s.append("<details><summary>All ").append(r.builtins().size())
        .append(" builtins</summary>\n\n");
    table(s, r.builtins(), r.batch());
    s.append("</details>\n");
    if (!r.warnings().isEmpty()) {
      s.append("\n## Warnings\n\n");
      for (String w : r.warnings()) s.append("- ").append(cell(w)).append('\n');
    }
    return s.toString();
  }

  private static void table(StringBuilder s, List<BuiltinDrift> builtins, boolean batch) {
    s.append("| builtin | verdict | change | 95% interval | adjusted p | points | drifted points |")
        .append(batch ? " between-run sd |\n" : "\n");
    s.append("| --- | --- | ---: | --- | ---: | ---: | --- |").append(batch ? " ---: |\n" : "\n");
    for (BuiltinDrift b : builtins) {
      s.append("| `").append(cell(b.builtin())).append("` | ").append(b.verdict().label())
          .append(" | ").append(Fmt.pct(b.change().estimate())).append(" | ")
          .append(Fmt.interval(b.change())).append(" | ").append(Fmt.p(b.adjustedP()))
          .append(" | ").append(b.points()).append(" | ").append(b.pointsSlower())
          .append(" slower, ").append(b.pointsFaster()).append(" faster |");
      if (batch) s.append(' ').append(Fmt.logSd(b.betweenRunSd())).append(" |");
      s.append('\n');
    }
    s.append('\n');
  }

  /** The one-line result: what drifted and whether that fails the check. */
  static String result(DriftReport r, FailOn failOn) {
    int slower = r.builtins(Verdict.SLOWER).size();
    int faster = r.builtins(Verdict.FASTER).size();
    if (slower + faster == 0) return "no drift: all " + r.builtins().size() + " builtins unchanged";
    String what = "drift: " + slower + " slower, " + faster + " faster";
    return r.fails(failOn) ? what : what + " (not a failure with --fail-on slower)";
  }

  /** How drift is decided, in one line. */
  static String decision(DriftReport r) {
    if (r.batch()) {
      return "drifted = change beyond +-" + Fmt.fraction(r.settings().threshold())
          + " and significant at " + Fmt.fraction(r.settings().fdr()) + " (moderated t on "
          + r.baselineRuns() + " baseline and " + r.currentRuns() + " current runs, Holm across "
          + r.builtins().size() + " builtins; points: Benjamini-Hochberg across "
          + r.points().size() + ")";
    }
    return "drifted = change beyond +-" + Fmt.fraction(r.settings().threshold())
        + " and significant at " + Fmt.fraction(r.settings().fdr()) + " (Holm across "
        + r.builtins().size() + " builtins; points: Benjamini-Hochberg across " + r.points().size()
        + ")";
  }

  /** The estimated run-to-run noise, in one line. */
  static String noiseLine(DriftReport r) {
    RunNoise n = r.noise();
    if (r.batch()) {
      return "between-run noise measured per builtin from the runs of each side (typical "
          + Fmt.logSd(n.builtinNoise()) + " for a builtin, " + Fmt.logSd(n.pointNoise())
          + " for a point, at least " + Fmt.logSd(r.settings().minRunNoise()) + "; prior weight "
          + priorDf(n.priorDf()) + " degrees of freedom against " + (r.baselineRuns()
          + r.currentRuns() - 2) + " of a builtin's own runs)";
    }
    String builtin = Fmt.logSd(n.builtinNoise()) + (n.builtinNoiseEstimated()
        ? " (estimated, at least " + Fmt.logSd(r.settings().minRunNoise()) + ")"
        : " (the minimum: too few builtins to estimate it)");
    return "run-to-run noise of a builtin " + builtin + ", of a point " + Fmt.logSd(n.pointNoise())
        + "; " + n.pointsWithSamples() + " points tested on raw samples";
  }

  private static String priorDf(double d0) {
    return Double.isInfinite(d0) ? "infinite" : String.format(java.util.Locale.ROOT, "%.1f", d0);
  }

  /** Drifted points whose builtin is unchanged, in report order. */
  static List<PointDrift> lonePoints(DriftReport r) {
    Set<String> drifted = new HashSet<>();
    for (BuiltinDrift b : r.builtins()) if (b.verdict().drifted()) drifted.add(b.builtin());
    return r.points().stream()
        .filter(p -> p.verdict().drifted() && !drifted.contains(p.builtin())).toList();
  }

  /** "12 of 50 slower" style note on a builtin's points. */
  static String pointsNote(BuiltinDrift b) {
    StringBuilder s = new StringBuilder();
    s.append(b.points()).append(b.points() == 1 ? " point" : " points");
    if (b.pointsSlower() > 0) s.append(", ").append(b.pointsSlower()).append(" slower");
    if (b.pointsFaster() > 0) s.append(", ").append(b.pointsFaster()).append(" faster");
    return s.toString();
  }

  /** Text safe inside a table cell. */
  static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ").replace("`", "'");
  }
}
