package io.plutuscalibrate.reports.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.reports.SharedData;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CriterionCsvTest {
  private static RunTimings read(String text) throws Exception {
    return CriterionCsv.read(new StringReader(text), "t.csv");
  }

  @Test
  void readsSecondsAsMicrosecondsWithCommentsAndOptionalSd() throws Exception {
    RunTimings r = read("\uFEFF# a comment\nbenchmark,t,t.mean.lb,t.mean.ub # trailing\n\n"
        + "AddInteger/1/1,1.5e-6,1.4e-6,1.6e-6\nNop1b,2e-8,1e-8,3e-8\n");
    assertEquals(2, r.points().size());
    PointTiming p = r.point("AddInteger/1/1");
    assertEquals("AddInteger", p.builtin());
    assertEquals(1.5, p.mean(), 1e-12);
    assertEquals(1.4, p.lower(), 1e-12);
    assertEquals(4, p.line());
    assertTrue(Double.isNaN(p.sd()));
    assertEquals("Nop1b", r.point("Nop1b").builtin());
  }

  @Test
  void errorsNameLineAndColumn() {
    TimingsInputException e = assertThrows(TimingsInputException.class, () -> read(
        "benchmark,t,t.mean.lb,t.mean.ub,t.sd\nA/1,1e-6,1e-6,1e-6,0x1p3\n"));
    assertEquals("t.csv:2 (column t.sd): expected a time in seconds (a decimal number such as"
        + " 1.5e-6), found '0x1p3'", e.getMessage());
    e = assertThrows(TimingsInputException.class, () -> read("benchmark,t,t.mean.lb,t.mean.ub\nA/1,0,0,0\n"));
    assertTrue(e.getMessage().startsWith("t.csv:2 (column t): the time must be positive"));
    e = assertThrows(TimingsInputException.class, () -> read("# only a comment\n"));
    assertTrue(e.getMessage().startsWith("t.csv: no header line"));
  }

  @Test
  void withinRunErrorComesFromTheInterval() throws Exception {
    PointTiming p = read("benchmark,t,t.mean.lb,t.mean.ub,t.sd\nA/1,1e-6,0.98e-6,1.02e-6,1e-7\n").point("A/1");
    double se = (Math.log(1.02) - Math.log(0.98)) / (2 * 1.959963984540054);
    assertEquals(se * se, p.logVariance(), 1e-15);
    PointTiming q = read("benchmark,t,t.mean.lb,t.mean.ub,t.sd\nA/1,1e-6,1e-6,1e-6,1e-7\n").point("A/1");
    assertEquals(0.01 / PointTiming.ASSUMED_SAMPLES, q.logVariance(), 1e-15);
  }

  @Test
  void readsTheOfficialBenchmarkResults() throws Exception {
    RunTimings r = TimingsReader.read(SharedData.path("cost-model/benching-conway.csv"));
    assertEquals(14773, r.points().size());
    assertEquals(121, r.points().stream().map(PointTiming::builtin).distinct().count());
    assertTrue(r.warnings().isEmpty());
  }
}
