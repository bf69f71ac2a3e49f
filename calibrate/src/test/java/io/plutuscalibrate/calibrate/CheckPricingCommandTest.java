package io.plutuscalibrate.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plutuscalibrate.models.OfficialModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckPricingCommandTest {
  @TempDir Path dir;

  private static Path conway() {
    return SharedData.path("cost-model/benching-conway.csv");
  }

  /** benchmark name -> mean time (s), read here independently of the program's reader. */
  private static Map<String, Double> times(Path csv) throws Exception {
    Map<String, Double> t = new HashMap<>();
    for (String line : Files.readAllLines(csv)) {
      if (line.startsWith("#") || line.startsWith("benchmark") || line.isBlank()) continue;
      String[] f = line.split(",");
      t.put(f[0], Double.parseDouble(f[1]));
    }
    return t;
  }

  @Test
  void officialDataAgainstTheNewestModelInAbsoluteTerms() throws Exception {
    Cli r = Cli.run("check-pricing", "--benchmarks", conway().toString(), "--scale", "1",
        "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    // Every row whose group names a builtin of E is checked: all but the Nops and UnitTerm.
    List<String> lines = Files.readAllLines(conway());
    long priced = lines.stream().filter(l -> !l.startsWith("#") && !l.startsWith("benchmark"))
        .filter(l -> !l.isBlank()).map(l -> l.substring(0, l.indexOf('/')))
        .filter(g -> OfficialModels.newestBuiltinCostModel().find(
            Character.toLowerCase(g.charAt(0)) + g.substring(1)).isPresent()).count();
    assertEquals(priced, j.at("/summary/pointsChecked").asLong());
    // The most underpriced point: an empty-string comparison, charged E's 1000 ps intercept.
    JsonNode top = j.at("/underpricedPoints/0");
    assertEquals("EqualsString/0/0", top.get("benchmark").asText());
    Map<String, Double> t = times(conway());
    double expected = (t.get("EqualsString/0/0") - t.get("Nop2o/1/1")) * 1e12 / 1000;
    assertEquals(expected, top.get("ratio").asDouble(), 1e-6 * expected);
    assertEquals(1000, top.get("charged").asLong());
    assertEquals("UnitTerm", j.at("/notChecked/benchmarksWithoutBuiltin/0").asText());
  }

  @Test
  void aRunDirectoryIsReadThroughItsBenchingCsv() throws Exception {
    Files.copy(conway(), dir.resolve("benching.csv"));
    Cli a = Cli.run("check-pricing", "--benchmarks", dir.toString(), "--top", "3");
    Cli b = Cli.run("check-pricing", "--benchmarks", dir.resolve("benching.csv").toString(),
        "--top", "3");
    assertEquals(0, a.exit(), a.err());
    assertEquals(a.out(), b.out());
    assertTrue(a.out().contains("Machine factor"), a.out());
    assertTrue(a.out().contains("The 3 most underpriced points"), a.out());
  }

  @Test
  void writesMarkdownToAFile() throws Exception {
    Path out = dir.resolve("sub/pricing.md");
    Cli r = Cli.run("check-pricing", "--benchmarks", conway().toString(), "--markdown", "--out",
        out.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("wrote " + out + "\n", r.out());
    assertTrue(Files.readString(out).startsWith("# Pricing check\n"));
  }

  @Test
  void badInputIsAOneLineMessage() throws Exception {
    Cli missing = Cli.run("check-pricing", "--benchmarks", dir.resolve("nope.csv").toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().startsWith("calibrate check-pricing: "), missing.err());
    assertTrue(missing.err().contains("no such file"), missing.err());
    Cli empty = Cli.run("check-pricing", "--benchmarks", dir.toString());
    assertEquals(2, empty.exit());
    assertTrue(empty.err().contains("without benching.csv"), empty.err());
    Cli both = Cli.run("check-pricing", "--benchmarks", conway().toString(), "--json",
        "--markdown");
    assertEquals(2, both.exit());
    Cli scale = Cli.run("check-pricing", "--benchmarks", conway().toString(), "--scale", "0");
    assertEquals(2, scale.exit());
    assertTrue(scale.err().contains("--scale expects a positive factor"), scale.err());
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "benchmark,t,t.mean.lb,t.mean.ub\nAddInteger/1/1,fast,1,1\n");
    Cli csv = Cli.run("check-pricing", "--benchmarks", bad.toString());
    assertEquals(2, csv.exit());
    assertTrue(csv.err().contains(":2"), "names the line: " + csv.err());
    assertEquals(1, csv.err().lines().count(), csv.err());
    Path model = dir.resolve("model.json");
    Files.writeString(model, "{\"addInteger\": 3}");
    Cli m = Cli.run("check-pricing", "--benchmarks", conway().toString(), "--model",
        model.toString());
    assertEquals(2, m.exit());
  }
}
