package io.plutuscalibrate.reports.format;

import io.plutuscalibrate.reports.Golden;
import io.plutuscalibrate.reports.compare.Batch;
import io.plutuscalibrate.reports.compare.CompareAnalysis;
import io.plutuscalibrate.reports.compare.CompareReport;
import io.plutuscalibrate.reports.drift.DriftAnalysis;
import io.plutuscalibrate.reports.drift.DriftReport;
import io.plutuscalibrate.reports.drift.DriftSettings;
import io.plutuscalibrate.reports.drift.FailOn;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every machine-readable output on small fixed inputs, sealed by golden files. */
class GoldenFormatsTest {
  private static DriftReport drift() throws Exception {
    return DriftAnalysis.analyse(Golden.csv("baseline.csv"), Golden.csv("current.csv"),
        DriftSettings.defaults());
  }

  private static CompareReport compare() throws Exception {
    return CompareAnalysis.analyse(List.of(
        new Batch("A", List.of(Golden.csv("run-a1.csv"), Golden.csv("run-a2.csv"))),
        new Batch("B", List.of(Golden.csv("run-b1.csv"), Golden.csv("run-b2.csv")))));
  }

  @Test
  void driftJson() throws Exception {
    Golden.check("drift.json", new DriftJson(FailOn.ANY).render(drift()));
  }

  @Test
  void driftMarkdown() throws Exception {
    Golden.check("drift.md", new DriftMarkdown(FailOn.ANY).render(drift()));
  }

  @Test
  void driftJunit() throws Exception {
    Golden.check("drift.xml", new DriftJunit(FailOn.ANY).render(drift()));
  }

  @Test
  void driftJunitFailingOnlyOnSlower() throws Exception {
    Golden.check("drift-slower.xml", new DriftJunit(FailOn.SLOWER).render(drift()));
  }

  @Test
  void driftText() throws Exception {
    Golden.check("drift.txt", new DriftText(FailOn.ANY).render(drift()));
  }

  @Test
  void compareJson() throws Exception {
    Golden.check("compare.json", new CompareJson().render(compare()));
  }

  @Test
  void compareMarkdown() throws Exception {
    Golden.check("compare.md", new CompareMarkdown().render(compare()));
  }

  @Test
  void compareText() throws Exception {
    Golden.check("compare.txt", new CompareText().render(compare()));
  }

  @Test
  void compareSingleRunsMarkdown() throws Exception {
    CompareReport single = CompareAnalysis.analyse(List.of(
        new Batch("A", List.of(Golden.csv("run-a1.csv"))),
        new Batch("B", List.of(Golden.csv("run-b1.csv")))));
    Golden.check("compare-single.md", new CompareMarkdown().render(single));
  }
}
