package io.plutuscalibrate.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir Path dir;

  /**
   * A run directory with the official rows of a few benchmarks: AddInteger (fits addInteger and
   * subtractInteger), EqualsByteString, DivideInteger (the four divisions), IfThenElse, the Nops.
   */
  static Path run(Path dir) throws Exception {
    List<String> groups = List.of("AddInteger", "EqualsByteString", "DivideInteger",
        "IfThenElse", "Nop1o", "Nop2o", "Nop3o", "Nop4o", "Nop5o", "Nop6o");
    StringBuilder b = new StringBuilder();
    for (String line : Files.readAllLines(SharedData.path("cost-model/benching-conway.csv"))) {
      if (line.startsWith("benchmark,")
          || groups.stream().anyMatch(g -> line.startsWith(g + "/"))) {
        b.append(line).append('\n');
      }
    }
    Path run = Files.createDirectories(dir.resolve("run"));
    Files.writeString(run.resolve("benching.csv"), b.toString());
    Files.writeString(run.resolve("manifest.json"), "{\"tool\": \"test\", \"grid\": \"subset\"}");
    return run;
  }

  private static int count(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  @Test
  void aRunIsFittedThenDrawn() throws Exception {
    Path page = dir.resolve("out/report.html");
    Cli r = Cli.run("report", run(dir).toString(), "--out", page.toString(), "--bootstrap", "40");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("wrote " + page + " (16 charts"), r.out());
    String html = Files.readString(page);
    assertEquals(16, count(html, "<svg [^>]*class=\"chart\""));
    for (String b : List.of("addInteger", "subtractInteger", "equalsByteString", "divideInteger",
        "quotientInteger", "remainderInteger", "modInteger", "ifThenElse")) {
      assertTrue(html.contains("id=\"b-" + b + "\""), b);
    }
    assertTrue(html.contains("<dt>grid</dt><dd>subset</dd>"), "the run's manifest");
    assertTrue(html.contains("no_data"), "builtins without rows are listed");
  }

  @Test
  void aFitDirectoryIsDrawnAsFitted() throws Exception {
    Path run = run(dir);
    Path fit = dir.resolve("fit");
    Cli f = Cli.run("fit", "--benchmarks", run.resolve("benching.csv").toString(), "--out",
        fit.toString(), "--bootstrap", "40");
    assertEquals(0, f.exit(), f.err());
    Path page = dir.resolve("report.html");
    Cli r = Cli.run("report", fit.toString(), "--out", page.toString());
    assertEquals(0, r.exit(), r.err());
    String html = Files.readString(page);
    assertTrue(html.contains(fit.resolve("fit-report.json").toString()), "provenance");
    assertEquals(16, count(html, "<svg [^>]*class=\"chart\""));
  }

  @Test
  void unusableInputIsAOneLineMessage() throws Exception {
    Cli none = Cli.run("report", dir.resolve("nothing").toString(), "--out",
        dir.resolve("r.html").toString());
    assertEquals(2, none.exit());
    assertTrue(none.err().startsWith("calibrate report: "), none.err());
    Cli empty = Cli.run("report", dir.toString(), "--out", dir.resolve("r.html").toString());
    assertEquals(2, empty.exit());
    assertTrue(empty.err().contains("without benching.csv"), empty.err());

    Path run = run(dir);
    Path fit = dir.resolve("fit");
    assertEquals(0, Cli.run("fit", "--benchmarks", run.resolve("benching.csv").toString(),
        "--out", fit.toString(), "--bootstrap", "0").exit());
    Files.writeString(run.resolve("benching.csv"), "# changed\n", java.nio.file.StandardOpenOption.APPEND);
    Cli changed = Cli.run("report", fit.toString(), "--out", dir.resolve("r.html").toString());
    assertEquals(2, changed.exit());
    assertTrue(changed.err().contains("was fitted to a file with SHA-256"), changed.err());
    assertEquals(1, changed.err().lines().count(), changed.err());
  }
}
