package io.plutuscalibrate.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep through {@code --target process --command "calibrate serve"}: every point (the no-ops
 * included) is measured through the protocol, and the evaluator reports for each the budget the
 * embedded machine spends on it.
 */
class SweepProcessTargetTest {
  @TempDir Path dir;

  /** id -> "cpu mem" from the journal. */
  static Map<String, String> budgets(Path run) throws IOException {
    List<String> lines = Files.readAllLines(run.resolve("points.csv"));
    List<String> header = List.of(lines.get(0).split(","));
    int status = header.indexOf("status");
    int cpu = header.indexOf("cpu");
    int mem = header.indexOf("mem");
    Map<String, String> out = new LinkedHashMap<>();
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(",");
      assertEquals("ok", f[status], l);
      out.put(f[0], f[cpu] + " " + f[mem]);
    }
    return out;
  }

  @Test
  void sweepThroughServeMeasuresEveryPointWithTheEmbeddedBudgets() throws IOException {
    Path embedded = dir.resolve("embedded");
    Cli e = Cli.run(SweepCommandTest.args("--builtins", "addInteger,sha2_256",
        "--out", embedded.toString()));
    assertEquals(0, e.exit(), e.err());

    Path process = dir.resolve("process");
    String serve = Jvm.calibrateShell("-XX:TieredStopAtLevel=1", "serve");
    Cli p = Cli.run(SweepCommandTest.args("--builtins", "addInteger,sha2_256", "--target",
        "process", "--command", serve, "--out", process.toString()));
    assertEquals(0, p.exit(), p.err());

    Map<String, String> a = budgets(embedded);
    Map<String, String> b = budgets(process);
    assertEquals(a, b);
    assertTrue(b.containsKey("Nop3o/1/1/1"), b.keySet().toString());
    JsonNode m = new ObjectMapper().readTree(process.resolve("manifest.json").toFile());
    JsonNode target = m.get("target");
    assertEquals("process", target.get("kind").asText());
    assertEquals("internal", target.get("timing").asText());
    assertTrue(target.get("capabilities").toString().contains("harness-builtins"));
    assertTrue(target.get("protocolOverheadNanos").asDouble() > 0);
    assertEquals("plutus-calibrate serve", target.get("evaluator").asText());
  }
}
