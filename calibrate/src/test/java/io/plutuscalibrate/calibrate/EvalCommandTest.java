package io.plutuscalibrate.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void printsResultAndBudget() throws IOException {
    // [(lam x x) (con integer 1)]: 4 steps under cekMachineCostsE = 64100 / 500.
    Path p = file("id.uplc", "(program 1.0.0 [(lam x x) (con integer 1)])");
    Cli r = Cli.run("eval", p.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("(program 1.0.0 (con integer 1))\ncpu: 64100\nmem: 500\n", r.out().replace("\r", ""));
  }

  @Test
  void jsonHasResultBudgetStepsAndBuiltins() throws IOException {
    Path p = file("lam.uplc", "(program 1.1.0 (case (constr 0 (con integer 1)) (lam x x)))");
    Cli r = Cli.run("eval", "--json", p.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals("success", j.get("result").asText());
    assertEquals("(program 1.1.0 (con integer 1))", j.get("program").asText());
    // case, constr, const, lam, var = 5 steps
    assertEquals(100 + 5 * 16000, j.get("budget").get("cpu").asLong());
    assertEquals(1, j.get("steps").get("case").asLong());
    assertEquals(1, j.get("steps").get("var").asLong());
    assertEquals(0, j.get("steps").get("apply").asLong());
    assertEquals(1, j.get("steps").get("startup").asLong());
    assertTrue(j.get("builtins").isObject());
  }

  @Test
  void budgetLimitGivesOutOfBudgetAndExit1() throws IOException {
    Path p = file("id.uplc", "(program 1.0.0 [(lam x x) (con integer 1)])");
    Cli r = Cli.run("eval", "--budget", "64099,500", p.toString());
    assertEquals(1, r.exit());
    assertTrue(r.out().startsWith("out of budget"), r.out());
    assertEquals(0, Cli.run("eval", "--budget", "64100,500", p.toString()).exit());
  }

  @Test
  void evaluationFailureExits1WithReason() throws IOException {
    Path p = file("err.uplc", "(program 1.0.0 [(lam x (error)) (con integer 1)])");
    Cli r = Cli.run("eval", p.toString());
    assertEquals(1, r.exit());
    assertTrue(r.out().startsWith("evaluation failure: (error) was evaluated"), r.out());
  }

  @Test
  void parseErrorIsOneLineWithPositionAndExit2() throws IOException {
    Path p = file("bad.uplc", "(program 1.0.0\n  (lam x y))");
    Cli r = Cli.run("eval", p.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("calibrate eval: parse error: " + p + ":2:"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void unreadableFileExits2() {
    Cli r = Cli.run("eval", dir.resolve("missing.uplc").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("missing.uplc: no such file"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void malformedCostModelExits2NamingTheFile() throws IOException {
    Path p = file("one.uplc", "(program 1.0.0 (con integer 1))");
    Path costs = file("costs.json", "{ \"cekStartupCost\": { \"exBudgetCPU\": \"x\" } }");
    Cli r = Cli.run("eval", "--machine-costs", costs.toString(), p.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("costs.json"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void customMachineCostsAreUsed() throws IOException {
    StringBuilder json = new StringBuilder("{\n");
    String[] keys = {"cekStartupCost", "cekVarCost", "cekConstCost", "cekLamCost", "cekDelayCost",
        "cekForceCost", "cekApplyCost", "cekBuiltinCost", "cekConstrCost", "cekCaseCost"};
    for (int i = 0; i < keys.length; i++) {
      json.append("  \"").append(keys[i]).append("\": { \"exBudgetCPU\": ").append(i == 0 ? 1 : 10)
          .append(", \"exBudgetMemory\": 2 }").append(i + 1 < keys.length ? ",\n" : "\n");
    }
    Path costs = file("costs.json", json.append("}\n").toString());
    Path p = file("id.uplc", "(program 1.0.0 [(lam x x) (con integer 1)])");
    Cli r = Cli.run("eval", "--machine-costs", costs.toString(), p.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("cpu: 41\nmem: 10\n"), r.out());
  }

  @Test
  void malformedBudgetExits2() throws IOException {
    Path p = file("one.uplc", "(program 1.0.0 (con integer 1))");
    Cli r = Cli.run("eval", "--budget", "lots", p.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--budget expects CPU,MEM"), r.err());
  }

  @Test
  void logsArePrinted() throws IOException {
    Path p = file("t.uplc", "(program 1.0.0 [(force (builtin trace)) (con string \"hello\") (con unit ())])");
    Cli r = Cli.run("eval", "--json", p.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals("hello", j.get("logs").get(0).asText());
    assertEquals(1, j.get("builtins").get("trace").get("calls").asLong());
    // trace costs 59498 / 32 under builtinCostModelE.json
    assertEquals(59498, j.get("builtins").get("trace").get("cpu").asLong());
    assertEquals(32, j.get("builtins").get("trace").get("mem").asLong());
    Cli text = Cli.run("eval", p.toString());
    assertTrue(text.out().replace("\r", "").endsWith("log: hello\n"), text.out());
  }
}
