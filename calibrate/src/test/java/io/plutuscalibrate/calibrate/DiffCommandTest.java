package io.plutuscalibrate.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plutuscalibrate.models.OfficialModels;
import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.models.ledger.CostModelsFile;
import io.plutuscalibrate.models.ledger.LedgerArrays;
import io.plutuscalibrate.models.ledger.PlutusLedgerLanguage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  @TempDir Path dir;

  private static final String C = SharedData.path("cost-model/builtinCostModelC.json").toString();
  private static final String E = SharedData.path("cost-model/builtinCostModelE.json").toString();
  private static final Set<String> C_TO_E = Set.of(
      "divideInteger-cpu-arguments-model-arguments-c11",
      "modInteger-cpu-arguments-model-arguments-c11",
      "quotientInteger-cpu-arguments-model-arguments-c11",
      "remainderInteger-cpu-arguments-model-arguments-c11",
      "equalsByteString-cpu-arguments-constant",
      "equalsByteString-cpu-arguments-intercept",
      "equalsByteString-cpu-arguments-slope");

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private static Set<String> parameterNames(JsonNode comparison) {
    Set<String> names = new TreeSet<>();
    comparison.get("parameters").forEach(p -> names.add(p.get("name").asText()));
    return names;
  }

  private Path v3Array(String name, SemanticsVariant v) throws Exception {
    Path p = dir.resolve(name);
    CostModelsFile.write(List.of(LedgerArrays.encode(PlutusLedgerLanguage.PlutusV3, 355,
        OfficialModels.builtinCostModel(v), OfficialModels.machineCosts(v))), p);
    return p;
  }

  @Test
  void cAgainstEPrintsTheSevenChangedParametersAndExits1() {
    Cli r = Cli.run("diff", C, E);
    assertEquals(1, r.exit(), r.err());
    assertEquals("", r.err());
    for (String name : C_TO_E) {
      assertTrue(r.out().contains(name), name);
    }
    assertTrue(r.out().contains("7 parameters changed, 0 added, 0 removed"), r.out());
    assertTrue(r.out().contains("above_and_below_diagonal(quadratic_in_x_and_y)"));
  }

  @Test
  void aModelAgainstItselfExits0() {
    Cli r = Cli.run("diff", E, E);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("No differences"), r.out());
  }

  @Test
  void jsonToAFileListsTheSameChangesForReadableFilesAndForArrays() throws Exception {
    Path json = dir.resolve("report.json");
    Cli r = Cli.run("diff", C, E, "--format", "json", "--out", json.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals("", r.out(), "the report goes to the file");
    JsonNode readable = new ObjectMapper().readTree(json.toFile()).get("comparisons").get(0);
    assertEquals(C_TO_E, parameterNames(readable));

    Path arrays = dir.resolve("arrays.json");
    Cli a = Cli.run("diff", v3Array("c.json", SemanticsVariant.C).toString(),
        v3Array("e.json", SemanticsVariant.E).toString(), "--current-variant", "PlutusV3=C",
        "--format", "json", "--out", arrays.toString());
    assertEquals(1, a.exit(), a.err());
    JsonNode fromArrays = new ObjectMapper().readTree(arrays.toFile()).get("comparisons").get(0);
    assertEquals("PlutusV3", fromArrays.get("name").asText());
    assertEquals(C_TO_E, parameterNames(fromArrays));
    assertEquals(2, fromArrays.get("summary").get("shapeChanges").asInt());
  }

  @Test
  void markdownAndHtml() {
    Cli md = Cli.run("diff", C, E, "--format", "md");
    assertTrue(md.out().startsWith("# Cost-model diff\n"), md.out());
    assertTrue(md.out().contains("| parameter | current | proposed | change | relative |"));
    Cli html = Cli.run("diff", C, E, "--format", "html");
    assertTrue(html.out().startsWith("<!DOCTYPE html>"));
    assertTrue(html.out().contains("equalsByteString-cpu-arguments-slope"));
  }

  @Test
  void aGovernanceActionAgainstTheCurrentModel() throws Exception {
    String costModels = Files.readString(v3Array("e.json", SemanticsVariant.E));
    Path action = file("action.json", "{\"governance action\": {\"tag\": \"ParameterChange\","
        + " \"contents\": [null, {\"costModels\": " + costModels + "}, null]}}");
    Cli r = Cli.run("diff", C, action.toString(), "--format", "json");
    assertEquals(1, r.exit(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals("parameter-change governance action",
        root.get("proposed").get("files").get(0).get("kind").asText());
    assertEquals(C_TO_E, parameterNames(root.get("comparisons").get(0)));
  }

  @Test
  void aReadableModelIsCheckedAgainstItsArray() throws Exception {
    Path e = v3Array("e.json", SemanticsVariant.E);
    Cli agree = Cli.run("diff", E, E, "--proposed-with", e.toString());
    assertEquals(0, agree.exit(), agree.out());
    assertTrue(agree.out().contains("agree"), agree.out());
    // The readable C model given with E's array: they disagree, exit 1 though E = E.
    Cli disagree = Cli.run("diff", E, C, "--proposed-with", e.toString());
    assertEquals(1, disagree.exit());
    assertTrue(disagree.out().contains("DISAGREE"), disagree.out());
  }

  @Test
  void theValidationScriptsReCosted() {
    Cli r = Cli.run("diff", C, E, "--scripts", SharedData.path("validation").toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.out().contains("39 scripts from"), r.out());
    assertTrue(r.out().contains("39 of 39 succeed under both models; 0 change outcome"), r.out());
    assertTrue(r.out().contains("auction_2-3.flat"));
  }

  @Test
  void badInputIsOneLineOnStandardErrorWithExit2() throws Exception {
    Path broken = file("broken.json", "{\n  \"addInteger\": [1, 2,\n}");
    for (String[] args : List.of(
        new String[] {"diff", broken.toString(), E},
        new String[] {"diff", dir.resolve("absent.json").toString(), E},
        new String[] {"diff", C, E, "--format", "pdf"},
        new String[] {"diff", C, E, "--current-variant", "Z"},
        new String[] {"diff", C, E, "--language", "PlutusV3"},
        new String[] {"diff", C, E, "--scripts", dir.resolve("none").toString()},
        new String[] {"diff", C, E, "--budget", "12"})) {
      Cli r = Cli.run(args);
      assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
      assertEquals("", r.out());
      assertTrue(r.err().startsWith("calibrate diff: "), r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }
    Cli r = Cli.run("diff", broken.toString(), E);
    assertTrue(r.err().contains(broken + ":3:"), "file and line: " + r.err());
  }
}
