package io.plutuscalibrate.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DriftCommandTest {
  private static final String HEADER = "benchmark,t,t.mean.lb,t.mean.ub,t.sd,t.sd.lb,t.sd.ub\n";

  @TempDir Path dir;

  /** A CSV of 10 builtins x 5 points; builtin "B3" scaled by {@code slow}, all by {@code all}. */
  private Path csv(String name, double slow, double all, long seed) throws IOException {
    java.util.Random rnd = new java.util.Random(seed);
    StringBuilder s = new StringBuilder("# made up for the test\n").append(HEADER);
    for (int b = 0; b < 10; b++) {
      for (int i = 1; i <= 5; i++) {
        double t = 1e-6 * (1 + 0.1 * i + b) * all * (b == 3 ? slow : 1)
            * Math.exp(0.005 * rnd.nextGaussian());
        s.append(String.format(Locale.ROOT, "B%d/%d/%d,%.6e,%.6e,%.6e,%.6e,%.6e,%.6e%n", b, i, i,
            t, t * 0.998, t * 1.002, t * 0.01, t * 0.008, t * 0.012));
      }
    }
    Path p = dir.resolve(name);
    Files.writeString(p, s);
    return p;
  }

  @Test
  void sameBuildExits0() throws IOException {
    Cli r = Cli.run("drift", "--baseline", csv("a.csv", 1, 1, 1).toString(),
        "--current", csv("b.csv", 1, 1.03, 2).toString());
    assertEquals(0, r.exit(), r.err() + r.out());
    assertTrue(r.out().contains("no drift: all 10 builtins unchanged"), r.out());
    assertTrue(r.out().contains("run-wide factor 1.03"), r.out());
  }

  @Test
  void slowerBuiltinExits1AndWritesReports() throws IOException {
    Path json = dir.resolve("out/drift.json");
    Path junit = dir.resolve("out/drift.xml");
    Path md = dir.resolve("out/drift.md");
    Cli r = Cli.run("drift", "--baseline", csv("a.csv", 1, 1, 1).toString(),
        "--current", csv("b.csv", 1.2, 1, 2).toString(), "--json", json.toString(),
        "--junit", junit.toString(), "--markdown", md.toString());
    assertEquals(1, r.exit(), r.err() + r.out());
    assertTrue(r.out().contains("slower: 1 builtin\n  B3 "), r.out());
    JsonNode j = new ObjectMapper().readTree(json.toFile());
    assertTrue(j.get("failed").asBoolean());
    assertEquals(1, j.get("summary").get("slower").asInt());
    assertEquals("slower", j.get("builtins").get(3).get("verdict").asText());
    assertTrue(Files.readString(md).contains("| `B3` | slower |"));
  }

  @Test
  void junitIsValidXmlWithOneTestcasePerBuiltin() throws Exception {
    Path junit = dir.resolve("drift.xml");
    Cli.run("drift", "--baseline", csv("a.csv", 1, 1, 1).toString(),
        "--current", csv("b.csv", 0.8, 1, 2).toString(), "--junit", junit.toString());
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
    Element suites = doc.getDocumentElement();
    assertEquals("testsuites", suites.getTagName());
    NodeList cases = doc.getElementsByTagName("testcase");
    assertEquals(10, cases.getLength());
    assertEquals("10", suites.getAttribute("tests"));
    assertEquals("1", suites.getAttribute("failures"));
    NodeList failures = doc.getElementsByTagName("failure");
    assertEquals(1, failures.getLength());
    assertEquals("B3", ((Element) failures.item(0).getParentNode()).getAttribute("name"));
    assertEquals("faster", ((Element) failures.item(0)).getAttribute("type"));
  }

  @Test
  void failOnSlowerIgnoresFaster() throws IOException {
    Cli r = Cli.run("drift", "--baseline", csv("a.csv", 1, 1, 1).toString(),
        "--current", csv("b.csv", 0.8, 1, 2).toString(), "--fail-on", "slower");
    assertEquals(0, r.exit(), r.out());
    assertTrue(r.out().contains("faster: 1 builtin"), r.out());
  }

  @Test
  void thresholdDecidesSmallChanges() throws IOException {
    String a = csv("a.csv", 1, 1, 1).toString();
    String b = csv("b.csv", 1.07, 1, 2).toString();
    assertEquals(1, Cli.run("drift", "--baseline", a, "--current", b).exit());
    assertEquals(0, Cli.run("drift", "--baseline", a, "--current", b, "--threshold", "10%").exit());
    assertEquals(0, Cli.run("drift", "--baseline", a, "--current", b, "--threshold", "0.1").exit());
  }

  @Test
  void runDirectoryIsReadThroughItsBenchingCsv() throws IOException {
    Path run = Files.createDirectories(dir.resolve("run1"));
    Files.copy(csv("x.csv", 1, 1, 1), run.resolve("benching.csv"));
    Cli r = Cli.run("drift", "--baseline", run.toString(), "--current", csv("b.csv", 1, 1, 2).toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("baseline: " + run.resolve("benching.csv")), r.out());
  }

  @Test
  void severalRunsPerSideByCommasOrRepeatedOptions() throws IOException {
    Path json = dir.resolve("batch.json");
    String a1 = csv("a1.csv", 1, 1, 1).toString();
    String a2 = csv("a2.csv", 1, 1.01, 2).toString();
    String a3 = csv("a3.csv", 1, 0.99, 3).toString();
    String b1 = csv("b1.csv", 1.2, 1, 4).toString();
    String b2 = csv("b2.csv", 1.2, 1.02, 5).toString();
    String b3 = csv("b3.csv", 1.2, 1, 6).toString();
    Cli r = Cli.run("drift", "--baseline", a1 + "," + a2, "--baseline", a3,
        "--current", b1 + "," + b2 + "," + b3, "--json", json.toString());
    assertEquals(1, r.exit(), r.err() + r.out());
    assertTrue(r.out().contains("baseline: " + a1 + ", " + a2 + ", " + a3 + "\n"), r.out());
    assertTrue(r.out().contains("runs:     3 baseline, 3 current\n"), r.out());
    assertTrue(r.out().contains("slower: 1 builtin\n  B3 "), r.out());
    assertTrue(r.out().contains("between-run sd"), r.out());
    assertFalse(r.out().contains("warning: one run per side"), r.out());
    JsonNode j = new ObjectMapper().readTree(json.toFile());
    assertEquals(3, j.get("runs").get("baseline").asInt());
    assertEquals(3, j.get("runs").get("current").asInt());
    assertTrue(j.get("builtins").get(3).get("betweenRunSd").asDouble() > 0);
    // The same build on both sides: nothing drifts.
    Cli same = Cli.run("drift", "--baseline", a1 + "," + a2, "--current", a3 + "," + csv("a4.csv", 1, 1.03, 7));
    assertEquals(0, same.exit(), same.err() + same.out());
  }

  @Test
  void oneRunPerSideWarnsInEveryFormat() throws IOException {
    Path json = dir.resolve("w.json");
    Path junit = dir.resolve("w.xml");
    Path md = dir.resolve("w.md");
    Cli r = Cli.run("drift", "--baseline", csv("a.csv", 1, 1, 1).toString(),
        "--current", csv("b.csv", 1, 1, 2).toString(), "--json", json.toString(),
        "--junit", junit.toString(), "--markdown", md.toString());
    assertEquals(0, r.exit(), r.err() + r.out());
    assertTrue(r.out().contains("warning: one run per side cannot separate a change"), r.out());
    assertTrue(new ObjectMapper().readTree(json.toFile()).get("warnings").get(0).asText()
        .startsWith("one run per side"));
    assertTrue(Files.readString(junit).contains("<property name=\"warning\" value=\"one run per side"));
    assertTrue(Files.readString(md).contains("## Warnings\n\n- one run per side"));
  }

  @Test
  void missingRunInAListExits2() throws IOException {
    String a = csv("a.csv", 1, 1, 1).toString();
    Cli r = Cli.run("drift", "--baseline", a + "," + dir.resolve("gone"), "--current", a);
    assertEquals(2, r.exit());
    assertEquals("calibrate drift: " + dir.resolve("gone") + ": no such file or run directory\n",
        r.err().replace("\r", ""));
  }

  @Test
  void missingFileExits2WithOneLine() throws IOException {
    Cli r = Cli.run("drift", "--baseline", dir.resolve("nope.csv").toString(),
        "--current", csv("b.csv", 1, 1, 2).toString());
    assertEquals(2, r.exit());
    assertEquals("calibrate drift: " + dir.resolve("nope.csv") + ": no such file or run directory\n",
        r.err().replace("\r", ""));
    assertEquals("", r.out());
  }

  @Test
  void runDirectoryWithoutCsvExits2() throws IOException {
    Path run = Files.createDirectories(dir.resolve("empty-run"));
    Cli r = Cli.run("drift", "--baseline", run.toString(), "--current", csv("b.csv", 1, 1, 2).toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("must contain benching.csv"), r.err());
  }

  @Test
  void malformedCsvNamesTheLineAndColumn() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "# comment\n" + HEADER + "B0/1/1,1e-6,1e-6,1e-6,1e-8,1e-8,1e-8\n"
        + "B0/2/2,fast,1e-6,1e-6,1e-8,1e-8,1e-8\n");
    Cli r = Cli.run("drift", "--baseline", bad.toString(), "--current", csv("b.csv", 1, 1, 2).toString());
    assertEquals(2, r.exit());
    assertEquals("calibrate drift: " + bad + ":4 (column t): expected a time in seconds (a decimal"
        + " number such as 1.5e-6), found 'fast'\n", r.err().replace("\r", ""));
  }

  @Test
  void wrongFieldCountAndMissingHeaderColumn() throws IOException {
    Path short_ = dir.resolve("short.csv");
    Files.writeString(short_, HEADER + "B0/1/1,1e-6,1e-6\n");
    Cli r = Cli.run("drift", "--baseline", short_.toString(), "--current", short_.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains(short_ + ":2: expected 7 comma-separated fields"), r.err());
    Path noT = dir.resolve("not.csv");
    Files.writeString(noT, "benchmark,mean\nB0/1/1,1e-6\n");
    r = Cli.run("drift", "--baseline", noT.toString(), "--current", noT.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains(noT + ":1: the header lacks the column 't'"), r.err());
  }

  @Test
  void noCommonPointsExits2() throws IOException {
    Path other = dir.resolve("other.csv");
    Files.writeString(other, HEADER + "Other/1/1,1e-6,1e-6,1e-6,1e-8,1e-8,1e-8\n");
    Cli r = Cli.run("drift", "--baseline", csv("a.csv", 1, 1, 1).toString(), "--current", other.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("calibrate drift: no benchmark in common between"), r.err());
    assertEquals(1, r.err().strip().lines().count());
  }

  @Test
  void badOptionValuesExit2() throws IOException {
    String a = csv("a.csv", 1, 1, 1).toString();
    for (String[] opt : new String[][] {{"--threshold", "five"}, {"--threshold", "150%"},
        {"--fdr", "0"}, {"--fail-on", "sometimes"}, {"--min-run-noise", "-1%"}}) {
      Cli r = Cli.run("drift", "--baseline", a, "--current", a, opt[0], opt[1]);
      assertEquals(2, r.exit(), String.join(" ", opt));
      assertTrue(r.err().startsWith("calibrate drift: " + opt[0]), r.err());
      assertFalse(r.err().contains("Exception"), r.err());
    }
  }

  @Test
  void missingRequiredOptionExits2() {
    assertEquals(2, Cli.run("drift", "--baseline", "a.csv").exit());
    assertEquals(2, Cli.run("compare").exit());
  }

  @Test
  void unwritableOutputExits2() throws IOException {
    Path file = Files.writeString(dir.resolve("plain"), "x");
    String a = csv("a.csv", 1, 1, 1).toString();
    Cli r = Cli.run("drift", "--baseline", a, "--current", a, "--json", file.resolve("x.json").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("calibrate drift: --json: cannot write"), r.err());
  }
}
