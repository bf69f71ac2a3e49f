package io.plutuscalibrate.reports.format;

import io.plutuscalibrate.reports.Golden;
import io.plutuscalibrate.reports.drift.DriftAnalysis;
import io.plutuscalibrate.reports.drift.DriftReport;
import io.plutuscalibrate.reports.drift.DriftSettings;
import io.plutuscalibrate.reports.drift.FailOn;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The drift outputs for batches of runs (Note [Batches of runs] in BatchDriftAnalysis), sealed
 * by golden files: two runs per side, from the golden inputs of the batch comparison.
 */
class GoldenBatchDriftFormatsTest {
  private static DriftReport drift() throws Exception {
    return DriftAnalysis.analyse(List.of(Golden.csv("run-a1.csv"), Golden.csv("run-a2.csv")),
        List.of(Golden.csv("run-b1.csv"), Golden.csv("run-b2.csv")), DriftSettings.defaults());
  }

  @Test
  void json() throws Exception {
    Golden.check("drift-batch.json", new DriftJson(FailOn.ANY).render(drift()));
  }

  @Test
  void markdown() throws Exception {
    Golden.check("drift-batch.md", new DriftMarkdown(FailOn.ANY).render(drift()));
  }

  @Test
  void junit() throws Exception {
    Golden.check("drift-batch.xml", new DriftJunit(FailOn.ANY).render(drift()));
  }

  @Test
  void text() throws Exception {
    Golden.check("drift-batch.txt", new DriftText(FailOn.ANY).render(drift()));
  }
}
