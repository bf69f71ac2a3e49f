package io.plutuscalibrate.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code calibrate fit} end to end. Expected values come from the shared reference data: the
 * official pipeline's fit r-fit/r-fitted-cpu.json (models.R with R 4.2.2, see
 * ../shared/plutus/README.md), the official model files, and the ledger's parameter order
 * ledger/param-names-V3.txt; the ledger's flattening is computed here independently of the
 * program (join nested keys with '-', keep numeric leaves).
 */
class FitCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> NEWER_SHAPE_THAN_R = Set.of("divideInteger", "modInteger");
  private static final String HEADER = "benchmark,t,t.mean.lb,t.mean.ub,t.sd,t.sd.lb,t.sd.ub\n";

  record Run(int exit, String out, String err) {}

  static Run fit(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 1];
    all[0] = "fit";
    System.arraycopy(args, 0, all, 1, args.length);
    int exit = cl.execute(all);
    return new Run(exit, out.toString(), err.toString());
  }

  static JsonNode read(Path p) throws IOException {
    return JSON.readTree(p.toFile());
  }

  /** The ledger's flattening: nested keys joined with '-', numeric leaves only. */
  static void flatten(String prefix, JsonNode node, Map<String, Long> out) {
    if (node.isNumber()) {
      out.put(prefix, node.asLong());
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        flatten(prefix.isEmpty() ? e.getKey() : prefix + "-" + e.getKey(), e.getValue(), out);
      }
    }
  }

  static List<String> order(String file, int count) throws IOException {
    return Files.readAllLines(SharedData.path("ledger/" + file)).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).limit(count)
        .collect(Collectors.toList());
  }

  static List<Long> ledgerArray(JsonNode builtins, JsonNode machine, List<String> names) {
    Map<String, Long> flat = new LinkedHashMap<>();
    flatten("", builtins, flat);
    flatten("", machine, flat);
    List<Long> values = new ArrayList<>();
    for (String n : names) {
      Long v = flat.get(n);
      if (v == null) throw new AssertionError("the model lacks " + n);
      values.add(v);
    }
    return values;
  }

  static List<Long> longs(JsonNode array) {
    List<Long> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asLong()));
    return out;
  }

  @Test
  void reproducesTheOfficialFitAndWritesEveryFile(@TempDir Path dir) throws IOException {
    Run r = fit("--benchmarks", SharedData.path("cost-model/benching-conway.csv").toString(),
        "--out", dir.toString(), "--bootstrap", "100");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("fitted 102 of 102 builtins"), r.out());
    JsonNode model = read(dir.resolve("builtinCostModel.json"));
    JsonNode official = read(SharedData.path("cost-model/builtinCostModelE.json"));
    JsonNode rFit = read(SharedData.path("r-fit/r-fitted-cpu.json"));
    assertEquals(official.size(), model.size());
    for (Iterator<String> it = rFit.fieldNames(); it.hasNext(); ) {
      String b = it.next();
      JsonNode cpu = model.get(b).get("cpu");
      if (NEWER_SHAPE_THAN_R.contains(b)) {
        assertEquals("above_and_below_diagonal", cpu.get("type").asText(), b);
        assertEquals(rFit.get(b).get("arguments"), cpu.get("arguments"), b);
      } else {
        assertEquals(rFit.get(b), cpu, b);
      }
      assertEquals(official.get(b).get("memory"), model.get(b).get("memory"), b);
    }
    assertEquals(read(SharedData.path("cost-model/cekMachineCostsE.json")),
        read(dir.resolve("cekMachineCosts.json")));
    JsonNode costModels = read(dir.resolve("costModels.json"));
    assertEquals(List.of("PlutusV1", "PlutusV2", "PlutusV3"),
        iterable(costModels.fieldNames()));
    JsonNode report = read(dir.resolve("fit-report.json"));
    assertEquals(64, report.get("input").get("sha256").asText().length());
    assertEquals(14773, report.get("input").get("rows").asInt());
    JsonNode intercept = report.get("builtins").get("addInteger").get("parameters")
        .get("intercept");
    assertEquals(100788, intercept.get("value").asLong());
    assertEquals("t", intercept.get("intervalMethod").asText());
    assertTrue(intercept.get("interval").get(0).asDouble() < 100788
        && 100788 < intercept.get("interval").get(1).asDouble());
    assertEquals(List.of("divideInteger", "quotientInteger", "remainderInteger", "modInteger"),
        longsOrStrings(report.get("ledgerArrays").get("PlutusV1").get("cpuKeptFromD")));
  }

  /** Without data nothing is fitted: the arrays are the base's, and must be the ledger's. */
  @Test
  void theV3ArrayOfModelCAt297IsTheLedgersFlattening(@TempDir Path dir) throws IOException {
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, HEADER);
    Path builtins = SharedData.path("cost-model/builtinCostModelC.json");
    Path machine = SharedData.path("cost-model/cekMachineCostsC.json");
    Run r = fit("--benchmarks", empty.toString(), "--base", builtins.toString(),
        "--machine-costs", machine.toString(), "--params", "V3=297", "--languages", "PlutusV3",
        "--out", dir.resolve("out").toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode costModels = read(dir.resolve("out/costModels.json"));
    List<Long> want = ledgerArray(read(builtins), read(machine), order("param-names-V3.txt", 297));
    assertEquals(want, longs(costModels.get("PlutusV3")));
    assertEquals(1, costModels.size());
  }

  /** Fitted on the official data with C as base: C's array but for the five refitted builtins. */
  @Test
  void theV3ArrayOfAFitOnBaseCDiffersFromCOnlyWhereTheFitDoes(@TempDir Path dir)
      throws IOException {
    Path builtins = SharedData.path("cost-model/builtinCostModelC.json");
    Path machine = SharedData.path("cost-model/cekMachineCostsC.json");
    Run r = fit("--benchmarks", SharedData.path("cost-model/benching-conway.csv").toString(),
        "--base", builtins.toString(), "--machine-costs", machine.toString(), "--params",
        "V3=297", "--languages", "V3", "--bootstrap", "0", "--out", dir.toString());
    assertEquals(0, r.exit(), r.err());
    ObjectNode expected = (ObjectNode) read(builtins);
    JsonNode rFit = read(SharedData.path("r-fit/r-fitted-cpu.json"));
    for (String b : List.of("appendString", "encodeUtf8", "decodeUtf8", "equalsString",
        "equalsByteString")) {
      ((ObjectNode) expected.get(b)).set("cpu", rFit.get(b));
    }
    List<Long> want = ledgerArray(expected, read(machine), order("param-names-V3.txt", 297));
    assertEquals(want, longs(read(dir.resolve("costModels.json")).get("PlutusV3")));
  }

  @Test
  void aMalformedRowIsReportedWithItsLine(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "# results\n" + HEADER + "AddInteger/1/1,1e-6,1e-6,1e-6,0,0,0\n"
        + "AddInteger/2/2,1e-6,oops,1e-6,0,0,0\n");
    Run r = fit("--benchmarks", bad.toString(), "--out", dir.resolve("out").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("bad.csv:4") && r.err().contains("t.mean.lb"), r.err());
    assertTrue(!r.err().contains("Exception"), r.err());
    assertTrue(Files.notExists(dir.resolve("out")));
  }

  @Test
  void aCountThatEndsNoBatchIsAClearError(@TempDir Path dir) throws IOException {
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, HEADER);
    Run r = fit("--benchmarks", empty.toString(), "--params", "V3=296", "--out",
        dir.resolve("out").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("296") && r.err().contains("297"), r.err());
  }

  @Test
  void aModelLackingParametersTheOrderNeedsIsAClearError(@TempDir Path dir) throws IOException {
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, HEADER);
    // Variant A prices the divisions with multiplied_sizes: PlutusV3 names a quadratic.
    Run r = fit("--benchmarks", empty.toString(), "--base",
        SharedData.path("cost-model/builtinCostModelA.json").toString(), "--languages", "V3",
        "--params", "V3=251", "--out", dir.resolve("out").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("PlutusV3") && r.err().contains("lacks"), r.err());
  }

  @Test
  void theBaseDecidesWhichBuiltinsTheCandidateHas(@TempDir Path dir) throws IOException {
    ObjectNode older = (ObjectNode) read(SharedData.path("cost-model/builtinCostModelE.json"));
    older.remove("multiIndexArray"); // as a model from before batch 7
    Path base = dir.resolve("older.json");
    Files.writeString(base, older.toString());
    Run r = fit("--benchmarks", SharedData.path("cost-model/benching-conway.csv").toString(),
        "--base", base.toString(), "--languages", "V3", "--params", "V3=350", "--bootstrap", "0",
        "--out", dir.resolve("out").toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode model = read(dir.resolve("out/builtinCostModel.json"));
    assertEquals(iterable(older.fieldNames()), iterable(model.fieldNames()));
    JsonNode left = read(dir.resolve("out/fit-report.json")).get("sources")
        .get("fittedButNotInBase");
    assertEquals(List.of("multiIndexArray"), longsOrStrings(left));
    assertTrue(r.out().contains("left out"), r.out());
    // The whole V3 order (355) needs multiIndexArray's parameters, which this model lacks.
    Run all = fit("--benchmarks", SharedData.path("cost-model/benching-conway.csv").toString(),
        "--base", base.toString(), "--languages", "V3", "--bootstrap", "0", "--out",
        dir.resolve("out2").toString());
    assertEquals(2, all.exit());
    assertTrue(all.err().contains("multiIndexArray-cpu-arguments"), all.err());
  }

  @Test
  void rescalesAFitMadeOnAMachineTwiceAsSlow(@TempDir Path dir) throws IOException {
    List<String> lines = Files.readAllLines(SharedData.path("cost-model/benching-conway.csv"));
    StringBuilder slow = new StringBuilder();
    for (String l : lines) {
      if (l.startsWith("#") || l.startsWith("benchmark") || l.isBlank()) {
        slow.append(l).append('\n');
        continue;
      }
      String[] f = l.split(",");
      slow.append(f[0]);
      for (int i = 1; i < f.length; i++) slow.append(',').append(2 * Double.parseDouble(f[i]));
      slow.append('\n');
    }
    Path csv = dir.resolve("slow.csv");
    Files.writeString(csv, slow);
    Run r = fit("--benchmarks", csv.toString(), "--rescale-to", "--bootstrap", "0", "--out",
        dir.resolve("out").toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode rescaling = read(dir.resolve("out/fit-report.json")).get("rescaling");
    assertEquals(2, rescaling.get("factor").asDouble(), 0.02, rescaling.toString());
    JsonNode model = read(dir.resolve("out/builtinCostModel.json"));
    JsonNode rFit = read(SharedData.path("r-fit/r-fitted-cpu.json"));
    // Back in reference units: the official slopes again, within rounding.
    long slope = model.get("sha2_256").get("cpu").get("arguments").get("slope").asLong();
    long want = rFit.get("sha2_256").get("arguments").get("slope").asLong();
    assertTrue(Math.abs(slope - want) <= Math.max(2, want / 100), slope + " vs " + want);
  }

  @Test
  void fitsStepCostsFromScriptMeasurements(@TempDir Path dir) throws IOException {
    StringBuilder m = new StringBuilder("script,t,builtin_cpu,var,apply,force\n");
    java.util.Random rng = new java.util.Random(1);
    for (int i = 0; i < 40; i++) {
      int v = rng.nextInt(5000);
      int a = rng.nextInt(5000);
      int f = rng.nextInt(5000);
      long builtin = rng.nextInt(10_000_000);
      double ps = 1_000_000 + 15_000.0 * (v + a + f) + builtin + rng.nextGaussian() * 100_000;
      m.append("s").append(i).append(',').append(ps / 1e12).append(',').append(builtin)
          .append(',').append(v).append(',').append(a).append(',').append(f).append('\n');
    }
    Path steps = dir.resolve("steps.csv");
    Files.writeString(steps, m);
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, HEADER);
    Run r = fit("--benchmarks", empty.toString(), "--steps", steps.toString(), "--out",
        dir.resolve("out").toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode machine = read(dir.resolve("out/cekMachineCosts.json"));
    long cost = machine.get("cekApplyCost").get("exBudgetCPU").asLong();
    assertEquals(15_000, cost, 100);
    assertEquals(cost, machine.get("cekCaseCost").get("exBudgetCPU").asLong());
    assertEquals(100, machine.get("cekStartupCost").get("exBudgetCPU").asLong());
  }

  static List<String> iterable(Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  static List<String> longsOrStrings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
