package io.plutuscalibrate.reports.format;

import io.plutuscalibrate.reports.drift.BuiltinDrift;
import io.plutuscalibrate.reports.drift.DriftReport;
import io.plutuscalibrate.reports.drift.FailOn;
import java.util.List;

/**
 * A drift report as JUnit XML, the form CI systems (GitHub Actions test reporters, GitLab,
 * Jenkins) read: one test suite "calibrate.drift" with one test case per builtin, failed when
 * its verdict counts as a failure under the {@link FailOn} policy, and skipped when only one run
 * has the builtin. The layout follows the Ant JUnit schema that those tools accept:
 * {@code testsuites > testsuite > (properties, testcase*)}, a testcase with at most one
 * {@code failure} or {@code skipped} child.
 */
public final class DriftJunit implements ReportFormat<DriftReport> {
  private static final String SUITE = "calibrate.drift";

  private final FailOn failOn;

  public DriftJunit(FailOn failOn) {
    this.failOn = failOn;
  }

  @Override
  public String render(DriftReport r) {
    List<String> removed = r.builtinsOnlyInBaseline();
    List<String> added = r.builtinsOnlyInCurrent();
    int tests = r.builtins().size() + removed.size() + added.size();
    long failures = r.builtins().stream().filter(b -> failOn.fails(b.verdict())).count();
    int skipped = removed.size() + added.size();
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    String counts = " tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\""
        + skipped + "\" time=\"0\"";
    x.append("<testsuites name=\"").append(SUITE).append('"').append(counts).append(">\n");
    x.append("  <testsuite name=\"").append(SUITE).append('"').append(counts).append(">\n");
    x.append("    <properties>\n");
    property(x, "baseline", r.baseline());
    property(x, "current", r.current());
    property(x, "threshold", Fmt.fraction(r.settings().threshold()));
    property(x, "fdr", Fmt.fraction(r.settings().fdr()));
    property(x, "runWideFactor", Fmt.ratio(r.noise().global()));
    property(x, "normalized", String.valueOf(r.noise().normalized()));
    if (r.batch()) {
      property(x, "baselineRuns", String.valueOf(r.baselineRuns()));
      property(x, "currentRuns", String.valueOf(r.currentRuns()));
    }
    for (String w : r.warnings()) property(x, "warning", w);
    x.append("    </properties>\n");
    for (BuiltinDrift b : r.builtins()) {
      String summary = b.verdict().label() + " " + Fmt.change(b.change()) + ", adjusted p "
          + Fmt.p(b.adjustedP()) + ", " + b.points() + (b.points() == 1 ? " point" : " points")
          + " (" + b.pointsSlower() + " slower, " + b.pointsFaster() + " faster)"
          + (r.batch() ? ", between-run sd " + Fmt.logSd(b.betweenRunSd()) : "");
      testcase(x, b.builtin());
      if (failOn.fails(b.verdict())) {
        x.append(">\n      <failure type=\"").append(b.verdict().label())
            .append("\" message=\"").append(Xml.escape(b.builtin() + " " + summary))
            .append("\">").append(Xml.escape(summary)).append("</failure>\n    </testcase>\n");
      } else {
        x.append(">\n      <system-out>").append(Xml.escape(summary))
            .append("</system-out>\n    </testcase>\n");
      }
    }
    for (String b : removed) skippedCase(x, b, "only in the baseline " + r.baseline());
    for (String b : added) skippedCase(x, b, "only in the current run " + r.current());
    x.append("  </testsuite>\n</testsuites>\n");
    return x.toString();
  }

  private static void property(StringBuilder x, String name, String value) {
    x.append("      <property name=\"").append(name).append("\" value=\"")
        .append(Xml.escape(value)).append("\"/>\n");
  }

  private static void testcase(StringBuilder x, String builtin) {
    x.append("    <testcase classname=\"").append(SUITE).append("\" name=\"")
        .append(Xml.escape(builtin)).append("\" time=\"0\"");
  }

  private static void skippedCase(StringBuilder x, String builtin, String why) {
    testcase(x, builtin);
    x.append(">\n      <skipped message=\"").append(Xml.escape(why)).append("\"/>\n    </testcase>\n");
  }
}
