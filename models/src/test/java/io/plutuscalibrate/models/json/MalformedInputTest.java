package io.plutuscalibrate.models.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.CostModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every malformed input gives a message naming file, place, expectation and finding. */
class MalformedInputTest {
  private static final String VALID = String.join("\n",
      "{",
      "  \"addInteger\": {",
      "    \"cpu\": {",
      "      \"arguments\": {",
      "        \"intercept\": 100788,",
      "        \"slope\": 420",
      "      },",
      "      \"type\": \"max_size\"",
      "    },",
      "    \"memory\": {",
      "      \"arguments\": {",
      "        \"intercept\": 1,",
      "        \"slope\": 1",
      "      },",
      "      \"type\": \"max_size\"",
      "    }",
      "  }",
      "}",
      "");

  private static CostModelFormatException fails(String text) {
    CostModelFormatException e = assertThrows(CostModelFormatException.class,
        () -> BuiltinCostModelJson.parse(text, "test.json"));
    assertTrue(e.getMessage().startsWith("test.json"), e.getMessage());
    assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    assertFalse(e.getMessage().contains("\tat "), e.getMessage());
    return e;
  }

  private static void assertAt(CostModelFormatException e, String path, int line, int column) {
    assertEquals(path, e.path(), e.getMessage());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
  }

  private static String replace(String from, String to) {
    assertTrue(VALID.contains(from), from);
    return VALID.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to));
  }

  @Test
  void theValidDocumentIsValid() throws Exception {
    assertEquals(new CostModel.MaxSize(100788, 420),
        BuiltinCostModelJson.parse(VALID, "test.json").get("addInteger").cpu());
  }

  @Test
  void aStringInsteadOfAnInteger() {
    CostModelFormatException e = fails(replace("\"slope\": 420", "\"slope\": \"420\""));
    assertEquals("test.json:6:18: addInteger.cpu.arguments.slope: expected an integer,"
        + " found the string \"420\"", e.getMessage());
    assertAt(e, "addInteger.cpu.arguments.slope", 6, 18);
    assertEquals("an integer", e.expected());
  }

  @Test
  void nonIntegerNumbers() {
    for (String n : new String[] {"420.5", "420.0", "4.2e2", "4E2"}) {
      CostModelFormatException e = fails(replace("\"slope\": 420", "\"slope\": " + n));
      assertAt(e, "addInteger.cpu.arguments.slope", 6, 18);
      assertTrue(e.found().contains("which is not an integer"), e.getMessage());
    }
    assertTrue(fails(replace("\"slope\": 420", "\"slope\": 420.0")).found().contains("420.0"));
  }

  @Test
  void integersOutside64Bits() throws Exception {
    CostModelFormatException e =
        fails(replace("\"slope\": 420", "\"slope\": 9223372036854775808"));
    assertAt(e, "addInteger.cpu.arguments.slope", 6, 18);
    assertTrue(e.getMessage().contains("out of range"), e.getMessage());
    assertTrue(fails(replace("\"slope\": 420", "\"slope\": -9223372036854775809"))
        .getMessage().contains("out of range"));
    // The extremes themselves are fine.
    assertEquals(new CostModel.MaxSize(100788, Long.MIN_VALUE),
        BuiltinCostModelJson.parse(replace("\"slope\": 420", "\"slope\": -9223372036854775808"),
            "t").get("addInteger").cpu());
  }

  @Test
  void otherWrongValueTypes() {
    assertTrue(fails(replace("\"slope\": 420", "\"slope\": null")).found().equals("null"));
    assertTrue(fails(replace("\"slope\": 420", "\"slope\": true")).found().contains("boolean"));
    assertTrue(fails(replace("\"slope\": 420", "\"slope\": [420]")).found().contains("array"));
    CostModelFormatException e = fails(replace("\"type\": \"max_size\"", "\"type\": 3"));
    assertAt(e, "addInteger.cpu.type", 8, 15);
    assertEquals("a string", e.expected());
  }

  @Test
  void aMissingField() {
    CostModelFormatException e = fails(replace(",\n        \"slope\": 420", ""));
    assertAt(e, "addInteger.cpu.arguments", 4, 20);
    assertEquals("a field \"slope\"", e.expected());
    assertTrue(e.getMessage().contains("addInteger.cpu.arguments"));
    CostModelFormatException noType = fails(replace(",\n      \"type\": \"max_size\"", ""));
    assertAt(noType, "addInteger.cpu", 3, 12);
    assertEquals("a field \"type\"", noType.expected());
  }

  @Test
  void aMissingMemoryModel() {
    String text = VALID.substring(0, VALID.indexOf(",\n    \"memory\"")) + "\n  }\n}\n";
    CostModelFormatException e = fails(text);
    assertAt(e, "addInteger", 2, 17);
    assertEquals("a field \"memory\"", e.expected());
  }

  @Test
  void anUnknownField() {
    CostModelFormatException e = fails(replace("\"slope\": 420", "\"slope\": 420, \"slop\": 1"));
    assertAt(e, "addInteger.cpu.arguments.slop", 6, 31);
    assertTrue(e.expected().contains("\"intercept\", \"slope\""), e.getMessage());
    assertTrue(fails(replace("\"memory\": {", "\"mem\": 1, \"memory\": {"))
        .path().equals("addInteger.mem"));
  }

  @Test
  void aDuplicateField() {
    CostModelFormatException e = fails(replace("\"slope\": 420", "\"slope\": 420, \"slope\": 1"));
    assertEquals("well-formed JSON", e.expected());
    assertTrue(e.found().contains("Duplicate field 'slope'"), e.getMessage());
    assertEquals(6, e.line());
  }

  @Test
  void anUnknownTag() {
    CostModelFormatException e = fails(replace("\"type\": \"max_size\"", "\"type\": \"cubic\""));
    assertAt(e, "addInteger.cpu.type", 8, 15);
    assertEquals("the string \"cubic\"", e.found());
    assertTrue(e.expected().contains("linear_in_x"), e.getMessage());
  }

  @Test
  void aConstantCostWithAnObjectPayload() {
    String text = replace("\"type\": \"max_size\"", "\"type\": \"constant_cost\"");
    CostModelFormatException e = fails(text);
    assertAt(e, "addInteger.cpu.arguments", 4, 20);
    assertEquals("an object", e.found());
  }

  @Test
  void aNestedModelOfTheWrongArity() {
    String offDiagonal = "{\"type\": \"const_off_diagonal\", \"arguments\": {\"constant\": 1,"
        + " \"model\": {\"type\": \"max_size\", \"arguments\": {\"intercept\": 1, \"slope\": 2}}}}";
    String text = "{\"f\": {\"cpu\": " + offDiagonal + ", \"memory\": {\"type\": \"constant_cost\","
        + " \"arguments\": 4}}}";
    CostModelFormatException e = fails(text);
    assertEquals("f.cpu.arguments.model.type", e.path());
    assertTrue(e.expected().contains("arity 1 inside const_off_diagonal"), e.getMessage());
    assertTrue(e.expected().contains("quadratic_in_x"), e.getMessage());
    assertTrue(e.found().contains("\"max_size\""), e.getMessage());

    String above = "{\"type\": \"const_above_diagonal\", \"arguments\": {\"constant\": 1,"
        + " \"model\": {\"type\": \"linear_in_z\", \"arguments\": {\"intercept\": 1, \"slope\": 2}}}}";
    CostModelFormatException e2 = fails("{\"f\": {\"cpu\": " + above + ", \"memory\": "
        + "{\"type\": \"constant_cost\", \"arguments\": 4}}}");
    assertEquals("f.cpu.arguments.model.type", e2.path());
    assertTrue(e2.found().contains("arity 3"), e2.getMessage());
  }

  @Test
  void cpuAndMemoryOfDifferentArities() {
    String text = replace("\"type\": \"max_size\"", "\"type\": \"linear_in_u\"");
    CostModelFormatException e = fails(text);
    assertAt(e, "addInteger", 2, 17);
    assertTrue(e.found().contains("cpu \"linear_in_u\" (arity 4)"), e.getMessage());
    assertTrue(e.found().contains("memory \"max_size\" (arity 2)"), e.getMessage());
  }

  @Test
  void notAnObjectAtTheTop() {
    CostModelFormatException e = fails("[1, 2]");
    assertAt(e, "", 1, 1);
    assertEquals("an object", e.expected());
    assertEquals("test.json:1:1: expected an object, found an array", e.getMessage());
    assertEquals("an object", fails("{\"addInteger\": 3}").expected());
  }

  @Test
  void anEmptyFile() {
    assertEquals("test.json: expected a JSON value, found an empty file", fails("").getMessage());
    assertEquals("an empty file", fails(" \n\t\n").found());
  }

  @Test
  void trailingGarbage() {
    CostModelFormatException e = fails(VALID + "{}");
    assertEquals(19, e.line());
    assertTrue(e.expected().contains("end of the file"), e.getMessage());
    CostModelFormatException e2 = fails(VALID + "x");
    assertEquals(19, e2.line());
    assertEquals("well-formed JSON", e2.expected());
  }

  @Test
  void aTruncatedFile() {
    CostModelFormatException e = fails(VALID.substring(0, VALID.indexOf("\"memory\"")));
    assertEquals("well-formed JSON", e.expected());
    assertTrue(e.line() >= 9, e.getMessage());
  }

  @Test
  void syntaxErrorsHaveAPosition() {
    CostModelFormatException e = fails(replace("\"slope\": 420", "\"slope\" 420"));
    assertEquals(6, e.line());
    assertEquals("well-formed JSON", e.expected());
  }

  @Test
  void theFileNameIsNamedWhenReadingAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.json");
    Files.writeString(file, replace("\"slope\": 420", "\"slope\": \"x\""));
    CostModelFormatException e =
        assertThrows(CostModelFormatException.class, () -> BuiltinCostModelJson.read(file));
    assertTrue(e.getMessage().startsWith(file + ":6:18: addInteger.cpu.arguments.slope"),
        e.getMessage());
  }

  // ---- machine costs ----

  private static final String MACHINE = String.join("\n",
      "{",
      "  \"cekStartupCost\": { \"exBudgetCPU\": 100, \"exBudgetMemory\": 100 },",
      "  \"cekVarCost\": { \"exBudgetCPU\": 16000, \"exBudgetMemory\": 100 },",
      "  \"cekConstCost\": { \"exBudgetCPU\": 16000, \"exBudgetMemory\": 100 },",
      "  \"cekLamCost\": { \"exBudgetCPU\": 16000, \"exBudgetMemory\": 100 },",
      "  \"cekDelayCost\": { \"exBudgetCPU\": 16000, \"exBudgetMemory\": 100 },",
      "  \"cekForceCost\": { \"exBudgetCPU\": 16000, \"exBudgetMemory\": 100 },",
      "  \"cekApplyCost\": { \"exBudgetCPU\": 16000, \"exBudgetMemory\": 100 },",
      "  \"cekBuiltinCost\": { \"exBudgetCPU\": 16000, \"exBudgetMemory\": 100 },",
      "  \"cekConstrCost\": { \"exBudgetCPU\": 16000, \"exBudgetMemory\": 100 },",
      "  \"cekCaseCost\": { \"exBudgetCPU\": 16000, \"exBudgetMemory\": 100 }",
      "}",
      "");

  private static CostModelFormatException machineFails(String text) {
    CostModelFormatException e = assertThrows(CostModelFormatException.class,
        () -> MachineCostsJson.parse(text, "cek.json"));
    assertTrue(e.getMessage().startsWith("cek.json"), e.getMessage());
    return e;
  }

  @Test
  void theValidMachineCostsAreValidAndWrittenBack() throws Exception {
    assertEquals(MACHINE, MachineCostsJson.write(MachineCostsJson.parse(MACHINE, "cek.json")));
  }

  @Test
  void anUnknownMachineCostKey() {
    CostModelFormatException e = machineFails(MACHINE.replace("\"cekCaseCost\": {",
        "\"cekCaseCost\": { \"exBudgetCPU\": 1, \"exBudgetMemory\": 1 },\n  \"cekFooCost\": {"));
    assertAt(e, "cekFooCost", 12, 17);
    assertEquals("an unexpected field \"cekFooCost\"", e.found());
  }

  @Test
  void aMissingMachineCostKey() {
    CostModelFormatException e = machineFails(MACHINE.replace(",\n  \"cekCaseCost\": "
        + "{ \"exBudgetCPU\": 16000, \"exBudgetMemory\": 100 }", ""));
    assertAt(e, "", 1, 1);
    assertEquals("a field \"cekCaseCost\"", e.expected());
  }

  @Test
  void aBadMachineCostValue() {
    CostModelFormatException e = machineFails(MACHINE.replace(
        "\"cekLamCost\": { \"exBudgetCPU\": 16000", "\"cekLamCost\": { \"exBudgetCPU\": \"16000\""));
    assertAt(e, "cekLamCost.exBudgetCPU", 5, 34);
    CostModelFormatException e2 = machineFails(MACHINE.replace(
        "\"cekLamCost\": { \"exBudgetCPU\": 16000, \"exBudgetMemory\": 100 }", "\"cekLamCost\": 5"));
    assertAt(e2, "cekLamCost", 5, 17);
    CostModelFormatException e3 = machineFails(MACHINE.replace(
        "\"cekLamCost\": { \"exBudgetCPU\": 16000, ", "\"cekLamCost\": { "));
    assertEquals("a field \"exBudgetCPU\"", e3.expected());
  }
}
