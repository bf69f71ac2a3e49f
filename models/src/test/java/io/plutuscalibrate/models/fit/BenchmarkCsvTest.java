package io.plutuscalibrate.models.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.SharedData;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class BenchmarkCsvTest {
  private static final String HEADER = "benchmark,t,t.mean.lb,t.mean.ub,t.sd,t.sd.lb,t.sd.ub\n";

  static BenchmarkData read(String text) throws Exception {
    return BenchmarkCsv.read(new StringReader(text), "test.csv");
  }

  @Test
  void readsCommentsHeaderSizesAndMicroseconds() throws Exception {
    BenchmarkData d = read("# a comment\n\n" + HEADER
        + "AddInteger/11/22,1.5e-6,1.4e-6,1.6e-6,1e-9,1e-9,1e-9\n"
        + "Nop5o/1/1/1/1/1,2e-6,2e-6,2e-6,0,0,0   # trailing comment\n"
        + "Sha2_256/100,3.0e-6,3e-6,3e-6,0,0,0 \n");
    assertEquals(3, d.rows().size());
    BenchmarkRow add = d.rows("AddInteger").get(0);
    assertEquals(4, add.line());
    assertEquals(11, add.x());
    assertEquals(22, add.y());
    assertTrue(Double.isNaN(add.z()));
    assertEquals(1.5e-6 * 1e6, add.t(), 0);
    assertEquals(1.6e-6 * 1e6, add.tMeanUb(), 0);
    BenchmarkRow nop = d.rows("Nop5o").get(0);
    assertEquals(1, nop.u(), "the first four sizes are kept");
    assertEquals(3.0, d.rows("Sha2_256").get(0).t(), 1e-15, "blanks around a number are allowed");
  }

  @Test
  void aMalformedNumberIsReportedWithItsLineAndColumn() {
    BenchmarkFormatException e = assertThrows(BenchmarkFormatException.class, () -> read(
        "# x\n" + HEADER + "AddInteger/1/1,1e-6,1e-6,1e-6,0,0,0\n"
            + "AddInteger/2/2,1e-6,abc,1e-6,0,0,0\n"));
    assertEquals(4, e.line());
    assertEquals("t.mean.lb", e.column());
    assertTrue(e.getMessage().contains("test.csv:4"), e.getMessage());
    assertTrue(e.getMessage().contains("'abc'"), e.getMessage());
  }

  @Test
  void notANumberAndJavaOnlyFormsAreMalformed() {
    for (String bad : new String[] {"NaN", "NA", "Infinity", "0x1p3", "1d", "", "1e", "."}) {
      assertThrows(BenchmarkFormatException.class,
          () -> read(HEADER + "AddInteger/1/1," + bad + ",1,1,0,0,0\n"), bad);
    }
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsReported() {
    BenchmarkFormatException e = assertThrows(BenchmarkFormatException.class,
        () -> read(HEADER + "AddInteger/1/1,1e-6,1e-6\n"));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("expected 7"), e.getMessage());
  }

  @Test
  void aMissingHeaderColumnIsReported() {
    BenchmarkFormatException e = assertThrows(BenchmarkFormatException.class,
        () -> read("benchmark,t,lower,upper\nAddInteger/1/1,1,1,1\n"));
    assertEquals(1, e.line());
    assertTrue(e.getMessage().contains("t.mean.lb"), e.getMessage());
  }

  @Test
  void windowsLineEndsAndAByteOrderMarkAreAccepted() throws Exception {
    BenchmarkData d = read("\uFEFF" + HEADER.replace("\n", "\r\n")
        + "Bar/3,1e-6,1e-6,1e-6,0,0,0\r\n");
    assertEquals(1, d.rows("Bar").size());
  }

  @Test
  void anEmptyFileHasNoHeader() {
    assertThrows(BenchmarkFormatException.class, () -> read("# only a comment\n"));
  }

  @Test
  void namesWithoutSizesAreSkippedWithAWarning() throws Exception {
    BenchmarkData d = read(HEADER + "UnitTerm,1e-6,1e-6,1e-6,0,0,0\nFoo/x,1,1,1,0,0,0\n"
        + "Bar/3,1e-6,1e-6,1e-6,0,0,0\n");
    assertEquals(1, d.rows().size());
    assertEquals(2, d.warnings().size());
    assertTrue(d.warnings().get(0).contains("test.csv:2"), d.warnings().get(0));
  }

  /**
   * A run written before benching.csv was kept to builtin and overhead points: its machine-step
   * and script rows are skipped with one warning for all of them, not one each.
   */
  @Test
  void machineStepAndScriptRowsOfOldRunsAreSkippedWithOneWarning() throws Exception {
    BenchmarkData d = read(HEADER + "AddInteger/1/1,1e-6,1e-6,1e-6,0,0,0\n"
        + "MachineSteps/base/0,3e-7,3e-7,3e-7,0,0,0\nMachineSteps/const/100,7e-7,7e-7,7e-7,0,0,0\n"
        + "Script/fib/10,1e-5,1e-5,1e-5,0,0,0\nUserScript/a/b.flat,1e-5,1e-5,1e-5,0,0,0\n"
        + "Foo/x,1,1,1,0,0,0\n");
    assertEquals(1, d.rows().size());
    assertEquals(2, d.warnings().size(), d.warnings().toString());
    assertTrue(d.warnings().get(0).contains("Foo/x"), d.warnings().get(0));
    assertTrue(d.warnings().get(1).contains("4 machine-step and script rows"),
        d.warnings().get(1));
  }

  @Test
  void columnsAreFoundByName() throws Exception {
    BenchmarkData d = read("t.mean.ub,benchmark,t.mean.lb,t\n3e-6,Bar/3,1e-6,2e-6\n");
    BenchmarkRow r = d.rows("Bar").get(0);
    assertEquals(2, r.t(), 1e-12);
    assertEquals(1, r.tMeanLb(), 1e-12);
    assertEquals(3, r.tMeanUb(), 1e-12);
  }

  @Test
  void readsTheOfficialFile() throws Exception {
    BenchmarkData d = BenchmarkCsv.read(SharedData.path("cost-model/benching-conway.csv"));
    // 14783 lines: 9 comments and the header; every other line is a result with sizes.
    assertEquals(14783 - 10, d.rows().size());
    assertEquals(225, d.rows("AddInteger").size());
    assertEquals(2, d.rows("DropList").stream()
        .filter(r -> r.benchmark().equals("DropList/48/10301")).count(), "repeated rows are kept");
    assertEquals(java.util.List.of(), d.warnings());
  }
}
